package io.sessionharness.testsupport;

import java.nio.file.Path;

/** The project folder: Maven passes it as harness.home; an IDE run starts there. */
public final class ProjectHome {

    private ProjectHome() {
    }

    public static Path path() {
        String home = System.getProperty("harness.home");
        return Path.of(home == null ? "" : home).toAbsolutePath().normalize();
    }
}
