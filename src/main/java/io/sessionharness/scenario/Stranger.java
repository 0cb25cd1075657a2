package io.sessionharness.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Anybody at all: a plain HTTP client with no cookies and no storage, asking the target what it answers everyone. Used
 * to tell a single-page app's public shell (the same document for everyone, its content fetched by scripts) from a page
 * that carries the signed-in content itself. Its requests go to the target's own address only.
 */
public final class Stranger {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Timeline timeline;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();

    Stranger(Timeline timeline, String base) {
        this.timeline = timeline;
        this.base = base;
    }

    /** The ETag of what {@code url} answers a stranger with 200, if it does and names one; empty when the site cannot be asked. */
    public Optional<String> entityTagOf(String url) {
        if (!url.startsWith(base)) {
            throw new IllegalArgumentException("a stranger asks the target only (" + base + ")");
        }
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            Optional<String> tag = answer.statusCode() == 200 ? answer.headers().firstValue("etag") : Optional.empty();
            timeline.record("stranger", "HTTP client", "GET " + url.substring(base.length() - 1) + " without a session → " + answer.statusCode()
                    + tag.map(t -> " (ETag " + t + ")").orElse(""));
            return tag;
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
