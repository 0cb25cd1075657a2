package io.sessionharness.scenario;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The cookies that carry one person's session on the target, as the browser holds them: one cookie on most sites,
 * several where the profile names several ({@code site.sessionCookies}) — an SSO product's session ID, identity token
 * and session hash. Replayed, planted and tampered with as a whole; shown by names and fingerprints, never by value.
 */
public record SessionCookies(List<SessionCookie> cookies) {

    public SessionCookies {
        cookies = List.copyOf(cookies);
        if (cookies.isEmpty()) {
            throw new IllegalArgumentException("a session has at least one cookie");
        }
    }

    public static SessionCookies of(SessionCookie cookie) {
        return new SessionCookies(List.of(cookie));
    }

    /** These cookies and {@code more} (another name's cookie planted with them), or just these. */
    public SessionCookies and(Optional<SessionCookie> more) {
        return more.filter(extra -> named(extra.cookie().getName()).isEmpty())
                .map(extra -> new SessionCookies(java.util.stream.Stream.concat(cookies.stream(), java.util.stream.Stream.of(extra)).toList()))
                .orElse(this);
    }

    /** One fingerprint for one cookie; "NAME fp + NAME fp" for several. */
    public String fingerprint() {
        return cookies.size() == 1 ? cookies.get(0).fingerprint()
                : cookies.stream().map(c -> c.cookie().getName() + " " + c.fingerprint()).collect(Collectors.joining(" + "));
    }

    /** Every cookie with its value changed the same way (an edited, cut-short or foreign session): all values are secrets. */
    public SessionCookies withValues(UnaryOperator<String> change) {
        return new SessionCookies(cookies.stream().map(c -> c.withValue(change.apply(c.value()))).toList());
    }

    /** The cookie of this name, if the session has one. */
    public Optional<SessionCookie> named(String name) {
        return cookies.stream().filter(c -> c.cookie().getName().equals(name)).findFirst();
    }

    /** The cookies of {@code before} that this session still holds with the very same value (names only). */
    public List<String> keptFrom(SessionCookies before) {
        return before.cookies.stream().filter(old -> named(old.cookie().getName()).filter(now -> now.sameValueAs(old)).isPresent())
                .map(old -> old.cookie().getName()).toList();
    }

    /** True when at least one of these cookies is new or changed since {@code before}: the site issued a new session. */
    public boolean renewedSince(SessionCookies before) {
        return keptFrom(before).size() < cookies.size();
    }

    /** The names, in the order the browser gave them. */
    public List<String> names() {
        return cookies.stream().map(c -> c.cookie().getName()).toList();
    }

    /** Names, fingerprints and flags — never a value. */
    public String describe() {
        return cookies.stream().map(SessionCookie::describe).collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return describe();
    }
}
