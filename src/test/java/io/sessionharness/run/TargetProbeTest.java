package io.sessionharness.run;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import io.sessionharness.config.ConfigException;
import io.sessionharness.referenceapp.ReferenceSite;
import io.sessionharness.referenceapp.SiteSettings;
import io.sessionharness.site.TargetProfile;
import io.sessionharness.site.TargetProfiles;
import io.sessionharness.testsupport.TempHome;

/** Before any browser: the real target answers, and its sign-in page has what the profile's first step uses. */
public class TargetProbeTest {

    private ReferenceSite site;
    private TempHome home;

    @BeforeClass
    public void startSite() {
        site = new ReferenceSite(SiteSettings.defaults()).start(0);
        home = new TempHome();
    }

    @AfterClass(alwaysRun = true)
    public void stopSite() {
        site.close();
        home.close();
    }

    private TargetProfile profile(String name, String username) {
        home.write("targets/" + name + ".yaml", yaml(site.baseUrl(), "", username));
        return new TargetProfiles(home.path(), Map.of("QA_PASSWORD", "x")).load(name);
    }

    /** A profile of the reference site's pages at {@code baseUrl}: {@code siteKeys} more keys of its site, {@code username} the field. */
    private static String yaml(Object baseUrl, String siteKeys, String username) {
        return """
                site: {baseUrl: "%s"%s}
                signIn: {page: /login, username: "%s", password: "#password", submit: "#sign-in"}
                signOut: {page: /account, control: "#sign-out"}
                protectedPages: [/account]
                recognise: {signedIn: {element: "#account-page"}, expired: {element: "#session-expired"}, signedOut: {element: "#login-form"}}
                accounts: {list: [{username: qa, password: {env: QA_PASSWORD}}]}
                policy: {idleTimeout: 4s}
                """.formatted(baseUrl, siteKeys, username);
    }

    /** A staging site with a self-signed certificate: refused, naming the key that accepts it; accepted with that key. */
    @Test
    public void aSelfSignedCertificateIsRefusedUnlessTheProfileAcceptsIt() {
        ReferenceSite tls = new ReferenceSite(SiteSettings.defaults()).withSelfSignedTls().start(0);
        try {
            home.write("targets/strict.yaml", yaml(tls.baseUrl(), "", "#username"));
            home.write("targets/insecure.yaml", yaml(tls.baseUrl(), ", acceptInsecureCerts: true", "#username"));
            TargetProfiles profiles = new TargetProfiles(home.path(), Map.of("QA_PASSWORD", "x"));
            assertThatThrownBy(() -> new TargetProbe(Duration.ofSeconds(5)).check(profiles.load("strict")))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("Target 'strict' at " + tls.baseUrl() + " has a TLS certificate this machine does not trust")
                    .hasMessageEndingWith("for a self-signed staging certificate set site.acceptInsecureCerts: true in targets/strict.yaml");
            TargetProfile insecure = profiles.load("insecure");
            assertThatCode(() -> new TargetProbe(Duration.ofSeconds(5)).check(insecure)).doesNotThrowAnyException();
            org.assertj.core.api.Assertions.assertThat(insecure.warnings()).singleElement().asString()
                    .startsWith("targets/insecure.yaml: site.acceptInsecureCerts is on: the browsers and the preflight accept any TLS certificate");
            home.write("targets/plain.yaml", yaml(site.baseUrl(), ", acceptInsecureCerts: true", "#username"));
            org.assertj.core.api.Assertions.assertThat(profiles.load("plain").warnings()).singleElement().asString()
                    .contains("is plain http: there is no certificate to accept");
        } finally {
            tls.close();
        }
    }

    /**
     * A server that takes an HTTP/2 upgrade request for a WebSocket one and drops it (Node-RED's does): the probe speaks
     * HTTP/1.1 as a browser would, so "preflight ok" still means the browser gets in.
     */
    @Test
    public void aServerThatDropsUpgradeRequestsIsReachedAsABrowserReachesIt() throws Exception {
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 8, java.net.InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(() -> answerUnlessUpgrade(server), "upgrade-dropping server");
            answering.setDaemon(true);
            answering.start();
            home.write("targets/upgrade.yaml", yaml("http://127.0.0.1:" + server.getLocalPort() + "/", "", "#username"));
            TargetProfile profile = new TargetProfiles(home.path(), Map.of("QA_PASSWORD", "x")).load("upgrade");
            assertThatCode(() -> new TargetProbe(Duration.ofSeconds(5)).check(profile)).doesNotThrowAnyException();
        }
    }

    private static void answerUnlessUpgrade(java.net.ServerSocket server) {
        String page = "<form id=\"login-form\"><input id=\"username\"><input id=\"password\"><button id=\"sign-in\"></button></form>";
        while (!server.isClosed()) {
            try (java.net.Socket client = server.accept()) {
                java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(client.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
                boolean upgrade = false;
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    upgrade |= line.toLowerCase(java.util.Locale.ROOT).startsWith("upgrade:");
                }
                if (!upgrade) {
                    client.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + page.length()
                            + "\r\nConnection: close\r\n\r\n" + page).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
            } catch (java.io.IOException e) {
                // closed: the test is over
            }
        }
    }

    @Test
    public void aMatchingSignInPagePasses() {
        assertThatCode(() -> new TargetProbe(Duration.ofSeconds(5)).check(profile("good", "#username"))).doesNotThrowAnyException();
    }

    @Test
    public void aSelectorTypoIsNamedWithThePageItWasLookedFor() {
        assertThatThrownBy(() -> new TargetProbe(Duration.ofSeconds(5)).check(profile("typo", "#user-name")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("targets/typo.yaml: signIn selector '#user-name' matches nothing on " + site.baseUrl() + "login (HTTP 200); "
                        + "if that page builds its form with JavaScript, set signIn.rendersWithJavaScript: true");
    }

    @Test
    public void invalidCssIsNamed() {
        assertThatThrownBy(() -> new TargetProbe(Duration.ofSeconds(5)).check(profile("invalid", "#user[")))
                .hasMessageStartingWith("targets/invalid.yaml: signIn selector '#user[' is not valid CSS");
    }

    /** A proxy answering 503 while the application behind it is down: infrastructure (exit 3), never "a selector matches nothing". */
    @Test
    public void aProxysServiceUnavailableIsUnreachableNotABadProfile() throws Exception {
        com.sun.net.httpserver.HttpServer proxy = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        proxy.createContext("/", exchange -> {
            byte[] body = "<h1>503 Service Unavailable</h1>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        proxy.start();
        try {
            home.write("targets/behind-proxy.yaml", yaml("http://127.0.0.1:" + proxy.getAddress().getPort() + "/", "", "#username"));
            TargetProfile profile = new TargetProfiles(home.path(), Map.of("QA_PASSWORD", "x")).load("behind-proxy");
            assertThatThrownBy(() -> new TargetProbe(Duration.ofSeconds(5)).check(profile))
                    .isInstanceOf(io.sessionharness.config.UnreachableException.class)
                    .hasMessageStartingWith("Target 'behind-proxy' answers HTTP 503 at http://127.0.0.1:");
        } finally {
            proxy.stop(0);
        }
    }
}
