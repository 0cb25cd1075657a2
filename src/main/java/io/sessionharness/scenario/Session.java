package io.sessionharness.scenario;

import java.util.Optional;

import io.sessionharness.report.Report;

/**
 * The session a person's browser holds for the target ({@code alice.session()}): read (cookies the profile names and
 * tokens page scripts keep), compared by digests, and planted into another browser for replay and fixation attempts.
 */
public final class Session {

    private final Person person;

    Session(Person person) {
        this.person = person;
    }

    /**
     * The session this browser holds for the target now, if any: the cookies the profile names in
     * site.sessionCookie(s) and the tokens site.sessionTokens says page scripts keep in storage (read on the site's page).
     */
    public Optional<HeldSession> held() {
        return person.jar().held();
    }

    /**
     * Every cookie and stored item ({@code localStorage:KEY}, on the site's page) this browser holds, each name with a
     * digest of its value: which appeared or changed at sign-in, without anything that could be shown.
     */
    public java.util.SortedMap<String, String> digests() {
        return person.jar().digests();
    }

    /** A cookie of this name this browser holds for the target (the profile's pre-login cookie), if any. */
    public Optional<SessionCookie> cookieNamed(String cookieName) {
        return person.jar().cookieNamed(cookieName);
    }

    /**
     * The session of a person the site shows signed in. Nothing there means the profile names other cookies or keys
     * than the site uses (or the site keeps its session elsewhere): <em>broken</em>, naming the cookies it does hold.
     */
    public HeldSession require() {
        return person.jar().require();
    }

    /** Puts someone else's session (cookies and stored tokens) into this browser (replay / fixation attempts). */
    public void plant(HeldSession session) {
        Report.step(person.name() + " plants " + describePlanted(session) + " " + session.fingerprint() + " in " + person.browser().label(), () -> {
            person.visits().navigate(person.site().profile().signIn().page());
            person.jar().plant(session, what -> person.stage().timeline().record(person.name(), person.browser().label(), what));
            return null;
        });
    }

    private static String describePlanted(HeldSession session) {
        int cookies = session.cookies().size();
        int tokens = session.tokens().size();
        String cookiePart = cookies == 0 ? "" : cookies == 1 ? "session cookie" : "session cookies";
        String tokenPart = tokens == 0 ? "" : tokens == 1 ? "stored session token" : "stored session tokens";
        return cookiePart.isEmpty() ? tokenPart : tokenPart.isEmpty() ? cookiePart : cookiePart + " and " + tokenPart;
    }
}
