package io.sessionharness.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.testng.annotations.Test;

import com.sun.net.httpserver.HttpServer;

/** The proxy really changes the address the site sees, and forwards bodies and answers intact. */
public class LoopbackProxyTest {

    private static HttpServer echoServer() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] answer = (exchange.getRemoteAddress().getAddress().getHostAddress() + " " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI() + " " + body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String send(LoopbackProxy proxy, HttpRequest request) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .proxy(ProxySelector.of(new InetSocketAddress(proxy.url().getHost(), proxy.url().getPort()))).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    public void theSiteSeesTheAddressTheScenarioChooses() throws Exception {
        HttpServer site = echoServer();
        try (LoopbackProxy proxy = LoopbackProxy.start("127.0.0.2")) {
            URI page = URI.create("http://127.0.0.1:" + site.getAddress().getPort() + "/account?x=1");
            assertThat(send(proxy, HttpRequest.newBuilder(page).GET().build())).isEqualTo("127.0.0.2 GET /account?x=1 ");
            proxy.leaveFrom("127.0.0.3");
            assertThat(send(proxy, HttpRequest.newBuilder(page).POST(HttpRequest.BodyPublishers.ofString("note=hello")).build()))
                    .isEqualTo("127.0.0.3 POST /account?x=1 note=hello");
            assertThat(proxy.forwarded()).isEqualTo(2);
        } finally {
            site.stop(0);
        }
    }

    @Test
    public void onlyLoopbackAddressesAreAccepted() {
        assertThatThrownBy(() -> LoopbackProxy.start("10.0.0.1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a loopback address");
    }
}
