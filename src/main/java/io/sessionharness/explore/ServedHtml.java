package io.sessionharness.explore;

import java.net.URI;
import java.time.Duration;

/**
 * A page's HTML as the server sends it, before any script runs, asked the way a browser asks (HTTP/1.1, no cookies):
 * tells the drafter whether the preflight can check the sign-in form before any browser starts.
 */
final class ServedHtml {

    private ServedHtml() {
    }

    /** True when the start page's HTML as the server sends it (no scripts run) has {@code selector}. */
    static boolean has(URI start, String selector) {
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
            java.net.http.HttpResponse<String> page = http.send(java.net.http.HttpRequest.newBuilder(start).timeout(Duration.ofSeconds(10)).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return !org.jsoup.Jsoup.parse(page.body(), page.uri().toString()).select(selector).isEmpty();
        } catch (java.io.IOException | org.jsoup.select.Selector.SelectorParseException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
