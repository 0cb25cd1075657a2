package io.sessionharness.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Selector;

import io.sessionharness.config.ConfigException;
import io.sessionharness.config.Problems;
import io.sessionharness.site.TargetProfile;

/**
 * Checks a real target before any browser starts: it answers HTTP, and its sign-in page has the elements the
 * profile's first sign-in step uses (unless that page is built by JavaScript).
 */
public class TargetProbe {

    private final Duration timeout;

    public TargetProbe(Duration timeout) {
        this.timeout = timeout;
    }

    public void check(TargetProfile target) {
        URI base = target.baseUrl().orElseThrow();
        // HTTP/1.1 as a browser speaks it to a plain-http site: Java's default sends an h2c upgrade request, which a
        // server with a WebSocket endpoint (Node-RED's) takes for its own and answers by closing the connection.
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (target.acceptInsecureCerts()) {
            // The same TLS decision as the browser's (acceptInsecureCerts): "preflight ok" means the browser gets in.
            builder.sslContext(InsecureTls.context());
        }
        HttpClient client = builder.build();
        fetch(client, target.name(), base);
        if (target.signIn().rendersWithJavaScript()) {
            return;
        }
        URI signInPage = base.resolve(target.signIn().page().substring(1));
        HttpResponse<String> page = fetch(client, target.name(), signInPage);
        Document document = Jsoup.parse(page.body(), page.uri().toString());
        Problems problems = new Problems();
        for (String selector : target.signIn().firstPageSelectors()) {
            try {
                if (document.select(selector).isEmpty()) {
                    problems.add("targets/" + target.name() + ".yaml: signIn selector '" + selector + "' matches nothing on " + page.uri()
                            + " (HTTP " + page.statusCode() + "); if that page builds its form with JavaScript, set signIn.rendersWithJavaScript: true");
                }
            } catch (Selector.SelectorParseException e) {
                problems.add("targets/" + target.name() + ".yaml: signIn selector '" + selector + "' is not valid CSS: " + e.getMessage());
            }
        }
        problems.throwIfAny();
    }

    private HttpResponse<String> fetch(HttpClient client, String target, URI url) {
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(url).timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (io.sessionharness.site.Recognition.gatewayDown(answer.statusCode())) {
                // A proxy's answer while the application behind it is down: infrastructure, not a wrong profile.
                throw new io.sessionharness.config.UnreachableException("Target '" + target + "' answers HTTP " + answer.statusCode() + " at "
                        + url + ": the application behind its proxy is down or restarting — start it, or wait and run again", true);
            }
            return answer;
        } catch (javax.net.ssl.SSLHandshakeException e) {
            throw new ConfigException("Target '" + target + "' at " + url + " has a TLS certificate this machine does not trust ("
                    + e.getMessage() + "): for a self-signed staging certificate set site.acceptInsecureCerts: true in targets/" + target + ".yaml");
        } catch (IOException e) {
            throw new io.sessionharness.config.UnreachableException("Target '" + target + "' is unreachable at " + url + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "): start the site or fix site.baseUrl", true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigException("Target '" + target + "' check was interrupted");
        }
    }
}
