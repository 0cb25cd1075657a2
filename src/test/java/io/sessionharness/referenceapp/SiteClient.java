package io.sessionharness.referenceapp;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client for the reference site's own tests: one instance is one browser without a browser. */
final class SiteClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    SiteClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET as a page script sends it, with one extra header (a bearer-token app's token). */
    HttpResponse<String> get(String path, String header, String value) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header(header, value).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> getAbsolute(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        return postAbsolute(base.resolve(path).toString(), form);
    }

    HttpResponse<String> postAbsolute(String url, Map<String, String> form) throws IOException, InterruptedException {
        URI target = URI.create(url);
        // What a browser sends with a form POST from the site's own page.
        return send(target, target.getScheme() + "://" + target.getRawAuthority(), form);
    }

    /** A form POST made by a page of another origin (a cross-site form). */
    HttpResponse<String> postFrom(String origin, String path, Map<String, String> form) throws IOException, InterruptedException {
        return send(base.resolve(path), origin, form);
    }

    void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    private HttpResponse<String> send(URI target, String origin, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Loads the sign-in page and posts the form with its CSRF token; returns the POST's response. */
    HttpResponse<String> signIn(String user, String password) throws IOException, InterruptedException {
        String token = csrfOf(get("/login"));
        return post("/login", Map.of("username", user, "password", password, "csrf", token, "next", "/account"));
    }

    HttpResponse<String> signOut() throws IOException, InterruptedException {
        String token = csrfOf(get("/account"));
        return post("/logout", Map.of("csrf", token));
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(SiteSettings.DEFAULT_COOKIE)).map(HttpCookie::getValue).findFirst();
    }

    void useSessionId(String value) {
        useCookies(Map.of(SiteSettings.DEFAULT_COOKIE, value));
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    /** Forgets every cookie and holds exactly these (a replay of someone else's cookies). */
    void useCookies(Map<String, String> values) {
        cookies.getCookieStore().removeAll();
        values.forEach((name, value) -> {
            HttpCookie cookie = new HttpCookie(name, value);
            cookie.setDomain(base.getHost());   // as the site's own Set-Cookie is stored: the site's next one replaces it
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(base, cookie);
        });
    }

    static String csrfOf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on " + page.uri() + " (status " + page.statusCode() + ")");
        }
        return matcher.group(1);
    }
}
