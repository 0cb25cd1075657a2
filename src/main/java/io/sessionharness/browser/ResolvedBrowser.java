package io.sessionharness.browser;

import java.nio.file.Path;

/** A browser profile with its binary and driver found on this machine; resolved once per run, before any browser starts. */
public record ResolvedBrowser(BrowserProfile profile, Path binary, Path driver, String driverSource) {

    public String describe() {
        return profile.name() + " (" + binary + ", driver " + driver + " from " + driverSource + ")";
    }
}
