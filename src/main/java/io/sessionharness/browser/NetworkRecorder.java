package io.sessionharness.browser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    private static final Duration PLAUSIBLE_DELIVERY_LAG = Duration.ofSeconds(10);

    private final Network network;

    private NetworkRecorder(Network network) {
        this.network = network;
    }

    static NetworkRecorder attach(WebDriver driver, NetworkLog log, Clock clock) {
        Network network = new Network(driver);
        network.onResponseCompleted(details -> record(details, log, clock));
        return new NetworkRecorder(network);
    }

    /**
     * One subscription for a browser shared by several people (BiDi user contexts): each answer goes to the log of
     * the browsing context it belongs to ({@code route}); answers of unknown contexts are dropped.
     */
    static NetworkRecorder attachRouted(WebDriver driver, java.util.function.Function<String, java.util.Optional<NetworkLog>> route, Clock clock) {
        Network network = new Network(driver);
        network.onResponseCompleted(details -> route.apply(details.getBrowsingContextId()).ifPresent(log -> record(details, log, clock)));
        return new NetworkRecorder(network);
    }

    private static void record(ResponseDetails details, NetworkLog log, Clock clock) {
        ResponseData response = details.getResponseData();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue().getValue());
        }
        Map<String, List<String>> sent = new LinkedHashMap<>();
        for (Header header : details.getRequest().getHeaders()) {
            sent.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue().getValue());
        }
        NetworkLog.sawRequestHeaders(sent);
        boolean credentials = sent.keySet().stream().anyMatch(name -> name.equalsIgnoreCase("cookie") || name.equalsIgnoreCase("authorization"))
                || !details.getRequest().getCookies().isEmpty();
        String initiator = details.getRequest().getInitiatorType();
        log.record(when(details, clock), details.getRequest().getMethod(), response.getUrl(), response.getStatus(), response.isFromCache(), headers,
                new NetworkLog.Sent(credentials, initiator == null || initiator.isBlank() ? details.getRequest().getDestination() : initiator));
    }

    /**
     * When the browser saw the answer: its own event time, which does not lag like event delivery does on a busy
     * machine. A browser whose clock is shifted (clock-skew scenarios) gets the receipt time instead.
     */
    private static Instant when(ResponseDetails details, Clock clock) {
        Instant received = clock.instant();
        Instant happened = Instant.ofEpochMilli(details.getTimestamp());
        return Duration.between(happened, received).abs().compareTo(PLAUSIBLE_DELIVERY_LAG) <= 0 ? happened : received;
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
