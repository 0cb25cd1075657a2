package io.sessionharness.scenario;

import java.time.Duration;
import java.util.Optional;

import io.sessionharness.config.Durations;
import io.sessionharness.report.Redactor;
import io.sessionharness.report.Report;
import io.sessionharness.site.Features;

/** A person's part for the site's pre-expiry warning ({@code alice.expiryWarning()}): seeing it, timing it, answering it. */
public final class ExpiryWarning {

    private final Person person;

    ExpiryWarning(Person person) {
        this.person = person;
    }

    private Features.ExpiryWarning spec() {
        return person.site().profile().features().expiryWarning()
                .orElseThrow(() -> new IllegalStateException("the target profile describes no expiryWarning"));
    }

    /** Whether the warning shows now. */
    public boolean isShown() {
        return person.browser().page().shown(spec().warning());
    }

    /**
     * Opens the protected page and, with its page clock paused and run on ({@link Person#pageClock()}, installed
     * before), waits for the warning: how long after the page arrived it appeared, in page time — nothing when it did
     * not within {@code limit} of page time, or the page went elsewhere first.
     */
    public Optional<Duration> waitFor(Duration limit) {
        String path = person.site().profile().firstProtectedPage();
        String who = person.name();
        return Report.step(who + " opens " + path + " and waits for the expiry warning", rename -> {
            person.visits().visit(path);
            PageClock.Shown shown = person.pageClock().runUntilShown(spec().warning(), limit);
            if (shown.at().isEmpty()) {
                person.visits().screenshot("no expiry warning");
                rename.accept(who + " opens " + path + ": no expiry warning " + shown.leftFor().map(url -> "before the page went to " + Redactor.mask(url))
                        .orElse("within " + Durations.format(limit) + " (page time)"));
                return Optional.<Duration>empty();
            }
            person.visits().note("expiry warning shows " + Durations.format(shown.at().get()) + " (page time) after the page arrived");
            person.visits().screenshot("expiry warning");
            rename.accept(who + " sees the expiry warning " + Durations.format(shown.at().get()) + " (page time) after opening " + path);
            return shown.at();
        });
    }

    /** Presses "Stay signed in" and waits until the warning is gone; that is contact with the site. */
    public void staySignedIn() {
        Report.step(person.name() + " presses 'Stay signed in'", () -> {
            person.browser().page().click(spec().staySignedIn());
            Waiting.upTo(person.stage().waitTimeout()).until(() -> !isShown());
            person.clock().contactNow();
            person.visits().note("presses 'Stay signed in'");
            return null;
        });
    }
}
