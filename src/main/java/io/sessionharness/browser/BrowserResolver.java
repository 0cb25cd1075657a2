package io.sessionharness.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.sessionharness.config.ConfigException;
import io.sessionharness.config.HarnessConfig;

/**
 * Finds the browser binary and its driver for a profile, in one order: explicit path (option) → profile's candidate
 * paths and the PATH → WebDriverManager. When nothing works the error names what to install.
 */
public final class BrowserResolver {

    private final List<Path> searchPath;
    private final DriverDownloader downloader;

    public BrowserResolver(List<Path> searchPath, DriverDownloader downloader) {
        this.searchPath = List.copyOf(searchPath);
        this.downloader = downloader;
    }

    public static BrowserResolver ofProcess() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return new BrowserResolver(java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .filter(p -> !p.isBlank()).map(Path::of).toList(), new WebDriverManagerDownloader());
    }

    public ResolvedBrowser resolve(BrowserProfile profile, HarnessConfig config) {
        Path binary = binary(profile, config.browserBinary());
        if (profile.needsVirtualDisplay() && firstExisting(List.of(), "Xvfb").isEmpty()) {
            throw new ConfigException("Browser profile '" + profile.name() + "' needs a virtual display, and Xvfb is not installed: "
                    + "sudo apt-get install -y xvfb");
        }
        if (config.driverPath().isPresent()) {
            return new ResolvedBrowser(profile, binary, explicit(config.driverPath().get(), "driver.path"), "driver.path");
        }
        Optional<Path> system = firstExisting(profile.driverCandidates(), profile.driverExecutable());
        if (system.isPresent()) {
            return new ResolvedBrowser(profile, binary, system.get(), "system");
        }
        StringBuilder failure = new StringBuilder();
        if (profile.webDriverManager()) {
            Optional<Path> downloaded = downloader.download(profile, binary, failure);
            if (downloaded.isPresent()) {
                return new ResolvedBrowser(profile, binary, downloaded.get(), "WebDriverManager");
            }
        }
        throw new ConfigException("Browser profile '" + profile.name() + "' needs " + profile.driverExecutable()
                + ", which is not installed" + (failure.length() > 0 ? " (WebDriverManager: " + failure + ")" : "")
                + ": " + profile.installHint() + " — or set -Ddriver.path=/path/to/" + profile.driverExecutable());
    }

    private Path binary(BrowserProfile profile, Optional<Path> explicitBinary) {
        if (explicitBinary.isPresent()) {
            return explicit(explicitBinary.get(), "browser.binary");
        }
        if (profile.binaryCandidates().isEmpty()) {
            throw new ConfigException("drivers-config/" + profile.name() + ".yaml: 'binary' lists no candidate browser executables");
        }
        return profile.binaryCandidates().stream()
                .map(candidate -> locate(candidate))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new ConfigException("Browser profile '" + profile.name() + "' needs its browser, which is not installed (looked for "
                        + String.join(", ", profile.binaryCandidates()) + "): " + profile.installHint()
                        + " — or set -Dbrowser.binary=/path/to/browser"));
    }

    private Optional<Path> firstExisting(List<String> candidates, String executable) {
        return java.util.stream.Stream.concat(candidates.stream(), java.util.stream.Stream.of(executable))
                .map(this::locate)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** An absolute path if it is an executable file, or a bare name looked up on the PATH. */
    private Optional<Path> locate(String candidate) {
        Path path = Path.of(candidate);
        if (path.isAbsolute() || candidate.contains("/")) {
            return Optional.of(path).filter(BrowserResolver::isExecutable);
        }
        return searchPath.stream().map(dir -> dir.resolve(candidate)).filter(BrowserResolver::isExecutable).findFirst();
    }

    private static Path explicit(Path path, String option) {
        if (!isExecutable(path)) {
            throw new ConfigException(option + " = " + path + ": no executable file there");
        }
        return path;
    }

    private static boolean isExecutable(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }
}
