package io.sessionharness.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

import io.sessionharness.config.ConfigException;

/** Checks, before any browser starts, that a Selenium Grid answers and has a node ready to take sessions. */
public class GridProbe {

    private static final Pattern READY = Pattern.compile("\"ready\"\\s*:\\s*true");

    private final Duration timeout;

    public GridProbe(Duration timeout) {
        this.timeout = timeout;
    }

    public void check(URI grid) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        URI status = grid.resolve("/status");
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(status).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200 || !READY.matcher(answer.body()).find()) {
                throw new ConfigException("Selenium Grid at " + grid + " is not ready (" + status + " answered " + answer.statusCode()
                        + "): is a node registered for this browser?");
            }
        } catch (IOException e) {
            throw new ConfigException("Selenium Grid at " + grid + " is not reachable (" + e.getClass().getSimpleName()
                    + "): start it (scripts/grid start) or fix grid.url");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigException("interrupted while checking the Selenium Grid at " + grid);
        }
    }
}
