package io.sessionharness.browser;

import java.nio.file.Path;
import java.util.Optional;

/** The last resort for finding a driver: WebDriverManager (which needs the network or its cache). */
@FunctionalInterface
public interface DriverDownloader {

    /** The driver for this browser binary, or empty with the reason recorded in {@code failure}. */
    Optional<Path> download(BrowserProfile profile, Path binary, StringBuilder failure);
}
