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

    /** HTTPS through CONNECT tunnels; a change of address closes them, so the next request leaves from the new one. */
    @Test
    public void httpsGoesThroughTunnelsThatAChangeOfAddressCloses() throws Exception {
        io.sessionharness.referenceapp.ReferenceSite site = new io.sessionharness.referenceapp.ReferenceSite(
                io.sessionharness.referenceapp.SiteSettings.defaults()).withSelfSignedTls().start(0);
        try (LoopbackProxy proxy = LoopbackProxy.start("127.0.0.2")) {
            HttpClient client = HttpClient.newBuilder().sslContext(io.sessionharness.run.InsecureTls.context())
                    .proxy(ProxySelector.of(new InetSocketAddress(proxy.url().getHost(), proxy.url().getPort()))).build();
            HttpRequest login = HttpRequest.newBuilder(site.baseUrl().resolve("/login")).GET().build();
            assertThat(client.send(login, HttpResponse.BodyHandlers.ofString()).body()).contains("id=\"login-form\"");
            assertThat(proxy.tunnelled()).isEqualTo(1);
            proxy.leaveFrom("127.0.0.3");
            assertThat(client.send(login, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(proxy.tunnelled()).as("a new tunnel from the new address").isEqualTo(2);
        } finally {
            site.close();
        }
    }

    @Test
    public void onlyLoopbackAddressesAreAccepted() {
        assertThatThrownBy(() -> LoopbackProxy.start("10.0.0.1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a loopback address");
    }
}
