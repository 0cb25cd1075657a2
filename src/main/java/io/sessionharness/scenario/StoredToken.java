package io.sessionharness.scenario;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.JsonException;

import io.sessionharness.config.Secret;
import io.sessionharness.site.SessionTokenKeys;

/**
 * A session token a page script keeps in the browser's storage (a bearer token under {@code auth-tokens}). Its value is
 * registered as a secret at once — and so is every string inside it when it is a JSON object (the access token alone
 * travels in an Authorization header); reports show a fingerprint, never the value.
 */
public record StoredToken(SessionTokenKeys.Key key, String value) {

    /** A string inside a JSON value this long is a token rather than a word such as "Bearer". */
    private static final int TOKEN_LENGTH = 16;

    public StoredToken {
        Secret.register(value);
        members(value).values().stream().filter(String.class::isInstance).map(String.class::cast)
                .filter(member -> member.length() >= 8).forEach(Secret::register);
    }

    public String fingerprint() {
        return Secret.fingerprint(value);
    }

    /**
     * The same item with its token changed (edited, cut short, foreign): in a JSON object, each string member long enough
     * to be a token is changed and the object stays well-formed — the server is what is under test, not the page's
     * parser; any other value is changed as a whole. The new value is a secret too.
     */
    public StoredToken withValue(UnaryOperator<String> change) {
        Map<String, Object> members = members(value);
        if (members.isEmpty()) {
            return new StoredToken(key, change.apply(value));
        }
        Map<String, Object> changed = new java.util.LinkedHashMap<>();
        members.forEach((name, member) -> changed.put(name,
                member instanceof String text && text.length() >= TOKEN_LENGTH ? change.apply(text) : member));
        return new StoredToken(key, new Json().toJson(changed).replaceAll("\\s*\\n\\s*", ""));
    }

    public boolean sameValueAs(StoredToken other) {
        return key.equals(other.key) && value.equals(other.value);
    }

    /** Area, key and fingerprint — never the value. */
    public String describe() {
        return key + "=" + fingerprint();
    }

    /** The members of a JSON object value; empty for anything else. */
    private static Map<String, Object> members(String value) {
        String trimmed = value.strip();
        if (!trimmed.startsWith("{")) {
            return Map.of();
        }
        try {
            Map<String, Object> parsed = new Json().toType(trimmed, Json.MAP_TYPE);
            return parsed == null ? Map.of() : parsed;
        } catch (JsonException | ClassCastException e) {
            return Map.of();
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
