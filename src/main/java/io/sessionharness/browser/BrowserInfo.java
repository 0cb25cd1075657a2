package io.sessionharness.browser;

import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.Capabilities;

/** A browser's and its driver's versions, as the driver reported them when the session started (the report's environment). */
public record BrowserInfo(String name, String version, String driverVersion) {

    static BrowserInfo of(Capabilities caps) {
        String driverVersion = caps.asMap().values().stream()
                .filter(Map.class::isInstance)
                .map(Map.class::cast)
                .map(m -> m.get("chromedriverVersion"))
                .filter(v -> v != null)
                .map(v -> String.valueOf(v).split(" ")[0])
                .findFirst().orElse("unknown");
        return new BrowserInfo(Optional.ofNullable(caps.getBrowserName()).orElse("unknown"),
                Optional.ofNullable(caps.getBrowserVersion()).orElse("unknown"), driverVersion);
    }
}
