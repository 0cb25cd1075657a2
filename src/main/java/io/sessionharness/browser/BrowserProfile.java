package io.sessionharness.browser;

import java.util.List;
import java.util.Map;

/**
 * A browser profile from {@code drivers-config/}: which engine, where its binary and driver may be, the options it
 * starts with and the one-line install hint shown when something is missing.
 */
public record BrowserProfile(
        String name,
        String description,
        String engine,
        List<String> binaryCandidates,
        String driverExecutable,
        List<String> driverCandidates,
        boolean webDriverManager,
        boolean bidi,
        List<String> arguments,
        Map<String, String> preferences,
        String installHint) {
}
