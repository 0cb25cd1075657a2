package io.sessionharness.browser;

import java.nio.file.Path;
import java.util.Optional;

import io.github.bonigarcia.wdm.WebDriverManager;

/** Asks WebDriverManager for a driver that matches the browser binary; it needs the network or a filled cache. */
final class WebDriverManagerDownloader implements DriverDownloader {

    private static final int TIMEOUT_SECONDS = 20;

    @Override
    public Optional<Path> download(BrowserProfile profile, Path binary, StringBuilder failure) {
        try {
            Optional<WebDriverManager> engineManager = BrowserEngines.create(profile).webDriverManager();
            if (engineManager.isEmpty()) {
                failure.append("no WebDriverManager for engine ").append(profile.engine());
                return Optional.empty();
            }
            WebDriverManager manager = engineManager.get()
                    .browserBinary(binary.toString())
                    .avoidShutdownHook()
                    .avoidExport()
                    .timeout(TIMEOUT_SECONDS);
            manager.setup();
            return Optional.ofNullable(manager.getDownloadedDriverPath()).map(Path::of);
        } catch (RuntimeException e) {
            failure.append(e.getClass().getSimpleName()).append(": ")
                    .append(String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return Optional.empty();
        }
    }
}
