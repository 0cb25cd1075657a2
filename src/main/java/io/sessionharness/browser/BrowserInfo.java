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
        return new BrowserInfo(known(caps.getBrowserName()), known(caps.getBrowserVersion()), driverVersion);
    }

    private static String known(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank()).orElse("unknown");
    }
}
