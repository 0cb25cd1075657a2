package io.sessionharness.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The targets and browsers one run covers: {@code -Dtarget=a,b} and {@code -Dbrowser=x,y} (or {@code SEH_TARGET},
 * {@code SEH_BROWSER}, the local file) make one suite per target × browser, side by side in one run. Every other option
 * is the run's, the same for each of them.
 */
public record RunMatrix(List<String> targets, List<String> browsers) {

    public RunMatrix {
        targets = List.copyOf(targets);
        browsers = List.copyOf(browsers);
    }

    /** The lists as the sources give them, in the order given; each empty name or name given twice is one line of bad input. */
    public static RunMatrix of(ConfigSources sources) {
        Problems problems = new Problems();
        List<String> targets = names(sources.lookup(ConfigKey.TARGET), problems);
        List<String> browsers = names(sources.lookup(ConfigKey.BROWSER), problems);
        problems.throwIfAny();
        return new RunMatrix(targets, browsers);
    }

    private static List<String> names(ConfigSources.ResolvedValue value, Problems problems) {
        String where = value.key().property() + " = '" + value.value() + "' (" + value.origin() + "): ";
        LinkedHashSet<String> names = new LinkedHashSet<>();
        boolean empty = false;
        for (String part : value.value().split(",", -1)) {
            if (part.isBlank()) {
                empty = true;
            } else if (!names.add(part.strip())) {
                problems.add(where + "'" + part.strip() + "' is listed twice; give each name once");
            }
        }
        if (empty) {
            problems.add(where + "an empty name in the list; give names separated by commas, such as staging,preprod");
        }
        return List.copyOf(names);
    }

    /** One target with one browser: a run as it always was. */
    public boolean single() {
        return targets.size() == 1 && browsers.size() == 1;
    }

    /** Each target × browser as the options that make it ({@code target}, {@code browser}), targets first. */
    public List<Map<String, String>> combinations() {
        List<Map<String, String>> combinations = new ArrayList<>();
        for (String target : targets) {
            for (String browser : browsers) {
                Map<String, String> options = new LinkedHashMap<>();
                options.put(ConfigKey.TARGET.property(), target);
                options.put(ConfigKey.BROWSER.property(), browser);
                combinations.add(options);
            }
        }
        return combinations;
    }

    /** How one combination is named in logs, suite names and problem lines: "staging on chromium-headless". */
    public static String describe(Map<String, String> combination) {
        return combination.get(ConfigKey.TARGET.property()) + " on " + combination.get(ConfigKey.BROWSER.property());
    }

    /** The configuration of each combination, in {@link #combinations()} order (one: the sources' as they are). */
    public List<HarnessConfig> configs(ConfigSources sources) {
        return combinations().stream().map(options -> configOf(sources, options)).toList();
    }

    /** The configuration of one combination; in a run of one, the sources as they are (each option's origin kept). */
    private HarnessConfig configOf(ConfigSources sources, Map<String, String> combination) {
        return HarnessConfig.resolve(single() ? sources : sources.withProperties(combination));
    }

    /** The first combination's configuration: where only the run's own options matter (slots, retries, results). */
    static HarnessConfig firstOf(ConfigSources sources) {
        RunMatrix matrix = of(sources);
        return matrix.configOf(sources, matrix.combinations().get(0));
    }

    /** How many of the combinations are against {@code target} (they share its listed accounts). */
    public int browsersPer(String target) {
        return targets.contains(target) ? browsers.size() : 0;
    }
}
