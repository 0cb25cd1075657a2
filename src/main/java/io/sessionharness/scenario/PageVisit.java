package io.sessionharness.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.sessionharness.config.Durations;
import io.sessionharness.site.PageState;
import io.sessionharness.site.SessionPolicy;

/**
 * One page a person asked for and what the site showed, with the measured times the assertions report:
 * how long since sign-in and how long the person had been idle before asking, and what the server answered
 * (status and session headers, when the browser records them). {@code pageKeptAlive} says what the page itself sent
 * the server during the idle period before this visit ("the page sent 6 requests to /api/ping"), if anything.
 */
public record PageVisit(
        String person,
        String requested,
        String landedUrl,
        PageState state,
        Optional<Duration> sinceSignIn,
        Optional<Duration> idleBefore,
        List<String> serverAnswers,
        boolean answersRecorded,
        SessionPolicy policy,
        Optional<String> pageSummary,
        Optional<String> pageKeptAlive,
        Optional<SignInAttempt> signInAttempt) {

    /** A visit without a page summary (one is taken only of a page no marker recognised) and no page activity while idle. */
    public PageVisit(String person, String requested, String landedUrl, PageState state, Optional<Duration> sinceSignIn,
            Optional<Duration> idleBefore, List<String> serverAnswers, boolean answersRecorded, SessionPolicy policy) {
        this(person, requested, landedUrl, state, sinceSignIn, idleBefore, serverAnswers, answersRecorded, policy, Optional.empty(), Optional.empty());
    }

    /** A visit that is no sign-in's result. */
    public PageVisit(String person, String requested, String landedUrl, PageState state, Optional<Duration> sinceSignIn,
            Optional<Duration> idleBefore, List<String> serverAnswers, boolean answersRecorded, SessionPolicy policy,
            Optional<String> pageSummary, Optional<String> pageKeptAlive) {
        this(person, requested, landedUrl, state, sinceSignIn, idleBefore, serverAnswers, answersRecorded, policy, pageSummary, pageKeptAlive,
                Optional.empty());
    }

    /** This visit as the page a sign-in with {@code username} ended on. */
    public PageVisit afterSignIn(String username, Optional<Boolean> formSent) {
        return new PageVisit(person, requested, landedUrl, state, sinceSignIn, idleBefore, serverAnswers, answersRecorded, policy, pageSummary,
                pageKeptAlive, Optional.of(new SignInAttempt(username, formSent)));
    }

    /**
     * The sign-in a visit is the result of: the account tried, and whether a request left the browser after its last
     * step (empty where the browser records no network).
     */
    public record SignInAttempt(String username, Optional<Boolean> formSent) {

        /** "the sign-in form was sent", "no request left the browser after the last sign-in step", or "" when unknown. */
        public String sent() {
            return formSent.map(sent -> sent ? "the sign-in was sent (a POST or the like left the browser)"
                    : "no sign-in request (a POST or the like) left the browser after the last sign-in step, tried twice").orElse("");
        }
    }

    /** True when the browser showed the page without any answer from the server (a cache), as far as it recorded. */
    public boolean servedFromBrowserCache() {
        return answersRecorded && serverAnswers.isEmpty();
    }

    /** No server answer is known for this visit: none recorded although the browser records them, or no record at all. */
    public boolean mayBeFromBrowserCache() {
        return !answersRecorded || serverAnswers.isEmpty();
    }

    /**
     * What made this an error page, from the server's answers: "GET /account → 500", or "12 redirects in a row: a
     * redirect loop"; empty where the answers say nothing of it (or none were recorded).
     */
    public Optional<String> errorEvidence() {
        java.util.regex.Pattern answer = java.util.regex.Pattern.compile("^(\\S+ \\S+ → (\\d{3}))");
        Optional<String> error = serverAnswers.stream().map(answer::matcher).filter(java.util.regex.Matcher::find)
                .filter(m -> m.group(2).compareTo("400") >= 0).map(m -> m.group(1)).reduce((first, last) -> last);
        if (error.isPresent()) {
            return error.map(io.sessionharness.report.Redactor::mask);   // a path may carry a session ID (;jsessionid=)
        }
        long redirects = serverAnswers.stream().map(answer::matcher).filter(java.util.regex.Matcher::find)
                .filter(m -> m.group(2).startsWith("3")).count();
        return redirects >= 10 ? Optional.of(redirects + " redirects in a row: a redirect loop") : Optional.empty();
    }

    public boolean signedIn() {
        return state == PageState.SIGNED_IN;
    }

    /** "alice opened /account after 5.2 s idle (6.1 s after sign-in) and got the session-expired page". */
    public String describe() {
        StringBuilder text = new StringBuilder(person).append(" opened ").append(requested);
        idleBefore.ifPresent(idle -> text.append(" after ").append(Durations.format(idle)).append(" idle"));
        sinceSignIn.ifPresent(age -> text.append(" (").append(Durations.format(age)).append(" after sign-in)"));
        // Masked: a URL may carry a session ID (URL rewriting), which must not reach a report or a log.
        return text.append(" and got ").append(state.description()).append(" at ").append(io.sessionharness.report.Redactor.mask(landedUrl)).toString();
    }
}
