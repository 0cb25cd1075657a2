package io.sessionharness.browser;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The engines a profile may name. A new engine is one class implementing {@link BrowserEngine}, registered here.
 * Each run gets its own engine instance (it may own shared parts such as a virtual display).
 */
public final class BrowserEngines {

    private static final Map<String, Supplier<BrowserEngine>> ENGINES = Map.of(
            "chromium", ChromiumEngine::chromium,
            "edge", ChromiumEngine::edge,
            "firefox", FirefoxEngine::new,
            "webkit", WebKitEngine::new,
            "safari", SafariEngine::new);

    private BrowserEngines() {
    }

    public static List<String> known() {
        return ENGINES.keySet().stream().sorted().toList();
    }

    public static BrowserEngine create(BrowserProfile profile) {
        Supplier<BrowserEngine> engine = ENGINES.get(profile.engine());
        if (engine == null) {
            throw new IllegalArgumentException("no engine '" + profile.engine() + "'");
        }
        return engine.get();
    }
}
