package io.sessionharness.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.sessionharness.config.ProfileNode;

/**
 * A target profile's {@code site} section, read and checked on its own: the embedded reference site or a real one's
 * base URL, the session cookies and stored tokens, a pre-login cookie, secret parameters and certificate trust.
 */
record SiteSection(boolean embedded, Optional<URI> baseUrl, SessionCookieNames cookie, SessionTokenKeys tokens, Optional<String> preLoginCookie, String flavour, List<String> secretParameters,
        boolean acceptInsecureCerts) {

    static SiteSection read(ProfileNode site, ProfileVariables variables) {
        site.known("embedded", "baseUrl", "sessionCookie", "sessionCookies", "sessionTokens", "preLoginCookie", "flavour", "secretParameters", "acceptInsecureCerts");
        boolean embedded = site.bool("embedded", false);
        Optional<URI> baseUrl = site.optionalString("baseUrl").map(url -> baseUrl(site, variables.expand(site, "baseUrl", url)));
        if (embedded == baseUrl.isPresent()) {
            throw site.problem("", "needs exactly one of 'embedded: true' or 'baseUrl: https://...'");
        }
        SessionTokenKeys tokens = sessionTokens(site);
        SessionCookieNames cookie = sessionCookies(site, embedded, !tokens.isEmpty());
        String flavour = site.optionalString("flavour").orElse("classic");
        if (embedded && !tokens.isEmpty() && (!List.of("spa", "console").contains(flavour) || tokens.keys().size() != 1
                || tokens.keys().get(0).area() != SessionTokenKeys.Area.LOCAL || cookie.isEmpty())) {
            throw site.problem("sessionTokens", "for the embedded reference site is one localStorage key beside its session cookie,"
                    + " and only for the single-page flavours (flavour: spa or console), whose page scripts send it");
        }
        if (!List.of("classic", "sso", "spa", "console").contains(flavour) || (!embedded && site.has("flavour"))) {
            throw site.problem("flavour", "is 'classic', 'sso', 'spa' or 'console', and only for the embedded reference site");
        }
        if (flavour.equals("sso") && !cookie.others().isEmpty()) {
            throw site.problem("sessionCookies", "takes a second cookie only for the classic flavour of the embedded site");
        }
        List<String> secretParameters = site.strings("secretParameters");
        List<String> notPlain = secretParameters.stream().filter(name -> !io.sessionharness.report.RedactionRules.isPlainName(name)).toList();
        if (!notPlain.isEmpty()) {
            throw site.problem("secretParameters", "must be plain parameter names (letters, digits, '_', '.', '-'), not "
                    + notPlain.stream().map(name -> "'" + name + "'").collect(java.util.stream.Collectors.joining(", ")));
        }
        boolean acceptInsecureCerts = site.bool("acceptInsecureCerts", false);
        if (acceptInsecureCerts && embedded) {
            throw site.problem("acceptInsecureCerts", "is for a real site's self-signed certificate; the embedded site is plain HTTP");
        }
        Optional<String> preLoginCookie = preLoginCookie(site, embedded, flavour, cookie);
        return new SiteSection(embedded, baseUrl, cookie, tokens, preLoginCookie, flavour, secretParameters, acceptInsecureCerts);
    }

    /** site.preLoginCookie: one cookie name the site sets before sign-in, other than the session's. */
    private static Optional<String> preLoginCookie(ProfileNode site, boolean embedded, String flavour, SessionCookieNames cookie) {
        Optional<String> preLoginCookie = site.optionalString("preLoginCookie");
        if (preLoginCookie.isPresent() && (!SessionCookieNames.malformed(preLoginCookie.stream().toList()).isEmpty() || preLoginCookie.get().contains("*"))) {
            throw site.problem("preLoginCookie", "is one cookie name, not '" + preLoginCookie.get() + "'");
        }
        if (preLoginCookie.isPresent() && cookie.matches(preLoginCookie.get())) {
            throw site.problem("preLoginCookie", "'" + preLoginCookie.get() + "' is one of the session cookies (" + cookie.describe()
                    + "), which the fixation scenario plants anyway: name a pre-login cookie of another name, or leave the key out");
        }
        if (preLoginCookie.isPresent() && embedded && flavour.equals("sso")) {
            throw site.problem("preLoginCookie", "is set only by the classic flavour of the embedded site");
        }
        return preLoginCookie;
    }

    /** site.sessionTokens: where page scripts keep the session in storage, each localStorage:KEY or sessionStorage:KEY. */
    private static SessionTokenKeys sessionTokens(ProfileNode site) {
        if (!site.has("sessionTokens")) {
            return SessionTokenKeys.NONE;
        }
        List<String> entries = site.strings("sessionTokens");
        List<String> malformed = new ArrayList<>();
        SessionTokenKeys tokens = SessionTokenKeys.parse(entries, malformed);
        if (!malformed.isEmpty()) {
            throw site.problem("sessionTokens", "takes localStorage:KEY or sessionStorage:KEY (e.g. localStorage:auth-tokens), not "
                    + malformed.stream().map(entry -> "'" + entry + "'").collect(java.util.stream.Collectors.joining(", ")));
        }
        if (tokens.isEmpty()) {
            throw site.problem("sessionTokens", "needs at least one localStorage:KEY or sessionStorage:KEY — or leave the key out");
        }
        return tokens;
    }

    /**
     * site.sessionCookie (one name) or site.sessionCookies (names and patterns such as KEYCLOAK_*); JSESSIONID by
     * default — none when the session lives only in stored tokens ({@code withTokens}) and no cookie is named.
     */
    private static SessionCookieNames sessionCookies(ProfileNode site, boolean embedded, boolean withTokens) {
        if (site.has("sessionCookie") && site.has("sessionCookies")) {
            throw site.problem("sessionCookies", "and site.sessionCookie are two forms of one key: keep one (sessionCookies: [A, B] for several)");
        }
        if (withTokens && !site.has("sessionCookie") && !site.has("sessionCookies")) {
            return SessionCookieNames.NONE;
        }
        List<String> names = site.has("sessionCookies") ? site.strings("sessionCookies")
                : List.of(site.optionalString("sessionCookie").orElse("JSESSIONID"));
        String key = site.has("sessionCookies") ? "sessionCookies" : "sessionCookie";
        if (names.isEmpty()) {
            throw site.problem(key, "needs at least one cookie name or pattern, e.g. [JSESSIONID] or [KEYCLOAK_*]");
        }
        List<String> malformed = SessionCookieNames.malformed(names);
        if (!malformed.isEmpty()) {
            throw site.problem(key, "takes cookie names, '*' standing for any characters (e.g. KEYCLOAK_*), not "
                    + malformed.stream().map(name -> "'" + name + "'").collect(java.util.stream.Collectors.joining(", ")));
        }
        SessionCookieNames cookies = new SessionCookieNames(names);
        if (embedded && (!cookies.hasPlainName() || names.stream().anyMatch(name -> name.contains("*")) || names.size() > 2)) {
            throw site.problem(key, "for the embedded reference site is one or two plain names (its session cookie and, optionally, a second"
                    + " cookie the session needs as well)");
        }
        return cookies;
    }

    private static URI baseUrl(ProfileNode site, String url) {
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw site.problem("baseUrl", "must be an http(s) URL with a host, found '" + url + "'");
            }
            return url.endsWith("/") ? uri : new URI(url + "/");
        } catch (URISyntaxException e) {
            throw site.problem("baseUrl", "is not a URL: " + e.getMessage());
        }
    }
}
