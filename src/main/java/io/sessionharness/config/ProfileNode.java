package io.sessionharness.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A strict view of one YAML mapping in a profile file: typed getters that name the file and key on error,
 * and a check that every key present was understood (typos are errors, not silently ignored).
 */
public final class ProfileNode {

    private final String file;
    private final String path;
    private final Map<String, Object> values;
    private final Set<String> read = new LinkedHashSet<>();
    private final List<ProfileNode> children = new ArrayList<>();

    private ProfileNode(String file, String path, Map<String, Object> values) {
        this.file = file;
        this.path = path;
        this.values = values;
    }

    public static ProfileNode load(Path file, String displayName) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return read(reader, displayName);
        } catch (IOException e) {
            throw new ConfigException(displayName + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** A profile written by the harness itself (the draft suite's provisional target), read like a file. */
    public static ProfileNode parse(String yaml, String displayName) {
        return read(new java.io.StringReader(yaml), displayName);
    }

    private static ProfileNode read(Reader reader, String displayName) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);   // a key given twice is a mistake, never "the last one wins"
            org.yaml.snakeyaml.DumperOptions dumping = new org.yaml.snakeyaml.DumperOptions();   // unused: the constructor wants one
            Object document = new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(dumping), dumping, options,
                    new Yaml12Resolver()).load(reader);
            if (document == null) {
                throw new ConfigException(displayName + ": the file is empty");
            }
            return new ProfileNode(displayName, "", asMap(document, displayName, "the document"));
        } catch (YAMLException e) {
            throw new ConfigException(displayName + ": malformed YAML — " + oneLine(e.getMessage()), e);
        }
    }

    /** Declares the keys this mapping may have, so a typo is reported even when reading stops at another problem. */
    public ProfileNode known(String... keys) {
        read.addAll(List.of(keys));
        return this;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public String string(String key) {
        return optionalString(key).orElseThrow(() -> problem(key, "is required"));
    }

    public Optional<String> optionalString(String key) {
        Object value = take(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map || value instanceof List) {
            throw problem(key, "expected a single value, found " + (value instanceof Map ? "a mapping" : "a list"));
        }
        return Optional.of(String.valueOf(value));
    }

    public boolean bool(String key, boolean fallback) {
        Object value = take(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw problem(key, "expected true or false, found '" + value + "'");
    }

    public Duration duration(String key) {
        return optionalDuration(key).orElseThrow(() -> problem(key, "is required (a duration such as 15m or 4s)"));
    }

    public Optional<Duration> optionalDuration(String key) {
        return optionalString(key).map(text -> {
            try {
                return Durations.parse(text);
            } catch (IllegalArgumentException e) {
                throw problem(key, e.getMessage());
            }
        });
    }

    public List<String> strings(String key) {
        Object value = take(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            List<String> result = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof Map || item instanceof List) {
                    throw problem(key, "expected a list of plain values");
                }
                result.add(String.valueOf(item));
            }
            return List.copyOf(result);
        }
        return List.of(String.valueOf(value));
    }

    public Map<String, String> stringMap(String key) {
        Object value = take(key);
        if (value == null) {
            return Map.of();
        }
        Map<String, Object> map = asMap(value, file, qualified(key));
        Map<String, String> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(k, String.valueOf(v)));
        return result;
    }

    public Optional<ProfileNode> child(String key) {
        Object value = take(key);
        if (value == null) {
            return Optional.empty();
        }
        ProfileNode child = new ProfileNode(file, qualified(key), asMap(value, file, qualified(key)));
        children.add(child);
        return Optional.of(child);
    }

    public ProfileNode requiredChild(String key) {
        return child(key).orElseThrow(() -> problem(key, "is required"));
    }

    /** True when the value under the key is a mapping (without counting the key as read). */
    public boolean isMap(String key) {
        return values.get(key) instanceof Map<?, ?>;
    }

    /** True when the value under the key is a list (without counting the key as read). */
    public boolean isList(String key) {
        return values.get(key) instanceof List<?>;
    }

    public List<ProfileNode> children(String key) {
        Object value = take(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw problem(key, "expected a list");
        }
        List<ProfileNode> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String itemPath = qualified(key) + "[" + i + "]";
            ProfileNode child = new ProfileNode(file, itemPath, asMap(list.get(i), file, itemPath));
            children.add(child);
            result.add(child);
        }
        return result;
    }

    /** Call after reading: every key in the file must have been read by someone. Lists them all, one per line. */
    public void rejectUnknownKeys() {
        List<String> unknown = unknownKeys();
        if (!unknown.isEmpty()) {
            throw new ConfigException(String.join("\n", unknown));
        }
    }

    private List<String> unknownKeys() {
        List<String> unknown = new ArrayList<>();
        for (String key : values.keySet()) {
            if (!read.contains(key)) {
                unknown.add(file + ": unknown key '" + qualified(key) + "'"
                        + (path.isEmpty() ? "" : " (known here: " + String.join(", ", read) + ")"));
            }
        }
        children.forEach(child -> unknown.addAll(child.unknownKeys()));
        return unknown;
    }

    public ConfigException problem(String key, String what) {
        return new ConfigException(file + ": " + qualified(key) + " " + what);
    }

    public String file() {
        return file;
    }

    private Object take(String key) {
        read.add(key);
        return values.get(key);
    }

    private String qualified(String key) {
        return path.isEmpty() || key.isEmpty() ? path + key : path + "." + key;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String file, String where) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new ConfigException(file + ": " + where + " must be a mapping of key: value");
        }
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw new ConfigException(file + ": " + where + " has a key that is not text: " + key);
            }
        }
        return new LinkedHashMap<>((Map<String, Object>) map);
    }

    private static String oneLine(String message) {
        return message == null ? "unknown error" : message.replaceAll("\\s+", " ").trim();
    }
}
