package io.sessionharness.browser;

import java.util.List;
import java.util.Map;

/** The engines a profile may name. A new engine is one class implementing {@link BrowserEngine}, registered here. */
public final class BrowserEngines {

    private static final Map<String, BrowserEngine> ENGINES = Map.of("chromium", new ChromiumEngine());

    private BrowserEngines() {
    }

    public static List<String> known() {
        return ENGINES.keySet().stream().sorted().toList();
    }

    public static BrowserEngine forProfile(BrowserProfile profile) {
        BrowserEngine engine = ENGINES.get(profile.engine());
        if (engine == null) {
            throw new IllegalArgumentException("no engine '" + profile.engine() + "'");
        }
        return engine;
    }
}
