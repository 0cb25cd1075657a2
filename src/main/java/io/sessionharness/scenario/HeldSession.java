package io.sessionharness.scenario;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one browser holds of its session on the target: the session cookies — one on most sites, several where the
 * profile names several ({@code site.sessionCookies}: an SSO product's session ID, identity token and session hash) —
 * and the tokens page scripts keep in storage ({@code site.sessionTokens}: a single-page app's bearer token). Replayed,
 * planted and tampered with as a whole; shown by names and fingerprints, never by value.
 */
public record HeldSession(List<SessionCookie> cookies, List<StoredToken> tokens) {

    public HeldSession {
        cookies = List.copyOf(cookies);
        tokens = List.copyOf(tokens);
        if (cookies.isEmpty() && tokens.isEmpty()) {
            throw new IllegalArgumentException("a session has at least one cookie or stored token");
        }
    }

    public static HeldSession of(SessionCookie cookie) {
        return new HeldSession(List.of(cookie), List.of());
    }

    /** These cookies and {@code more} (another name's cookie planted with them), or just these. */
    public HeldSession and(Optional<SessionCookie> more) {
        return more.filter(extra -> named(extra.cookie().getName()).isEmpty())
                .map(extra -> new HeldSession(Stream.concat(cookies.stream(), Stream.of(extra)).toList(), tokens))
                .orElse(this);
    }

    /** One fingerprint for one cookie or token; "NAME fp + NAME fp" for several. */
    public String fingerprint() {
        if (cookies.size() + tokens.size() == 1) {
            return cookies.isEmpty() ? tokens.get(0).fingerprint() : cookies.get(0).fingerprint();
        }
        return Stream.concat(cookies.stream().map(c -> c.cookie().getName() + " " + c.fingerprint()),
                tokens.stream().map(t -> t.key() + " " + t.fingerprint())).collect(Collectors.joining(" + "));
    }

    /** Every cookie and token with its value changed the same way (an edited, cut-short or foreign session): all secrets. */
    public HeldSession withValues(UnaryOperator<String> change) {
        return new HeldSession(cookies.stream().map(c -> c.withValue(change.apply(c.value()))).toList(),
                tokens.stream().map(t -> t.withValue(change)).toList());
    }

    /** The cookie of this name, if the session has one. */
    public Optional<SessionCookie> named(String name) {
        return cookies.stream().filter(c -> c.cookie().getName().equals(name)).findFirst();
    }

    /** The cookies and tokens of {@code before} that this session still holds with the very same value (names only). */
    public List<String> keptFrom(HeldSession before) {
        Stream<String> keptCookies = before.cookies.stream()
                .filter(old -> named(old.cookie().getName()).filter(now -> now.sameValueAs(old)).isPresent())
                .map(old -> old.cookie().getName());
        Stream<String> keptTokens = before.tokens.stream().filter(old -> tokens.stream().anyMatch(now -> now.sameValueAs(old)))
                .map(old -> old.key().toString());
        return Stream.concat(keptCookies, keptTokens).toList();
    }

    /** True when at least one of these cookies or tokens is new or changed since {@code before}: the site issued a new session. */
    public boolean renewedSince(HeldSession before) {
        return keptFrom(before).size() < cookies.size() + tokens.size();
    }

    /** The cookie names, in the order the browser gave them, then the stored tokens' keys. */
    public List<String> names() {
        return Stream.concat(cookies.stream().map(c -> c.cookie().getName()), tokens.stream().map(t -> t.key().toString())).toList();
    }

    /** Names, fingerprints and flags — never a value. */
    public String describe() {
        return Stream.concat(cookies.stream().map(SessionCookie::describe), tokens.stream().map(StoredToken::describe))
                .collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return describe();
    }
}
