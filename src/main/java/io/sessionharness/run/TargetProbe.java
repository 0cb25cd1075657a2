package io.sessionharness.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.sessionharness.config.ConfigException;

/** Checks that a real target answers HTTP at all before any browser is started for it. */
public class TargetProbe {

    private final Duration timeout;

    public TargetProbe(Duration timeout) {
        this.timeout = timeout;
    }

    public void check(String target, URI baseUrl) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest request = HttpRequest.newBuilder(baseUrl).timeout(timeout).GET().build();
        try {
            client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new ConfigException("Target '" + target + "' is unreachable at " + baseUrl + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "): start the site or fix site.baseUrl");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigException("Target '" + target + "' check was interrupted");
        }
    }
}
