package io.sessionharness.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.openqa.selenium.support.ui.FluentWait;

/**
 * The one way a person waits for the page (or the network log): poll every 50 ms up to a limit until a condition
 * gives a value — not null, not false —, passing over the failures named as expected meanwhile; at the limit,
 * Selenium's {@link org.openqa.selenium.TimeoutException}.
 */
final class Waiting {

    private static final Duration POLL = Duration.ofMillis(50);

    private final Duration limit;
    private final List<Class<? extends Throwable>> passedOver = new ArrayList<>();

    private Waiting(Duration limit) {
        this.limit = limit;
    }

    static Waiting upTo(Duration limit) {
        return new Waiting(limit);
    }

    /** Meanwhile, {@code kind} thrown by the condition means "not yet" (a page being replaced, an element not there yet). */
    Waiting passingOver(Class<? extends Throwable> kind) {
        passedOver.add(kind);
        return this;
    }

    /** The condition's first value that is neither null nor false. */
    <T> T until(Supplier<T> condition) {
        return new FluentWait<>(condition).withTimeout(limit).pollingEvery(POLL).ignoreAll(passedOver).until(Supplier::get);
    }
}
