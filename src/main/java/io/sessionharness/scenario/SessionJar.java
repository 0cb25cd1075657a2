package io.sessionharness.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.openqa.selenium.Cookie;

import io.sessionharness.browser.Browser;
import io.sessionharness.browser.PageScripts;
import io.sessionharness.report.Redactor;
import io.sessionharness.site.SessionCookieNames;
import io.sessionharness.site.SessionTokenKeys;
import io.sessionharness.site.Site;

/**
 * What one person's browser holds of the session, as the profile describes it: the cookies {@code site.sessionCookie(s)}
 * names and the tokens {@code site.sessionTokens} says page scripts keep in storage. Reads them (every value registered
 * as a secret at once) and plants someone else's. Stored tokens belong to the site's origin, so they are read and
 * written only while the browser shows one of the site's pages.
 */
final class SessionJar {

    private static final String SCRIPT = PageScripts.load("stored-tokens.js");
    private static final String ALL_ITEMS = PageScripts.load("storage-items.js");

    private final String owner;
    private final Supplier<Browser> browser;
    private final Site site;

    SessionJar(String owner, Supplier<Browser> browser, Site site) {
        this.owner = owner;
        this.browser = browser;
        this.site = site;
    }

    /** The session this browser holds now, if any; its stored tokens read from the page it shows (the site's). */
    Optional<HeldSession> held() {
        return held(true);
    }

    /**
     * The same, where the page may be another origin's (an identity provider's sign-in page): stored tokens are then
     * left out rather than refused — for comparisons only, never for a replay.
     */
    Optional<HeldSession> heldIfReadable() {
        return held(false);
    }

    private Optional<HeldSession> held(boolean strict) {
        SessionCookieNames names = site.profile().sessionCookies();
        List<SessionCookie> cookies = browser.get().cookies().all().stream().filter(cookie -> names.matches(cookie.getName()))
                .sorted(Comparator.comparing(Cookie::getName)).map(SessionCookie::new).toList();
        List<StoredToken> tokens = storedTokens(null, strict);
        return cookies.isEmpty() && tokens.isEmpty() ? Optional.empty() : Optional.of(new HeldSession(cookies, tokens));
    }

    /**
     * The session of a person the site shows signed in. None there means the profile names other cookies or keys than
     * the site uses (or the site keeps its session elsewhere): <em>broken</em>, naming the cookies it does hold.
     */
    HeldSession require() {
        return held().orElseThrow(() -> new ProfileMismatchException(owner + "'s browser holds nothing for " + site.baseUrl()
                + " matching the target profile's " + expected() + "; the cookies it does hold: " + cookieNames()));
    }

    /** A cookie of this name this browser holds for the target (the profile's pre-login cookie), if any. */
    Optional<SessionCookie> cookieNamed(String cookieName) {
        return browser.get().cookies().named(cookieName).map(SessionCookie::new);
    }

    /** The names of the cookies this browser holds for the site — names only, never values. */
    String cookieNames() {
        java.util.Set<Cookie> held = browser.get().cookies().all();
        return held.isEmpty() ? "none" : held.stream().map(Cookie::getName).sorted().distinct().collect(java.util.stream.Collectors.joining(", "));
    }

    /** Puts {@code session}'s cookies and stored tokens into this browser, which shows one of the site's pages. */
    void plant(HeldSession session, java.util.function.Consumer<String> note) {
        for (SessionCookie cookie : session.cookies()) {
            browser.get().cookies().replace(cookie.asPlanted());
            note.accept("plants cookie " + cookie.describe());
        }
        if (!session.tokens().isEmpty()) {
            storedTokens(session.tokens(), true);
            session.tokens().forEach(token -> note.accept("plants stored token " + token.describe()));
        }
    }

    /**
     * Every cookie's name and every stored item's ({@code localStorage:KEY}) with a digest of its value — enough to see
     * which appeared or changed at sign-in, nothing that could be shown. Stored items only on the site's own pages.
     */
    @SuppressWarnings("unchecked")
    java.util.SortedMap<String, String> digests() {
        java.util.SortedMap<String, String> digests = new java.util.TreeMap<>();
        browser.get().cookies().all().forEach(cookie -> digests.put(cookie.getName(), io.sessionharness.config.Secret.fingerprint(cookie.getValue())));
        Map<String, Object> read = (Map<String, Object>) browser.get().page().script(ALL_ITEMS);
        if (siteOrigin().equals(String.valueOf(read.get("origin")))) {
            for (Object item : (List<Object>) read.get("items")) {
                List<Object> pair = (List<Object>) item;
                String value = String.valueOf(pair.get(1));
                io.sessionharness.config.Secret.registerObserved(value);
                digests.put(String.valueOf(pair.get(0)), io.sessionharness.config.Secret.fingerprint(value));
            }
        }
        return digests;
    }

    /** "site.sessionCookie 'JSESSIONID'", "site.sessionCookies 'A, B' or site.sessionTokens 'localStorage:t'". */
    private String expected() {
        SessionCookieNames names = site.profile().sessionCookies();
        SessionTokenKeys tokens = site.profile().sessionTokens();
        String cookies = names.isEmpty() ? "" : (names.entries().size() == 1 ? "site.sessionCookie '" : "site.sessionCookies '") + names.describe() + "'";
        String stored = tokens.isEmpty() ? "" : "site.sessionTokens '" + tokens.describe() + "'";
        return cookies.isEmpty() ? stored : stored.isEmpty() ? cookies : cookies + " or " + stored;
    }

    /** Reads the declared stored tokens — after writing {@code writes}' values, when given — on the page shown now. */
    @SuppressWarnings("unchecked")
    private List<StoredToken> storedTokens(List<StoredToken> writes, boolean strict) {
        List<SessionTokenKeys.Key> keys = writes != null ? writes.stream().map(StoredToken::key).toList() : site.profile().sessionTokens().keys();
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Map<String, String>> described = keys.stream().map(k -> Map.of("area", k.area().script(), "key", k.key())).toList();
        List<String> values = writes == null ? null : writes.stream().map(StoredToken::value).toList();
        Map<String, Object> read = (Map<String, Object>) browser.get().page().script(SCRIPT, described, values);
        String origin = String.valueOf(read.get("origin"));
        if (!origin.equals(siteOrigin())) {
            if (!strict) {
                return List.of();
            }
            throw new IllegalStateException(owner + "'s stored session tokens belong to " + siteOrigin() + ", but the browser shows "
                    + Redactor.mask(browser.get().currentUrl().orElse(origin)) + ": they are read and planted on the site's own pages");
        }
        List<Object> found = (List<Object>) read.get("values");
        List<StoredToken> tokens = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (found.get(i) != null) {
                tokens.add(new StoredToken(keys.get(i), String.valueOf(found.get(i))));
            }
        }
        return tokens;
    }

    private String siteOrigin() {
        java.net.URI base = site.baseUrl();
        boolean defaultPort = base.getPort() == -1 || (base.getPort() == 80 && "http".equals(base.getScheme()))
                || (base.getPort() == 443 && "https".equals(base.getScheme()));
        return base.getScheme() + "://" + base.getHost() + (defaultPort ? "" : ":" + base.getPort());
    }
}
