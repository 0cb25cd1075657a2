package io.sessionharness.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sessionharness.browser.BrowserProfiles;
import io.sessionharness.browser.BrowserResolver;
import io.sessionharness.browser.ResolvedBrowser;
import io.sessionharness.config.ConfigException;
import io.sessionharness.config.HarnessConfig;
import io.sessionharness.target.TargetProfile;
import io.sessionharness.target.TargetProfiles;

/**
 * Everything a run needs, checked before any browser starts: the suite exists, the browser and its driver are
 * installed, the target profile is valid and (for a real site) reachable. Any problem is one {@link ConfigException}.
 */
public record RunPlan(HarnessConfig config, Path suiteFile, ResolvedBrowser browser, TargetProfile target) {

    public static final String SUITES = "suites";

    public static RunPlan prepare(HarnessConfig config, BrowserResolver resolver, TargetProfiles targets, TargetProbe probe) {
        Path suiteFile = suiteFile(config);
        TargetProfile target = targets.load(config.target());
        ResolvedBrowser browser = resolver.resolve(new BrowserProfiles(config.home()).load(config.browser()), config);
        target.baseUrl().ifPresent(url -> probe.check(target.name(), url));
        return new RunPlan(config, suiteFile, browser, target);
    }

    public static RunPlan prepare(HarnessConfig config) {
        return prepare(config, BrowserResolver.ofProcess(), TargetProfiles.ofProcess(config.home()), new TargetProbe(config.waitTimeout()));
    }


    private static Path suiteFile(HarnessConfig config) {
        Path folder = config.home().resolve(SUITES);
        Path file = folder.resolve(config.suite() + ".xml");
        if (!Files.isRegularFile(file)) {
            List<String> known;
            try (var files = Files.list(folder)) {
                known = files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".xml"))
                        .map(f -> f.substring(0, f.length() - 4)).sorted().toList();
            } catch (java.io.IOException e) {
                known = List.of();
            }
            throw new ConfigException("Unknown suite '" + config.suite() + "': choose one of " + known + " (files in " + SUITES + "/)");
        }
        return file;
    }

    /** One line per fact, for the start-up log and the report's environment. */
    public Map<String, String> describe() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("suite", config.suite());
        lines.put("browser.profile", browser.profile().name());
        lines.put("browser.binary", browser.binary().toString());
        lines.put("driver", browser.driver() + " (" + browser.driverSource() + ")");
        lines.putAll(target.describe());
        lines.putAll(target.policy().describe());
        lines.put("threads", String.valueOf(config.threads()));
        return lines;
    }
}
