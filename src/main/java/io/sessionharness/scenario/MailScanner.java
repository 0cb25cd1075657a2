package io.sessionharness.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.sessionharness.report.Report;

/**
 * What a mail provider's link scanner does before the person clicks: a HEAD and a GET of the link, without cookies,
 * following redirects. Its requests go to the target's own address only.
 */
public final class MailScanner {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Timeline timeline;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(TIMEOUT).build();

    MailScanner(Timeline timeline, String base) {
        this.timeline = timeline;
        this.base = base;
    }

    /** Pre-opens the link; returns the status of the GET. */
    public int preOpen(String link) {
        if (!link.startsWith(base)) {
            throw new IllegalArgumentException("the scanner only opens links to the target (" + base + ")");
        }
        return Report.step("a mail scanner pre-opens the link (HEAD, then GET, no cookies)", rename -> {
            int head = send(HttpRequest.newBuilder(URI.create(link)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
            int get = send(HttpRequest.newBuilder(URI.create(link)).GET());
            timeline.record("scanner", "HTTP client", "HEAD link → " + head + ", GET link → " + get);
            rename.accept("a mail scanner pre-opens the link: HEAD → " + head + ", GET → " + get);
            return get;
        });
    }

    private int send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(TIMEOUT).header("User-Agent", "Mozilla/5.0 (compatible; LinkScanner/1.0)").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
