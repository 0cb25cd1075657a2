package io.sessionharness.browser;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A browser profile from {@code drivers-config/}: which engine, where its binary and driver may be, the options it
 * starts with, what it supports, and the one-line install hint shown when something is missing.
 *
 * @param whenMissing what a run does when this machine lacks the browser or its driver: {@code fail} (a setup error,
 *                    exit 2 before anything starts) or {@code skip} (every scenario is reported skipped with the reason)
 * @param sessions    how many browser sessions may run at once (0: no limit; real Safari: 1)
 * @param display     {@code xvfb}: the harness starts a virtual display for a browser that has no headless mode
 * @param grid        the Selenium Grid this profile always runs on (the {@code grid.url} option overrides it)
 * @param embeddedOnlyArguments arguments added only when the target is the embedded reference site (every host it
 *                    uses is a 127.x address): a real target's hosts — its identity provider's too — must all resolve
 * @param acceptInsecureCerts set by {@link #forTarget} from the target's {@code site.acceptInsecureCerts}, never by a file
 */
public record BrowserProfile(
        String name,
        String description,
        String engine,
        List<String> binaryCandidates,
        String driverExecutable,
        List<String> driverCandidates,
        boolean webDriverManager,
        Set<BrowserFeature> supports,
        List<String> arguments,
        Map<String, String> preferences,
        String installHint,
        String whenMissing,
        int sessions,
        String display,
        Optional<String> grid,
        List<String> embeddedOnlyArguments,
        boolean acceptInsecureCerts) {

    /**
     * The profile as a run against this target starts it: the embedded-only arguments added for the embedded site, and
     * any TLS certificate accepted where the target profile says so (a self-signed staging certificate).
     */
    public BrowserProfile forTarget(boolean embedded, boolean insecureCerts) {
        List<String> all = new java.util.ArrayList<>(arguments);
        if (embedded) {
            all.addAll(embeddedOnlyArguments);
        }
        return new BrowserProfile(name, description, engine, binaryCandidates, driverExecutable, driverCandidates, webDriverManager,
                supports, List.copyOf(all), preferences, installHint, whenMissing, sessions, display, grid, List.of(), insecureCerts);
    }

    public boolean supports(BrowserFeature feature) {
        return supports.contains(feature);
    }

    public boolean skipWhenMissing() {
        return "skip".equals(whenMissing);
    }

    public boolean needsVirtualDisplay() {
        return "xvfb".equals(display);
    }
}
