package io.sessionharness.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.json.Json;

/** One scenario's verdict as a run reported it (its status and failure message), read from the run's Allure results. */
record ActualVerdict(String status, String message) {

    /** Class.method → the last result the run wrote for it. */
    @SuppressWarnings("unchecked")
    static Map<String, ActualVerdict> byScenario(Path results) throws IOException {
        return byScenario(results, java.util.Optional.empty());
    }

    /** As {@link #byScenario(Path)}, with {@code target}: only the results of that target (a run over several). */
    static Map<String, ActualVerdict> byScenario(Path results, java.util.Optional<String> target) throws IOException {
        Map<String, ActualVerdict> byScenario = new LinkedHashMap<>();
        Map<String, Long> stops = new LinkedHashMap<>();
        Json json = new Json();
        try (Stream<Path> files = Files.list(results)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).sorted().toList()) {
                Map<String, Object> result = json.toType(Files.readString(file), Map.class);
                if (target.isPresent() && !target.get().equals(parameters(result).get("target"))) {
                    continue;
                }
                String fullName = String.valueOf(result.get("fullName"));
                String[] parts = fullName.split("\\.");
                if (parts.length < 2) {
                    continue;
                }
                String scenario = parts[parts.length - 2] + "." + parts[parts.length - 1];
                long stop = result.get("stop") instanceof Number n ? n.longValue() : 0;
                if (stops.getOrDefault(scenario, Long.MIN_VALUE) > stop) {
                    continue;
                }
                Object details = result.get("statusDetails");
                String message = details instanceof Map<?, ?> d && d.get("message") != null ? String.valueOf(d.get("message")) : "";
                stops.put(scenario, stop);
                byScenario.put(scenario, new ActualVerdict(String.valueOf(result.get("status")), message));
            }
        }
        return byScenario;
    }

    /** An Allure result's parameters by name ({@code browser}, {@code target}, …): the run summary reads them too. */
    static Map<String, String> parameters(Map<String, ?> result) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (result.get("parameters") instanceof java.util.List<?> list) {
            for (Object p : list) {
                if (p instanceof Map<?, ?> parameter) {
                    parameters.put(String.valueOf(parameter.get("name")), String.valueOf(parameter.get("value")));
                }
            }
        }
        return parameters;
    }

    String because() {
        String first = message.lines().findFirst().orElse("");
        return first.isBlank() ? "" : " (" + (first.length() > 200 ? first.substring(0, 200) + "…" : first) + ")";
    }
}
