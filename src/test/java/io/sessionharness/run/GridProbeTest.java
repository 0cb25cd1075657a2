package io.sessionharness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.testng.annotations.Test;

import com.sun.net.httpserver.HttpServer;

import io.sessionharness.config.ConfigException;

/** The Grid check before a remote run, against a stand-in /status on 127.0.0.1. */
public class GridProbeTest {

    private static final String STATUS = """
            {"value": {"ready": %s, "message": "Selenium Grid ready.", "nodes": [{"availability": "UP", "slots": [
              {"stereotype": {"browserName": "chrome"}}, {"stereotype": {"browserName": "chrome"}},
              {"stereotype": {"browserName": "MiniBrowser"}}]}]}}
            """;

    private static int check(String body, String browserName) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/status", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        try {
            return new GridProbe(Duration.ofSeconds(5)).check(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), browserName);
        } finally {
            server.stop(0);
        }
    }

    @Test
    public void countsTheSlotsForTheRequestedBrowser() throws Exception {
        assertThat(check(STATUS.formatted("true"), "chrome")).isEqualTo(2);
        assertThat(check(STATUS.formatted("true"), "MiniBrowser")).isEqualTo(1);
    }

    @Test
    public void aGridWithoutASlotForTheBrowserIsAConfigurationError() {
        assertThatThrownBy(() -> check(STATUS.formatted("true"), "firefox")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("has no slot for browserName 'firefox'");
    }

    @Test
    public void aGridThatIsNotReadyIsAConfigurationError() {
        assertThatThrownBy(() -> check(STATUS.formatted("false"), "chrome")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("is not ready");
    }
}
