package io.sessionharness.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.openqa.selenium.json.Json;

import io.sessionharness.config.ConfigException;

/** Checks, before any browser starts, that a Selenium Grid answers and has a node ready to take sessions. */
public class GridProbe {

    private static final Pattern READY = Pattern.compile("\"ready\"\\s*:\\s*true");

    private final Duration timeout;

    @SuppressWarnings("unchecked")
    static int slotsFor(String status, String browserName) {
        try {
            Map<String, Object> root = new Json().toType(status, Json.MAP_TYPE);
            Map<String, Object> value = (Map<String, Object>) root.getOrDefault("value", Map.of());
            int slots = 0;
            for (Object node : (List<Object>) value.getOrDefault("nodes", List.of())) {
                for (Object slot : (List<Object>) ((Map<String, Object>) node).getOrDefault("slots", List.of())) {
                    Object stereotype = ((Map<String, Object>) slot).get("stereotype");
                    if (stereotype instanceof Map<?, ?> caps && browserName.equals(caps.get("browserName"))) {
                        slots++;
                    }
                }
            }
            return slots;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    public GridProbe(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Checks that the grid is ready and returns how many sessions its nodes offer for {@code browserName} (0 when
     * the status does not say, as some grid front-ends do not).
     */
    public int check(URI grid, String browserName) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        URI status = grid.resolve("/status");
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(status).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200 || !READY.matcher(answer.body()).find()) {
                throw new ConfigException("Selenium Grid at " + grid + " is not ready (" + status + " answered " + answer.statusCode()
                        + "): is a node registered for this browser?");
            }
            int slots = slotsFor(answer.body(), browserName);
            if (answer.body().contains("\"slots\"") && slots == 0) {
                throw new ConfigException("Selenium Grid at " + grid + " has no slot for browserName '" + browserName
                        + "': start a node for it (scripts/grid start offers chrome and MiniBrowser)");
            }
            return slots;
        } catch (IOException e) {
            throw new io.sessionharness.config.UnreachableException("Selenium Grid at " + grid + " is not reachable (" + e.getClass().getSimpleName()
                    + "): start it (scripts/grid start) or fix grid.url");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigException("interrupted while checking the Selenium Grid at " + grid);
        }
    }
}
