package io.sessionharness.site;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a site's page scripts keep the session in the browser's storage ({@code site.sessionTokens}): a bearer token
 * in {@code localStorage} (Node-RED's editor keeps its access token under {@code auth-tokens}) or
 * {@code sessionStorage}. Such a token is part of the session like a cookie: replayed, tampered with and
 * fingerprinted with the session cookies, and its value is a secret.
 */
public record SessionTokenKeys(List<Key> keys) {

    public static final SessionTokenKeys NONE = new SessionTokenKeys(List.of());

    public SessionTokenKeys {
        keys = List.copyOf(keys);
    }

    /** The two storage areas a page script can keep a token in. */
    public enum Area {
        LOCAL("localStorage"), SESSION("sessionStorage");

        private final String script;

        Area(String script) {
            this.script = script;
        }

        /** The area's name in page scripts (and in profiles): {@code localStorage}, {@code sessionStorage}. */
        public String script() {
            return script;
        }

        static Optional<Area> named(String name) {
            return java.util.Arrays.stream(values()).filter(area -> area.script.equals(name)).findFirst();
        }
    }

    /** One stored item: its area and key. */
    public record Key(Area area, String key) {
        @Override
        public String toString() {
            return area.script() + ":" + key;
        }
    }

    /**
     * Reads the profile's entries, each {@code localStorage:KEY} or {@code sessionStorage:KEY}; the entries that are not
     * of that form are returned in {@code malformed}, for the profile's problem line.
     */
    public static SessionTokenKeys parse(List<String> entries, List<String> malformed) {
        List<Key> keys = new java.util.ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.split(":", 2);
            Optional<Area> area = Area.named(parts[0].strip());
            if (parts.length < 2 || area.isEmpty() || parts[1].isBlank()) {
                malformed.add(entry);
            } else {
                keys.add(new Key(area.get(), parts[1].strip()));
            }
        }
        return new SessionTokenKeys(keys);
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** For messages: "localStorage:auth-tokens, sessionStorage:id". */
    public String describe() {
        return keys.stream().map(Key::toString).collect(Collectors.joining(", "));
    }
}
