package io.sessionharness.referenceapp;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Values kept for one following request under an unguessable key (a text sent without a live session, shown back on
 * the next page). Bounded: the oldest are dropped beyond {@link #LIMIT}; each is taken once.
 */
final class ParkedTexts<T> {

    private static final int LIMIT = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, T> parked = new LinkedHashMap<>();

    synchronized String park(T value) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String key = HexFormat.of().formatHex(bytes);
        parked.put(key, value);
        if (parked.size() > LIMIT) {
            parked.remove(parked.keySet().iterator().next());
        }
        return key;
    }

    synchronized Optional<T> take(String key) {
        return Optional.ofNullable(parked.remove(key));
    }
}
