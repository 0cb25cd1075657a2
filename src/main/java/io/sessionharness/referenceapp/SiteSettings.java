package io.sessionharness.referenceapp;

import java.time.Duration;
import java.util.Optional;

import io.sessionharness.site.SessionPolicy;

/** How the reference site runs: its session policy and cookie name. Any value is allowed; defaults are short for fast suites. */
public record SiteSettings(
        Optional<Duration> idleTimeout,
        Optional<Duration> absoluteTimeout,
        boolean rotateIdOnSignIn,
        boolean invalidateOnSignOut,
        String cookieName,
        Flavour flavour,
        SessionPolicy.ConcurrentSessions concurrentSessions,
        SessionPolicy.OneTimeLinks oneTimeLinks,
        boolean bindsToIp,
        Optional<Duration> warningLead,
        Optional<SessionPolicy.Tokens> tokens,
        boolean pageKeepsAlive,
        java.util.Set<Defect> defects,
        java.util.List<Identity> identities,
        Optional<String> preLoginCookie) {

    /**
     * How the site is built. CLASSIC: server-rendered pages; SSO: a relying party and an identity provider on another
     * host; SPA: the classic site whose account pages are a shell that asks /api/page for its content, is sent to the
     * sign-in page by a 401, and has no expiry page of its own; CONSOLE: the single-page site dressed as the account
     * consoles and trackers nobody here wrote are built ({@link ConsoleSkin}): its name heading every page, generated
     * ids on its menu, a profile form drawn after load with the sign-in field's id, a generic error title over the
     * specific message, and the expiry told on the sign-in page.
     */
    public enum Flavour { CLASSIC, SSO, SPA, CONSOLE }

    /** True for the flavours whose account pages are a script-drawn shell (SPA, CONSOLE). */
    public boolean singlePage() {
        return flavour == Flavour.SPA || flavour == Flavour.CONSOLE;
    }

    public static final String DEFAULT_COOKIE = "JSESSIONID";

    public static SiteSettings defaults() {
        return new SiteSettings(Optional.of(Duration.ofSeconds(4)), Optional.of(Duration.ofSeconds(12)), true, true, DEFAULT_COOKIE, Flavour.CLASSIC,
                SessionPolicy.ConcurrentSessions.ALLOW, SessionPolicy.OneTimeLinks.CONFIRM_THEN_CONSUME, false, Optional.empty(), Optional.empty(), false, java.util.Set.of(), java.util.List.of(), Optional.empty());
    }

    /** The embedded site enforces exactly what the target profile declares. */
    public static SiteSettings enforcing(SessionPolicy policy, io.sessionharness.site.SessionCookieNames cookies,
            io.sessionharness.site.SessionTokenKeys tokens, Optional<String> preLoginCookie, Flavour flavour) {
        return new SiteSettings(policy.idleTimeout(), policy.absoluteTimeout(),
                policy.rotatesSessionIdOnSignIn(), policy.invalidatesOnSignOut(), cookies.primary(), flavour,
                policy.concurrentSessions().orElse(SessionPolicy.ConcurrentSessions.ALLOW),
                policy.oneTimeLinks().orElse(SessionPolicy.OneTimeLinks.CONFIRM_THEN_CONSUME), policy.bindsToIp().orElse(false), policy.warningLeadTime(), policy.tokens(), policy.pageKeepsAlive(), java.util.Set.of(),
                java.util.stream.Stream.concat(cookies.others().stream().limit(1).map(name -> new Identity(name, false)),
                        tokens.keys().stream().limit(1).map(key -> new Identity(key.key(), true))).toList(), preLoginCookie);
    }

    /**
     * A credential of a session spread over several: an identity cookie ({@code stored} false), or a token the
     * single-page flavour's scripts keep in local storage under {@code name} and send with every API request.
     */
    public record Identity(String name, boolean stored) {
        /** True when the site's seeded defect leaves this kind of identity unrevoked at sign-out. */
        boolean outlivesSignOut(SiteSettings settings) {
            return settings.has(stored ? Defect.STORED_TOKEN_OUTLIVES_SIGN_OUT : Defect.IDENTITY_COOKIE_OUTLIVES_SIGN_OUT);
        }
    }

    public SiteSettings withIdleTimeout(Optional<Duration> idle) {
        return new SiteSettings(idle, absoluteTimeout, rotateIdOnSignIn, invalidateOnSignOut, cookieName, flavour, concurrentSessions, oneTimeLinks, bindsToIp, warningLead, tokens, pageKeepsAlive, defects, identities, preLoginCookie);
    }

    public SiteSettings withAbsoluteTimeout(Optional<Duration> absolute) {
        return new SiteSettings(idleTimeout, absolute, rotateIdOnSignIn, invalidateOnSignOut, cookieName, flavour, concurrentSessions, oneTimeLinks, bindsToIp, warningLead, tokens, pageKeepsAlive, defects, identities, preLoginCookie);
    }

    public SiteSettings withConcurrentSessions(SessionPolicy.ConcurrentSessions rule) {
        return new SiteSettings(idleTimeout, absoluteTimeout, rotateIdOnSignIn, invalidateOnSignOut, cookieName, flavour, rule, oneTimeLinks, bindsToIp, warningLead, tokens, pageKeepsAlive, defects, identities, preLoginCookie);
    }

    public SiteSettings withOneTimeLinks(SessionPolicy.OneTimeLinks rule) {
        return new SiteSettings(idleTimeout, absoluteTimeout, rotateIdOnSignIn, invalidateOnSignOut, cookieName, flavour, concurrentSessions, rule, bindsToIp, warningLead, tokens, pageKeepsAlive, defects, identities, preLoginCookie);
    }

    public SiteSettings withFlavour(Flavour other, String cookie) {
        return new SiteSettings(idleTimeout, absoluteTimeout, rotateIdOnSignIn, invalidateOnSignOut, cookie, other, concurrentSessions, oneTimeLinks, bindsToIp, warningLead, tokens, pageKeepsAlive, defects, identities, preLoginCookie);
    }

    public SiteSettings withIpBinding(boolean bind) {
        return new SiteSettings(idleTimeout, absoluteTimeout, rotateIdOnSignIn, invalidateOnSignOut, cookieName, flavour, concurrentSessions,
                oneTimeLinks, bind, warningLead, tokens, pageKeepsAlive, defects, identities, preLoginCookie);
    }

    /** How long before the idle timeout the page warns, as the site really does it (the warning-too-late defect: 5 s). */
    public Optional<Duration> effectiveWarningLead() {
        return warningLead.map(lead -> has(Defect.WARNING_TOO_LATE) ? Duration.ofSeconds(5) : lead);
    }

    /** The same site with {@code switched} defects on (the detection matrix); none: the correct site. */
    public SiteSettings withDefects(java.util.Set<Defect> switched) {
        return new SiteSettings(idleTimeout, absoluteTimeout, rotateIdOnSignIn, invalidateOnSignOut, cookieName, flavour, concurrentSessions,
                oneTimeLinks, bindsToIp, warningLead, tokens, pageKeepsAlive, java.util.Set.copyOf(switched), identities, preLoginCookie);
    }

    /**
     * The same site with its session spread over two cookies: the session cookie and {@code name}, an identity cookie
     * set at sign-in that every signed-in request must carry as well (as an SSO product's identity token beside its
     * session ID).
     */
    public SiteSettings withIdentityCookie(String name) {
        return new SiteSettings(idleTimeout, absoluteTimeout, rotateIdOnSignIn, invalidateOnSignOut, cookieName, flavour, concurrentSessions,
                oneTimeLinks, bindsToIp, warningLead, tokens, pageKeepsAlive, defects, with(new Identity(name, false)), preLoginCookie);
    }

    /**
     * The single-page flavour with its session's second credential a token its scripts keep in local storage under
     * {@code key} (and send as a header with every API request), as bearer-token single-page apps do.
     */
    public SiteSettings withIdentityToken(String key) {
        return new SiteSettings(idleTimeout, absoluteTimeout, rotateIdOnSignIn, invalidateOnSignOut, cookieName, flavour, concurrentSessions,
                oneTimeLinks, bindsToIp, warningLead, tokens, pageKeepsAlive, defects, with(new Identity(key, true)), preLoginCookie);
    }

    private java.util.List<Identity> with(Identity added) {
        return java.util.stream.Stream.concat(identities.stream(), java.util.stream.Stream.of(added)).toList();
    }

    /** A replayed identity opens a session after sign-out: the identity-cookie or stored-token outlives-sign-out defect. */
    boolean identityOutlivesSignOut() {
        return has(Defect.IDENTITY_COOKIE_OUTLIVES_SIGN_OUT) || has(Defect.STORED_TOKEN_OUTLIVES_SIGN_OUT);
    }

    /**
     * The same site with a pre-login cookie of another name than the session's ({@code name}, an authentication session
     * ID as identity providers set one on their sign-in page): issued to every visitor of the sign-in page, issued anew
     * at sign-in, never a credential — except with the pre-login-cookie-adopted defect.
     */
    public SiteSettings withPreLoginCookie(String name) {
        return new SiteSettings(idleTimeout, absoluteTimeout, rotateIdOnSignIn, invalidateOnSignOut, cookieName, flavour, concurrentSessions,
                oneTimeLinks, bindsToIp, warningLead, tokens, pageKeepsAlive, defects, identities, Optional.of(name));
    }

    /** The signed-in page polls a keep-alive URL: declared (policy.pageKeepsAlive), or the page-keeps-alive defect. */
    public boolean pagePollsKeepAlive() {
        return pageKeepsAlive || has(Defect.PAGE_KEEPS_ALIVE);
    }

    public boolean has(Defect defect) {
        return defects.contains(defect);
    }

    /** Jetty's own housekeeping must never end a session before our policy check can report why it ended. */
    int housekeepingSeconds() {
        long longest = Math.max(idleTimeout.map(Duration::toSeconds).orElse(0L), absoluteTimeout.map(Duration::toSeconds).orElse(0L));
        return (int) Math.min(Integer.MAX_VALUE, Math.max(longest, 1800) + 600);
    }
}
