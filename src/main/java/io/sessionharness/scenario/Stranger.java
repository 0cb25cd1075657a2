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

    /**
     * Whether {@code url} is the same document for everyone — a single-page app's shell —: what it answers a stranger
     * and what it answers with {@code session}'s cookies are both 200 and the same HTML once nonces and CSRF values are
     * set aside. Such a page carries no account data; its scripts fetch that. False when either cannot be asked.
     */
    public boolean servesTheSameDocumentWithAndWithout(String url, HeldSession session) {
        requireTheTarget(url);
        String cookies = String.join("; ", session.cookies().stream().map(c -> c.cookie().getName() + "=" + c.cookie().getValue()).toList());
        Optional<String> without = documentAt(url, Optional.empty());
        Optional<String> with = documentAt(url, Optional.of(cookies).filter(c -> !c.isEmpty()));
        boolean same = without.isPresent() && with.isPresent() && comparable(without.get()).equals(comparable(with.get()));
        timeline.record("stranger", "HTTP client", "GET " + url.substring(base.length() - 1) + " without a session and with one: "
                + (same ? "the same document" : "not the same document"));
        return same;
    }

    /**
     * Whether {@code url} is withheld from a stranger — anything but 200 without a session (a 401, a redirect to the
     * sign-in page) —: what an answer the session got there carried was the account's, not everybody's.
     */
    public boolean withholds(String url) {
        requireTheTarget(url);
        boolean withheld = documentAt(url, Optional.empty()).isEmpty();
        timeline.record("stranger", "HTTP client", "GET " + url.substring(base.length() - 1) + " without a session: "
                + (withheld ? "withheld" : "answered 200, as to everybody"));
        return withheld;
    }

    private void requireTheTarget(String url) {
        if (!url.startsWith(base)) {
            throw new IllegalArgumentException("a stranger asks the target only (" + base + ")");
        }
    }

    private Optional<String> documentAt(String url, Optional<String> cookies) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET();
            cookies.ifPresent(c -> request.header("Cookie", c));
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? Optional.of(answer.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Names of what carries a per-request value: a CSRF token or a nonce in a hidden field or a meta tag. */
    private static final java.util.regex.Pattern PER_REQUEST = java.util.regex.Pattern.compile("(?i).*(csrf|xsrf|token|nonce).*");

    /** The document with its per-request values set aside: every nonce, and the value of a field or meta tag named for a token. */
    static String comparable(String html) {
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(html);
        for (org.jsoup.nodes.Element element : document.getAllElements()) {
            element.removeAttr("nonce");
            if (PER_REQUEST.matcher(element.attr("name") + " " + element.attr("id")).matches()) {
                element.removeAttr("value");
                element.removeAttr("content");
            }
        }
        return document.outerHtml();
    }
}
