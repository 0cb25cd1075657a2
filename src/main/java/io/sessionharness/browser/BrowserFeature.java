package io.sessionharness.browser;

import java.util.Arrays;
import java.util.Optional;

/** What a browser profile can do beyond plain WebDriver; a scenario that needs one skips, with the reason, where it is missing. */
public enum BrowserFeature {
    /** WebDriver BiDi: the server's answers are recorded (status, Cache-Control, Set-Cookie flags, browser-side times). */
    BIDI("bidi"),
    /** BiDi user contexts: a person can be a fresh isolated context in a running browser instead of a new browser. */
    USER_CONTEXTS("user-contexts"),
    /** A person's browser can be started with every cookie blocked. */
    BLOCK_COOKIES("block-cookies"),
    /** The HTTP cache of a running browser can be emptied (otherwise: a new clean profile). */
    CLEAR_CACHE("clear-cache"),
    /** The browser can be started with its clock shifted (libfaketime). */
    CLOCK_SKEW("clock-skew");

    private final String key;

    BrowserFeature(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<BrowserFeature> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    public static java.util.List<String> keys() {
        return Arrays.stream(values()).map(BrowserFeature::key).toList();
    }
}
