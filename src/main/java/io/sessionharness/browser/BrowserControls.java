package io.sessionharness.browser;

import java.util.List;
import java.util.Optional;

import org.openqa.selenium.UnsupportedCommandException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.bidi.BiDiException;
import org.openqa.selenium.bidi.emulation.Emulation;
import org.openqa.selenium.bidi.emulation.SetTimezoneOverrideParameters;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.bidi.module.Script;
import org.openqa.selenium.bidi.network.CacheBehavior;

/**
 * What only a browser of one's own can be told, for all its tabs: bypass the HTTP cache, live in a time zone, run a
 * script before every page's own. BiDi first; the DevTools cache command where the engine offers it
 * ({@link BrowserEngine.Started#devToolsCacheClear}); {@link #NONE} for a user context or a browser with neither.
 */
final class BrowserControls {

    static final BrowserControls NONE = new BrowserControls(null, false, Optional.empty());

    private final WebDriver driver;
    private final boolean bidi;
    private final Optional<Runnable> devToolsCacheClear;

    BrowserControls(WebDriver driver, boolean bidi, Optional<Runnable> devToolsCacheClear) {
        this.driver = driver;
        this.bidi = bidi;
        this.devToolsCacheClear = devToolsCacheClear;
    }

    /**
     * From now on every page comes from the server, as after emptying the browser's HTTP cache: BiDi first
     * ({@code network.setCacheBehavior: bypass}, any BiDi browser of its own: Chromium, Firefox, on a Grid too), else
     * the engine's DevTools command. Returns how, or nothing where neither exists (WebKitGTK, a user context): there the
     * recovery is a new, clean browser.
     */
    Optional<String> clearHttpCache() {
        if (bidi) {
            try {
                new Network(driver).setCacheBehavior(CacheBehavior.BYPASS);
                return Optional.of("BiDi network.setCacheBehavior: bypass");
            } catch (UnsupportedCommandException | BiDiException older) {
                // a driver whose BiDi predates network.setCacheBehavior: DevTools below, or a new browser
            }
        }
        return devToolsCacheClear.map(clear -> {
            clear.run();
            return "DevTools Network.clearBrowserCache";
        });
    }

    /** The time zone {@code zone} (an IANA name) for every tab of the default user context; false where there is no way. */
    boolean setTimeZone(String zone) {
        if (!bidi) {
            return false;
        }
        try {
            new Emulation(driver).setTimezoneOverride(new SetTimezoneOverrideParameters(zone).userContexts(List.of("default")));
            return true;
        } catch (UnsupportedCommandException | BiDiException older) {
            return false; // a driver whose BiDi predates emulation.setTimezoneOverride
        }
    }

    /** True when scripts can be injected before every page's own (BiDi preload scripts). */
    boolean canPreloadScripts() {
        return bidi;
    }

    void addPreloadScript(String source) {
        new Script(driver).addPreloadScript(source);
    }
}
