package io.sessionharness.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import io.sessionharness.config.Durations;
import io.sessionharness.report.Redactor;
import io.sessionharness.report.Report;
import io.sessionharness.site.Site;

/** A person's time away and time at work: idling from their last contact with the site, and working on at a steady pace. */
final class Idling {

    private final Person person;
    private final Site site;
    private final Visits visits;
    private final SessionClock clock;

    Idling(Person person, Site site, Visits visits, SessionClock clock) {
        this.person = person;
        this.site = site;
        this.visits = visits;
        this.clock = clock;
    }

    /** Does nothing for {@code length}, counted from this person's last contact with the site. */
    void stayIdle(Duration length) {
        String name = person.name();
        Stage stage = person.stage();
        Report.step(name + " stays idle " + Durations.format(length), rename -> {
            if (site.policy().pageKeepsAlive()) {
                // The site's pages keep the session alive on purpose: the person idles away from them.
                Instant leaving = stage.clock().instant();
                person.browser().page().go("about:blank");
                // Until it was left, the page may have told the server it is still there: idle counts from its last
                // request — not from the moment the blank page loaded, which on a busy machine can be seconds later
                // than the last request the server saw (the idle would look shorter than it was: "expired too early").
                Instant since = clock.lastContact() == null ? leaving : clock.lastContact();
                clock.contact(person.browser().recordsNetwork()
                        ? SessionClock.lastServerContact(person.browser().network().since(since), site.baseUrl()).orElse(since)
                        : stage.clock().instant());
                visits.note("leaves the site for a blank page (the target declares that its pages keep the session alive)");
            }
            Instant from = clock.lastContact() == null ? stage.clock().instant() : clock.lastContact();
            Instant idleStarted = stage.clock().instant();
            stage.timeline().record(name, person.browser().label(), "starts " + Durations.format(length) + " idle");
            stage.idle().stay(name, from, length, clock.backWithinTheIdleTimeout(from, length), person.browser()::keepAlive);
            stage.timeline().idle(visits.where(), from);
            Optional<String> activity = pageActivitySince(idleStarted);
            visits.pageActivityWhileIdle(activity);
            activity.ifPresent(said -> {
                visits.note(said);
                rename.accept(name + " stays idle " + Durations.format(length) + " — but " + said);
            });
            return null;
        });
    }

    /** "during the idle period the page sent 6 requests to /api/ping": what the open page told the server by itself. */
    private Optional<String> pageActivitySince(Instant since) {
        List<io.sessionharness.browser.NetworkLog.Exchange> sent = person.browser().network().since(since).stream()
                .filter(e -> !e.url().endsWith("/favicon.ico")).toList();
        if (sent.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> byPath = sent.stream().collect(Collectors.groupingBy(
                e -> Redactor.mask(visits.relative(e.url()).replaceAll("[?#].*$", "")), LinkedHashMap::new, Collectors.counting()));
        return Optional.of("during the idle period the page sent " + sent.size() + " request(s) to the site by itself ("
                + byPath.entrySet().stream().map(e -> e.getValue() + " × " + e.getKey()).collect(Collectors.joining(", "))
                + "), which keeps a session alive");
    }

    /**
     * Keeps working (opens the protected page every {@code every}) while {@code going} holds and the site still shows
     * the signed-in page — e.g. while another device signs in, so that this one does not idle out meanwhile.
     */
    List<PageVisit> keepWorkingWhile(Duration every, BooleanSupplier going) {
        String path = site.profile().firstProtectedPage();
        String name = person.name();
        return Report.step(name + " keeps working: opens " + path + " every " + Durations.format(every), rename -> {
            List<PageVisit> visited = new ArrayList<>();
            PageVisit last;
            do {
                person.stage().idle().stay(name, clock.lastContact(), every, clock.backWithinTheIdleTimeout(clock.lastContact(), every), () -> { });
                visited.add(last = visits.visit(path));
            } while (last.signedIn() && going.getAsBoolean());
            rename.accept(name + " keeps working: " + visited.size() + " visits to " + path + " every " + Durations.format(every)
                    + ", last at " + last.sinceSignIn().map(Durations::format).orElse("?") + " after sign-in → " + last.state().description());
            visits.screenshot("last visit → " + last.state().description());
            return visited;
        });
    }
}
