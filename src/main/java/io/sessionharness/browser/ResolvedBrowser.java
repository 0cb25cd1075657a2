package io.sessionharness.browser;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A browser profile with its binary and driver found on this machine — or, on a Selenium Grid, the grid that has
 * them — or, for a profile that declares {@code when-missing: skip}, the reason it cannot run here. Resolved once per
 * run, before any browser starts.
 *
 * @param grid        the Selenium Grid the browsers run on; empty: on this machine
 * @param unavailable why this profile cannot run on this machine (its scenarios are reported skipped with it)
 */
public record ResolvedBrowser(BrowserProfile profile, Path binary, Path driver, String driverSource, Optional<URI> grid,
        Optional<String> unavailable, int gridSlots) {

    public ResolvedBrowser(BrowserProfile profile, Path binary, Path driver, String driverSource) {
        this(profile, binary, driver, driverSource, Optional.empty(), Optional.empty(), 0);
    }

    /** The profile's browsers on a grid that has {@code slots} sessions for them (0: unknown). */
    public static ResolvedBrowser onGrid(BrowserProfile profile, URI grid, int slots) {
        Path binary = profile.binaryCandidates().stream().filter(c -> c.startsWith("/")).findFirst().map(Path::of)
                .orElse(Path.of(profile.binaryCandidates().isEmpty() ? "(the node's default)" : profile.binaryCandidates().get(0)));
        return new ResolvedBrowser(profile, binary, Path.of(profile.driverExecutable()), "grid node", Optional.of(grid), Optional.empty(), slots);
    }

    public static ResolvedBrowser unavailable(BrowserProfile profile, String reason) {
        return new ResolvedBrowser(profile, Path.of("(not installed)"), Path.of("(not installed)"), "none", Optional.empty(),
                Optional.of(reason), 0);
    }

    /** The same browser started as a run against this target needs (see {@link BrowserProfile#forTarget}). */
    public ResolvedBrowser forTarget(boolean embedded, boolean insecureCerts) {
        return new ResolvedBrowser(profile.forTarget(embedded, insecureCerts), binary, driver, driverSource, grid, unavailable, gridSlots);
    }

    /** How many browsers may run at once: the profile's limit (real Safari: 1) or the grid's slots; 0: no limit. */
    public int sessionLimit() {
        int profileLimit = profile.sessions();
        if (profileLimit > 0 && gridSlots > 0) {
            return Math.min(profileLimit, gridSlots);
        }
        return Math.max(profileLimit, gridSlots);
    }

    public boolean remote() {
        return grid.isPresent();
    }

    public String describe() {
        if (unavailable.isPresent()) {
            return profile.name() + " — unavailable here, every scenario is skipped: " + unavailable.get();
        }
        return grid.map(url -> profile.name() + " on the Selenium Grid at " + url + (gridSlots > 0 ? " (" + gridSlots + " slot(s))" : ""))
                .orElseGet(() -> profile.name() + " (" + binary + ", driver " + driver + " from " + driverSource + ")");
    }
}
