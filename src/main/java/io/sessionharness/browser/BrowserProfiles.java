package io.sessionharness.browser;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.sessionharness.config.ProfileFolder;
import io.sessionharness.config.ProfileNode;

/** Loads browser profiles from {@code drivers-config/<name>.yaml}. */
public final class BrowserProfiles {

    public static final String FOLDER = "drivers-config";

    private final ProfileFolder folder;

    public BrowserProfiles(Path home) {
        this.folder = new ProfileFolder(home.resolve(FOLDER), FOLDER, "browser profile");
    }

    public BrowserProfile load(String name) {
        ProfileNode root = folder.read(name);
        ProfileNode driver = root.requiredChild("driver");
        BrowserProfile profile = new BrowserProfile(
                root.optionalString("name").orElse(name),
                root.optionalString("description").orElse(""),
                engine(root),
                root.strings("binary"),
                driver.string("executable"),
                driver.strings("paths"),
                driver.bool("webdrivermanager", true),
                supports(root),
                root.strings("arguments"),
                root.stringMap("preferences"),
                root.string("install"),
                oneOf(root, "when-missing", "fail", List.of("fail", "skip")),
                sessions(root),
                oneOf(root, "display", "own", List.of("own", "xvfb")),
                root.optionalString("grid"),
                root.strings("embedded-only-arguments"),
                false);
        root.rejectUnknownKeys();
        return profile;
    }

    public List<String> available() {
        return folder.names();
    }

    private static String engine(ProfileNode root) {
        String engine = root.string("engine");
        if (!BrowserEngines.known().contains(engine)) {
            throw root.problem("engine", "'" + engine + "' is not supported; known engines: " + BrowserEngines.known());
        }
        return engine;
    }

    private static Set<BrowserFeature> supports(ProfileNode root) {
        Set<BrowserFeature> features = EnumSet.noneOf(BrowserFeature.class);
        for (String key : root.strings("supports")) {
            features.add(BrowserFeature.byKey(key).orElseThrow(() -> root.problem("supports",
                    "lists '" + key + "'; known: " + BrowserFeature.keys())));
        }
        if (features.contains(BrowserFeature.USER_CONTEXTS) && !features.contains(BrowserFeature.BIDI)) {
            throw root.problem("supports", "lists user-contexts, which needs bidi");
        }
        return features;
    }

    private static String oneOf(ProfileNode root, String key, String fallback, List<String> choices) {
        String value = root.optionalString(key).orElse(fallback);
        if (!choices.contains(value)) {
            throw root.problem(key, "is '" + value + "'; expected one of " + choices);
        }
        return value;
    }

    private static int sessions(ProfileNode root) {
        String value = root.optionalString("sessions").orElse("0");
        if (!value.matches("\\d{1,3}")) {
            throw root.problem("sessions", "is '" + value + "'; expected a number (0: no limit)");
        }
        return Integer.parseInt(value);
    }
}
