package io.sessionharness.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** The places an option can come from, asked in the one documented order. */
public final class ConfigSources {

    public static final String LOCAL_FILE = "harness.local.properties";

    /** The order {@link #lookup} asks the sources in, for the start-up log. */
    public static final String ORDER = "-Dname=value, then the SEH_ environment variable, then " + LOCAL_FILE + ", then the default";

    private final Map<String, String> env;
    private final Properties systemProperties;
    private final Properties localFile;

    public ConfigSources(Map<String, String> env, Properties systemProperties, Properties localFile) {
        this.env = Map.copyOf(env);
        this.systemProperties = systemProperties;
        this.localFile = localFile;
    }

    /** The real process environment, system properties and the optional local file in the harness home. */
    public static ConfigSources ofProcess() {
        Properties system = System.getProperties();
        Path home = homeFrom(System.getenv(), system);
        return new ConfigSources(System.getenv(), system, readLocalFile(home.resolve(LOCAL_FILE)));
    }

    static Path homeFrom(Map<String, String> env, Properties system) {
        String home = firstNonBlank(system.getProperty("harness.home"), env.get("SEH_HOME"));   // -D first, as every option
        return Path.of(home == null ? "" : home).toAbsolutePath().normalize();
    }

    /**
     * The same sources with {@code options} (property names: {@code target}, {@code reference.defects}, …) given as if
     * with -D: how one suite of a TestNG run sets its own options (see the suite listener's {@code option.} parameters).
     */
    public ConfigSources withProperties(java.util.Map<String, String> options) {
        Properties copy = new Properties();
        copy.putAll(systemProperties);
        options.forEach(copy::setProperty);
        return new ConfigSources(env, copy, localFile);
    }

    public Path home() {
        return homeFrom(env, systemProperties);
    }

    /**
     * The value and where it came from, in the one order: what the command line says ({@code -D}) beats the
     * environment (a stale {@code SEH_TARGET} in a CI job never overrides it), which beats the local file, which beats
     * the default. Blank values count as unset so that empty Maven properties fall through.
     */
    public ResolvedValue lookup(ConfigKey key) {
        Optional<ResolvedValue> fromProperty = Optional.ofNullable(nonBlank(systemProperties.getProperty(key.property())))
                .map(v -> new ResolvedValue(key, v, "-D" + key.property()));
        if (key.systemPropertyOnly()) {
            return fromProperty.orElseGet(() -> new ResolvedValue(key, key.defaultValue(), "default"));
        }
        return fromProperty
                .or(() -> Optional.ofNullable(nonBlank(env.get(key.envVar())))
                        .map(v -> new ResolvedValue(key, v, "env " + key.envVar())))
                .or(() -> Optional.ofNullable(nonBlank(localFile.getProperty(key.property())))
                        .map(v -> new ResolvedValue(key, v, LOCAL_FILE)))
                .orElseGet(() -> new ResolvedValue(key, key.defaultValue(), "default"));
    }

    /**
     * One warning line per {@code -D} option or {@code SEH_} variable that is no option of the harness but is close
     * to one ({@code -Dtraget}, {@code SEH_BROWSERS}): a typo would otherwise be ignored without a word.
     */
    public java.util.List<String> nearMisses() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        java.util.Set<String> properties = java.util.Arrays.stream(ConfigKey.values()).map(ConfigKey::property)
                .collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> variables = java.util.Arrays.stream(ConfigKey.values()).map(ConfigKey::envVar)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        systemProperties.stringPropertyNames().stream().sorted().filter(name -> !properties.contains(name))
                .forEach(name -> NearMiss.closest(name, properties).ifPresent(known ->
                        lines.add("-D" + name + " is no option of the harness and is ignored; did you mean -D" + known + "?")));
        env.keySet().stream().sorted().filter(name -> name.startsWith("SEH_") && !variables.contains(name))
                .forEach(name -> NearMiss.closest(name, variables).ifPresent(known ->
                        lines.add(name + " is no variable of the harness and is ignored; did you mean " + known + "?")));
        return lines;
    }

    private static Properties readLocalFile(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new ConfigException(file + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }
        return properties;
    }

    private static String firstNonBlank(String first, String second) {
        return nonBlank(first) != null ? first : nonBlank(second);
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** One resolved option, with its origin for the start-up log and the report. */
    public record ResolvedValue(ConfigKey key, String value, String origin) {
    }
}
