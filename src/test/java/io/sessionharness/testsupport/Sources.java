package io.sessionharness.testsupport;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import io.sessionharness.config.ConfigSources;

/** Builds {@link ConfigSources} for tests without touching the real environment. */
public final class Sources {

    private final Map<String, String> env = new HashMap<>();
    private final Properties system = new Properties();
    private final Properties file = new Properties();

    private Sources(Path home) {
        system.setProperty("harness.home", home.toString());
    }

    /** The project folder itself (the bundled profiles and suites). */
    public static Sources ofProject() {
        return new Sources(ProjectHome.path());
    }

    public static Sources of(Path home) {
        return new Sources(home);
    }

    public Sources env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Sources property(String name, String value) {
        system.setProperty(name, value);
        return this;
    }

    public Sources localFile(String name, String value) {
        file.setProperty(name, value);
        return this;
    }

    public ConfigSources build() {
        return new ConfigSources(env, system, file);
    }
}
