package io.sessionharness.browser;

import java.net.URI;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.bidi.module.Storage;
import org.openqa.selenium.bidi.network.BytesValue;
import org.openqa.selenium.bidi.storage.CookieFilter;
import org.openqa.selenium.bidi.storage.DeleteCookiesParameters;
import org.openqa.selenium.bidi.storage.GetCookiesParameters;
import org.openqa.selenium.bidi.storage.PartialCookie;
import org.openqa.selenium.bidi.storage.SetCookieParameters;
import org.openqa.selenium.bidi.storage.StorageKeyPartitionDescriptor;

/**
 * Cookies through WebDriver BiDi's storage module, in one user context ("default" for a browser of its own): the
 * context's cookie store, narrowed to those a request to the page shown would carry (domain and path match, RFC 6265
 * §5.4), so that it answers what classic WebDriver answers — without switching windows in a shared browser. Falls
 * back to {@code classic} where the driver's BiDi lacks the storage module.
 */
final class BidiCookies implements BrowserCookies {

    private final WebDriver bidi;
    private final String userContext;
    private final Supplier<Optional<String>> pageUrl;
    private final BrowserCookies classic;
    private volatile boolean unsupported;

    BidiCookies(WebDriver bidi, String userContext, Supplier<Optional<String>> pageUrl, BrowserCookies classic) {
        this.bidi = bidi;
        this.userContext = userContext;
        this.pageUrl = pageUrl;
        this.classic = classic;
    }

    @Override
    public Set<Cookie> all() {
        if (unsupported) {
            return classic.all();
        }
        Optional<URI> page = pageUrl.get().flatMap(BidiCookies::httpUri);
        if (page.isEmpty()) {
            return Set.of(); // about:blank, data: — no cookies go there
        }
        try {
            Set<Cookie> cookies = new LinkedHashSet<>();
            for (org.openqa.selenium.bidi.network.Cookie cookie : new Storage(bidi).getCookies(
                    new GetCookiesParameters(new StorageKeyPartitionDescriptor().userContext(userContext))).getCookies()) {
                if (sentTo(page.get(), cookie.getDomain(), cookie.getPath(), cookie.isSecure())) {
                    cookies.add(classic(cookie));
                }
            }
            return cookies;
        } catch (org.openqa.selenium.UnsupportedCommandException | org.openqa.selenium.bidi.BiDiException older) {
            unsupported = true;
            return classic.all();
        }
    }

    @Override
    public void replace(Cookie cookie) {
        Optional<URI> page = pageUrl.get().flatMap(BidiCookies::httpUri);
        if (unsupported || page.isEmpty()) {
            classic.replace(cookie);
            return;
        }
        StorageKeyPartitionDescriptor partition = new StorageKeyPartitionDescriptor().userContext(userContext);
        Storage storage = new Storage(bidi);
        for (Cookie same : all()) {
            if (same.getName().equals(cookie.getName())) {
                storage.deleteCookies(new DeleteCookiesParameters(new CookieFilter().name(same.getName()).domain(same.getDomain())
                        .path(same.getPath()), partition));
            }
        }
        String domain = cookie.getDomain() == null ? page.get().getHost() : cookie.getDomain();
        PartialCookie planted = new PartialCookie(cookie.getName(), new BytesValue(BytesValue.Type.STRING, cookie.getValue()), domain)
                .path(cookie.getPath() == null ? "/" : cookie.getPath()).httpOnly(cookie.isHttpOnly()).secure(cookie.isSecure());
        if (cookie.getExpiry() != null) {
            planted.expiry(cookie.getExpiry().getTime() / 1000);
        }
        if (cookie.getSameSite() != null) {
            planted.sameSite(org.openqa.selenium.bidi.network.Cookie.SameSite.valueOf(cookie.getSameSite().toUpperCase(java.util.Locale.ROOT)));
        }
        storage.setCookie(new SetCookieParameters(planted, partition));
    }

    @Override
    public String how() {
        return unsupported ? classic.how() : "BiDi storage.getCookies (user context " + userContext + ")";
    }

    /**
     * Whether a request to {@code page} carries a cookie of {@code domain}, {@code path} and {@code secure} (RFC 6265
     * §5.1.3, §5.1.4, §5.4): a domain without a leading dot is a host-only cookie (its host alone, as
     * {@link io.sessionharness.scenario.SessionCookie} plants it), one with a dot also its subdomains (never inside an IP
     * address); a Secure cookie goes over https and, as browsers treat them as secure, to loopback hosts.
     */
    static boolean sentTo(URI page, String domain, String path, boolean secure) {
        String host = page.getHost().toLowerCase(java.util.Locale.ROOT);
        String lower = domain.toLowerCase(java.util.Locale.ROOT);
        boolean hostOnly = !lower.startsWith(".");
        String bare = hostOnly ? lower : lower.substring(1);
        boolean domainMatches = host.equals(bare) || (!hostOnly && host.endsWith("." + bare) && !host.matches("[0-9.]+|\\[.*\\]"));
        String requestPath = page.getRawPath() == null || page.getRawPath().isEmpty() ? "/" : page.getRawPath();
        String cookiePath = path == null || path.isEmpty() ? "/" : path;
        boolean pathMatches = requestPath.equals(cookiePath)
                || (requestPath.startsWith(cookiePath) && (cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/'));
        boolean channelMatches = !secure || "https".equals(page.getScheme()) || loopback(host);
        return domainMatches && pathMatches && channelMatches;
    }

    private static boolean loopback(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    private static Optional<URI> httpUri(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The BiDi cookie as classic WebDriver gives it (a value in base64 decoded to text). */
    private static Cookie classic(org.openqa.selenium.bidi.network.Cookie cookie) {
        String value = cookie.getValue().getType() == BytesValue.Type.BASE64
                ? new String(java.util.Base64.getDecoder().decode(cookie.getValue().getValue()), java.nio.charset.StandardCharsets.UTF_8)
                : cookie.getValue().getValue();
        Cookie.Builder builder = new Cookie.Builder(cookie.getName(), value).domain(cookie.getDomain()).path(cookie.getPath())
                .isHttpOnly(cookie.isHttpOnly()).isSecure(cookie.isSecure());
        cookie.getExpiry().ifPresent(seconds -> builder.expiresOn(new Date(seconds * 1000)));
        if (cookie.getSameSite() != null && cookie.getSameSite() != org.openqa.selenium.bidi.network.Cookie.SameSite.DEFAULT) {
            builder.sameSite(capitalised(cookie.getSameSite().name()));
        }
        return builder.build();
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
