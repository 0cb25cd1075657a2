package io.sessionharness.browser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.bidi.network.Header;
import org.openqa.selenium.bidi.network.ResponseData;
import org.openqa.selenium.bidi.network.ResponseDetails;

/** Subscribes a {@link NetworkLog} to a BiDi-capable browser's completed responses. Observes only: never intercepts. */
final class NetworkRecorder implements AutoCloseable {

    private final Network network;

    private NetworkRecorder(Network network) {
        this.network = network;
    }

    static NetworkRecorder attach(WebDriver driver, NetworkLog log, Clock clock) {
        Network network = new Network(driver);
        network.onResponseCompleted(details -> record(details, log, clock));
        return new NetworkRecorder(network);
    }

    private static void record(ResponseDetails details, NetworkLog log, Clock clock) {
        ResponseData response = details.getResponseData();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue().getValue());
        }
        log.record(clock.instant(), details.getRequest().getMethod(), response.getUrl(), response.getStatus(), response.isFromCache(), headers);
    }

    @Override
    public void close() {
        try {
            network.close();
        } catch (RuntimeException e) {
            // the browser is going away; its event subscription goes with it
        }
    }
}
