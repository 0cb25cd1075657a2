package io.sessionharness.referenceapp;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SSO flavour's one-time continue links: {@code /idp/continue/MQ/<token>/}, a token as a path segment (shaped like
 * Django's password-reset tokens: a base-36 time stamp, a dash, hex), good for one use. The tokens are listed as issued.
 */
final class ContinueLinks {

    static final String PREFIX = "/idp/continue/";

    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> pending = new ConcurrentHashMap<>();
    private final IssuedValues issued;

    ContinueLinks(IssuedValues issued) {
        this.issued = issued;
    }

    /** A fresh link that leads, once, to {@code destination}. */
    String issue(String destination) {
        byte[] bytes = new byte[10];
        random.nextBytes(bytes);
        String token = issued.record(Long.toString(System.currentTimeMillis() / 1000, 36) + "-" + HexFormat.of().formatHex(bytes));
        pending.put(token, destination);
        return PREFIX + "MQ/" + token + "/";
    }

    /** Where the link of this path leads, the first time it is opened. */
    Optional<String> redeem(String path) {
        String[] parts = path.substring(PREFIX.length()).split("/");
        return parts.length == 2 ? Optional.ofNullable(pending.remove(parts[1])) : Optional.empty();
    }
}
