package io.sessionharness.browser;

import java.nio.file.Path;
import java.util.List;

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
                root.bool("bidi", false),
                root.strings("arguments"),
                root.stringMap("preferences"),
                root.string("install"));
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
}
