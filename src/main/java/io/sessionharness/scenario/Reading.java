package io.sessionharness.scenario;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import org.openqa.selenium.NoSuchElementException;

import io.sessionharness.network.LoopbackProxy;
import io.sessionharness.report.Report;

/** What a person reads off the page, and the surroundings they are in: their network, their time zone, their clock. */
final class Reading {

    private final Person person;
    private final Visits visits;

    Reading(Person person, Visits visits) {
        this.person = person;
        this.visits = visits;
    }

    /** The messages the page shows now ("Wrong username or password."), if any — what a person would read. */
    Optional<String> messagesShown() {
        return PageSummary.of(person.browser().page()).flatMap(PageSummary::messages);
    }

    /** How often {@code text} appears in the page's visible text. */
    int timesOnPage(String text) {
        String body = person.browser().page().text("body");
        int count = 0;
        for (int at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }

    /** True when the text is on the page (shown back, kept in a field), so it was not silently lost. */
    boolean seesText(String text) {
        return person.browser().page().text("body").contains(text) || person.browser().page().values("textarea, input[type=text]").contains(text);
    }

    /** Opens a public page (no session involved) and reads the text of {@code css} there. */
    String readsPublicPage(String path, String css) {
        return Report.step(person.name() + " reads " + path, rename -> {
            person.tabs().current();
            visits.navigate(path);
            String text = Waiting.upTo(person.stage().waitTimeout()).passingOver(NoSuchElementException.class)
                    .until(() -> person.browser().page().text(css));
            visits.note("reads " + path + ": " + text);
            rename.accept(person.name() + " reads " + path + " → " + text);
            return text;
        });
    }

    /** This person's network changes (Wi-Fi to a phone's hotspot): from now on the site sees them from {@code address}. */
    void changesNetwork(LoopbackProxy proxy, String address) {
        String name = person.name();
        Report.step(name + "'s network changes: the site now sees " + name + " from " + address + " (was " + proxy.outgoingAddress() + ")", () -> {
            proxy.leaveFrom(address);
            visits.note("network changes: now from " + address);
            return null;
        });
    }

    /**
     * The person's browser runs in the time zone {@code zone} from now on (BiDi {@code emulation.setTimezoneOverride});
     * the step says which zone the pages then report. False where the browser cannot (no BiDi of its own).
     */
    boolean livesInTimeZone(ZoneId zone) {
        if (!person.browser().setTimeZone(zone.getId())) {
            return false;
        }
        String name = person.name();
        return Report.step(name + "'s browser is in the time zone " + zone.getId(), rename -> {
            Object seen = person.browser().page().script("return Intl.DateTimeFormat().resolvedOptions().timeZone + ' ' + (-new Date().getTimezoneOffset());");
            person.stage().timeline().record(name, person.browser().label(), "time zone " + zone.getId() + " (pages report " + seen + " min)");
            rename.accept(name + "'s browser is in the time zone " + zone.getId() + " (BiDi emulation.setTimezoneOverride; pages report " + seen + " min)");
            return true;
        });
    }

    /** How far the page's clock (Date.now in a blank page of this browser) is from the harness's clock. */
    Duration pageClockOffset() {
        person.tabs().current();
        Object pageNow = person.browser().page().script("return Date.now();");
        return Duration.ofMillis(((Number) pageNow).longValue() - person.stage().clock().millis());
    }
}
