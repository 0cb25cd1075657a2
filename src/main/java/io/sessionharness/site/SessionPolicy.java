package io.sessionharness.site;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sessionharness.config.Choices;
import io.sessionharness.config.Durations;
import io.sessionharness.config.ProfileNode;

/**
 * What a target declares about its sessions: the numbers and rules the scenarios hold it to. {@code tolerance} is
 * how far a measured expiry may lie from the declared figure and still pass. When the timeouts come from compliance
 * presets instead of the profile, they are ceilings only ({@code exact} is false): expiring earlier is not a defect.
 * {@code pageKeepsAlive}: the site's pages keep the session alive on purpose while they are open (polling, token
 * refresh), so a person idles on a blank page instead; without it, a page doing so during an idle period is reported.
 * {@code expiryShows}: what the site shows when a session has ended — its own expiry page (the default), or just its
 * sign-in page (many real sites: Tomcat's FORM authentication, Django's admin); then the expiry checks accept the
 * sign-in page and report the missing explanation as a usability finding.
 */
public record SessionPolicy(
        Optional<Duration> idleTimeout,
        Optional<Duration> absoluteTimeout,
        Duration tolerance,
        boolean rotatesSessionIdOnSignIn,
        boolean invalidatesOnSignOut,
        Optional<ConcurrentSessions> concurrentSessions,
        Optional<Boolean> bindsToIp,
        Optional<OneTimeLinks> oneTimeLinks,
        Optional<Duration> warningLeadTime,
        Optional<Tokens> tokens,
        boolean pageKeepsAlive,
        ExpiryShows expiryShows,
        boolean exact,
        List<Compliance.Requirement> compliance) {

    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(1);

    /**
     * A single sign-on site's tokens: the app session lives on an access token refreshed (silently) with a refresh
     * token; when the refresh token — the identity provider's session — ends, so does the app session.
     */
    public record Tokens(Duration access, Duration refresh) {
    }

    /** What happens when one account signs in a second time elsewhere. */
    public enum ConcurrentSessions { ALLOW, NEWEST_WINS, REJECT_NEW }

    /** How e-mailed one-time sign-in links behave when opened. */
    public enum OneTimeLinks { CONFIRM_THEN_CONSUME, CONSUME_ON_OPEN }

    /** What a person sees when their session has ended: a page that says so, or only the sign-in page. */
    public enum ExpiryShows { EXPIRY_PAGE, SIGN_IN_PAGE }

    public SessionPolicy {
        idleTimeout.ifPresent(d -> requirePositive(d, "idleTimeout"));
        absoluteTimeout.ifPresent(d -> requirePositive(d, "absoluteTimeout"));
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance cannot be negative");
        }
        compliance = List.copyOf(compliance);
    }

    /** A policy with declared timeouts and the default rules (rotation and server-side sign-out). */
    public static SessionPolicy of(Optional<Duration> idle, Optional<Duration> absolute, Duration tolerance) {
        return new SessionPolicy(idle, absolute, tolerance, true, true, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, ExpiryShows.EXPIRY_PAGE, true, List.of());
    }

    public static SessionPolicy read(ProfileNode node, List<Compliance.Requirement> compliance) {
        node.known("idleTimeout", "absoluteTimeout", "tolerance", "rotatesSessionIdOnSignIn", "invalidatesOnSignOut",
                "concurrentSessions", "bindsToIp", "oneTimeLinks", "warningLeadTime", "tokens", "pageKeepsAlive",
                "expiryShows");
        Optional<Duration> declaredIdle = node.optionalDuration("idleTimeout");
        Optional<Duration> declaredAbsolute = node.optionalDuration("absoluteTimeout");
        Optional<Duration> presetIdle = ceiling(compliance, Compliance.Metric.IDLE_TIMEOUT);
        Optional<Duration> presetAbsolute = ceiling(compliance, Compliance.Metric.ABSOLUTE_TIMEOUT);
        boolean exact = declaredIdle.isPresent() || presetIdle.isEmpty();
        SessionPolicy policy;
        try {
            policy = new SessionPolicy(
                    declaredIdle.or(() -> presetIdle),
                    declaredAbsolute.or(() -> presetAbsolute),
                    node.optionalDuration("tolerance").orElse(DEFAULT_TOLERANCE),
                    node.bool("rotatesSessionIdOnSignIn", true),
                    node.bool("invalidatesOnSignOut", true),
                    node.optionalString("concurrentSessions").map(v -> choice(node, "concurrentSessions", v, ConcurrentSessions.class)),
                    node.has("bindsToIp") ? Optional.of(node.bool("bindsToIp", false)) : Optional.empty(),
                    node.optionalString("oneTimeLinks").map(v -> choice(node, "oneTimeLinks", v, OneTimeLinks.class)),
                    node.optionalDuration("warningLeadTime"),
                    node.child("tokens").map(t -> new Tokens(t.known("access", "refresh").duration("access"), t.duration("refresh"))),
                    node.bool("pageKeepsAlive", false),
                    node.optionalString("expiryShows").map(v -> choice(node, "expiryShows", v, ExpiryShows.class)).orElse(ExpiryShows.EXPIRY_PAGE),
                    exact,
                    compliance);
        } catch (IllegalArgumentException e) {
            throw node.problem("", e.getMessage());
        }
        io.sessionharness.config.Problems problems = new io.sessionharness.config.Problems();
        policy.idleTimeout().ifPresent(idle -> {
            if (idle.compareTo(policy.tolerance().multipliedBy(2)) <= 0) {
                problems.add(node.problem("idleTimeout", "(" + Durations.format(idle) + ") must be more than twice the tolerance ("
                        + Durations.format(policy.tolerance()) + ") so that 'before' and 'after' probes can be told apart").getMessage());
            }
            policy.absoluteTimeout().filter(absolute -> absolute.compareTo(idle) < 0).ifPresent(absolute ->
                    problems.add(node.problem("absoluteTimeout", "(" + Durations.format(absolute) + ") is shorter than idleTimeout ("
                            + Durations.format(idle) + "): a session can never idle out; swap them or correct one").getMessage()));
            policy.warningLeadTime().filter(lead -> lead.compareTo(idle) >= 0).ifPresent(lead ->
                    problems.add(node.problem("warningLeadTime", "(" + Durations.format(lead) + ") must be shorter than idleTimeout ("
                            + Durations.format(idle) + "): the warning would show before any idle time has passed").getMessage()));
        });
        policy.tokens().filter(t -> t.access().compareTo(t.refresh()) > 0).ifPresent(t ->
                problems.add(node.problem("tokens", "access (" + Durations.format(t.access()) + ") outlives refresh ("
                        + Durations.format(t.refresh()) + "): an access token is renewed with the refresh token, so it cannot live longer").getMessage()));
        problems.throwIfAny();
        return policy;
    }

    private static Optional<Duration> ceiling(List<Compliance.Requirement> compliance, Compliance.Metric metric) {
        return compliance.stream().filter(r -> r.metric() == metric).map(Compliance.Requirement::limit).min(Duration::compareTo);
    }

    private static <E extends Enum<E>> E choice(ProfileNode node, String key, String value, Class<E> type) {
        try {
            return Choices.parse(value, type);
        } catch (IllegalArgumentException e) {
            throw node.problem(key, e.getMessage());
        }
    }

    /** True when the site refuses a second login of an account that is signed in elsewhere ({@code reject-new}). */
    public boolean refusesSecondLogin() {
        return concurrentSessions.filter(rule -> rule == ConcurrentSessions.REJECT_NEW).isPresent();
    }

    /** True when an ended session shows only the sign-in page (declared {@code expiryShows: sign-in-page}). */
    public boolean expiryShowsSignInPage() {
        return expiryShows == ExpiryShows.SIGN_IN_PAGE;
    }

    public Duration requireIdleTimeout() {
        return idleTimeout.orElseThrow(() -> new IllegalStateException("the target declares no idle timeout"));
    }

    public Duration requireAbsoluteTimeout() {
        return absoluteTimeout.orElseThrow(() -> new IllegalStateException("the target declares no absolute timeout"));
    }

    /** The policy as report environment entries. */
    public Map<String, String> describe() {
        Map<String, String> lines = new LinkedHashMap<>();
        String bound = exact ? "" : " (ceiling from compliance presets)";
        lines.put("policy.idleTimeout", idleTimeout.map(Durations::format).orElse("none declared") + bound);
        lines.put("policy.absoluteTimeout", absoluteTimeout.map(Durations::format).orElse("none declared") + bound);
        lines.put("policy.tolerance", Durations.format(tolerance));
        lines.put("policy.rotatesSessionIdOnSignIn", String.valueOf(rotatesSessionIdOnSignIn));
        lines.put("policy.invalidatesOnSignOut", String.valueOf(invalidatesOnSignOut));
        concurrentSessions.ifPresent(c -> lines.put("policy.concurrentSessions", Choices.name(c)));
        bindsToIp.ifPresent(b -> lines.put("policy.bindsToIp", String.valueOf(b)));
        oneTimeLinks.ifPresent(o -> lines.put("policy.oneTimeLinks", Choices.name(o)));
        warningLeadTime.ifPresent(w -> lines.put("policy.warningLeadTime", Durations.format(w)));
        if (pageKeepsAlive) {
            lines.put("policy.pageKeepsAlive", "true (idle periods are spent on a blank page)");
        }
        if (expiryShows == ExpiryShows.SIGN_IN_PAGE) {
            lines.put("policy.expiryShows", "sign-in-page (no page of its own for an ended session)");
        }
        tokens.ifPresent(t -> lines.put("policy.tokens", "access " + Durations.format(t.access()) + ", refresh " + Durations.format(t.refresh())));
        if (!compliance.isEmpty()) {
            lines.put("policy.compliance", String.join("; ", compliance.stream().map(Compliance.Requirement::title).distinct().toList()));
        }
        return lines;
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be longer than zero");
        }
    }
}
