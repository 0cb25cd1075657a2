package io.sessionharness.browser;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conditions one person's browser starts with: which cookies it keeps, whether its clock is wrong, whether it
 * reaches the site through a proxy. The default is a plain browser.
 *
 * @param clockSkew how far the browser's clock is off (positive: ahead); zero for a correct clock
 * @param proxy     an HTTP proxy every request goes through (loopback sites included)
 */
public record BrowserSetup(Cookies cookies, Duration clockSkew, Optional<URI> proxy) {

    public static final BrowserSetup PLAIN = new BrowserSetup(Cookies.ALL, Duration.ZERO, Optional.empty());

    /** Which cookies the browser keeps. */
    public enum Cookies {
        ALL,
        NONE
    }

    public BrowserSetup withCookies(Cookies policy) {
        return new BrowserSetup(policy, clockSkew, proxy);
    }

    public BrowserSetup withClockSkew(Duration skew) {
        return new BrowserSetup(cookies, skew, proxy);
    }

    public BrowserSetup withProxy(URI proxyUrl) {
        return new BrowserSetup(cookies, clockSkew, Optional.of(proxyUrl));
    }

    public boolean plain() {
        return equals(PLAIN);
    }

    /** The browser features this setup needs beyond a plain browser. */
    public List<BrowserFeature> needs() {
        List<BrowserFeature> needs = new ArrayList<>();
        if (cookies != Cookies.ALL) {
            needs.add(BrowserFeature.BLOCK_COOKIES);
        }
        if (!clockSkew.isZero()) {
            needs.add(BrowserFeature.CLOCK_SKEW);
        }
        return needs;
    }

    /** For the timeline: "cookies blocked, clock +2h, via proxy http://…". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        switch (cookies) {
            case NONE -> parts.add("all cookies blocked");
            default -> { }
        }
        if (!clockSkew.isZero()) {
            parts.add("clock " + (clockSkew.isNegative() ? "-" : "+") + clockSkew.abs().toMinutes() + " min");
        }
        proxy.ifPresent(p -> parts.add("via proxy " + p));
        return parts.isEmpty() ? "plain" : String.join(", ", parts);
    }
}
