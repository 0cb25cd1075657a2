package io.sessionharness.scenarios.conditions;

import static io.sessionharness.assertions.SessionAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import io.qameta.allure.Story;

import io.sessionharness.browser.NetworkLog;
import io.sessionharness.report.Checks;
import io.sessionharness.report.Report;
import io.sessionharness.report.Requirement;
import io.sessionharness.scenario.Person;
import io.sessionharness.testng.ScenarioTest;

/**
 * Cached pages after the session ended — the Safari/WebKit trouble (its back-forward cache) and any browser's HTTP
 * cache: run it with -Dbrowser=webkit as well as on Chromium. Authenticated pages must be no-store, Back and a
 * re-opened address must ask the server, and the "empty your caches" advice must really recover.
 */
@Epic("Session expiry")
@Feature("Browser and network conditions")
@Story("Cached pages (Safari/WebKit)")
public class CacheScenarios extends ScenarioTest {

    @Severity(SeverityLevel.CRITICAL)
    @Checks({Requirement.ASVS_8_2_1, Requirement.WSTG_ATHN_06})
    @Test(groups = "smoke", description = "After sign-out, Back and re-opening the address show no account page from any cache,"
            + " and the account pages were sent no-store")
    public void afterSignOutNoCachedAccountPage() {
        Person alice = cast().person("alice");
        assertThat(alice.signIn()).isSignedIn();
        List<String> pages = profile().protectedPages();
        pages.forEach(page -> assertThat(alice.open(page)).isSignedIn());
        // A browser that records no network (WebKit, the engine this is most about) asks again from the page itself.
        List<NetworkLog.Exchange> askedFromThePage = alice.browser().recordsNetwork() ? List.of() : alice.scripts().askFor(pages);
        // While alice is signed in: which pages are the same document with her session and without one (a shell).
        Optional<io.sessionharness.scenario.HeldSession> held = alice.session().held();
        List<String> shells = pages.stream().filter(page -> shell(cast().site().url(page), held)).toList();
        assertThat(alice.signOut()).isSignedOutPage();

        assertThat(alice.goBack()).as("Back after sign-out").isNotSignedIn();
        assertThat(alice.open(pages.get(0))).as("the account page's address opened again after sign-out").isNotSignedIn();

        List<NetworkLog.Exchange> recorded = alice.browser().recordsNetwork() ? alice.browser().network().all() : askedFromThePage;
        List<NetworkLog.Exchange> accountAnswers = recorded.stream()
                .filter(answer -> pages.stream().anyMatch(page -> answer.url().endsWith(page)) && answer.status() == 200)
                .toList();
        Report.text("Cache-Control of the account pages", String.join("\n",
                accountAnswers.stream().map(a -> a.url() + "  " + a.headers().getOrDefault("cache-control", "(none)")).toList()));
        assertThat(accountAnswers).as("signed-in answers for the account pages").isNotEmpty();
        List<NetworkLog.Exchange> withoutNoStore = accountAnswers.stream().filter(answer -> !noStore(answer)).toList();
        java.util.function.Predicate<NetworkLog.Exchange> ofAShell = answer -> shells.stream().anyMatch(page -> answer.url().endsWith(page));
        List<String> storable = new java.util.ArrayList<>(withoutNoStore.stream().filter(ofAShell.negate())
                .map(answer -> answer.url() + " (Cache-Control: " + answer.headers().getOrDefault("cache-control", "none") + ")").distinct().toList());
        if (withoutNoStore.stream().anyMatch(ofAShell)) {
            // The account data of a shell comes from the answers its scripts asked for with the session: those must not be stored.
            String origin = cast().site().baseUrl().toString();
            // Asked with the session, and withheld from a stranger: the account's own data (a script or type file
            // everybody gets is not).
            List<NetworkLog.Exchange> asked = recorded.stream()
                    .filter(answer -> answer.method().equals("GET") && answer.url().startsWith(origin) && answer.status() == 200
                            && answer.credentialedData()).toList();
            // The stranger asks once per address, however often the scripts asked for it.
            java.util.Set<String> withheld = asked.stream().filter(answer -> !noStore(answer)).map(NetworkLog.Exchange::url).distinct()
                    .filter(url -> cast().stranger().withholds(url)).collect(java.util.stream.Collectors.toSet());
            List<NetworkLog.Exchange> data = asked.stream().filter(answer -> noStore(answer) || withheld.contains(answer.url())).toList();
            // A browser that records no network (WebKit) shows none of the scripts' answers: the shell's data cannot be judged.
            requireThat(alice.browser().recordsNetwork(), "the account pages are a shell and this browser records no network, so the"
                    + " answers carrying the account data cannot be judged here (run this scenario on Chromium or Firefox)");
            Report.text("Cache-Control of the answers that carried account data", data.isEmpty() ? "(none recorded)" : String.join("\n",
                    data.stream().map(a -> a.url() + "  " + a.headers().getOrDefault("cache-control", "(none)")).toList()));
            Report.step(data.isEmpty() ? "no answer carrying account data was recorded for the shell(s): only the pages were judged"
                    : data.size() + " answer(s) the shell's scripts asked for with the session: judged instead of the shell");
            data.stream().filter(answer -> !noStore(answer))
                    .map(answer -> answer.url() + " (account data for the shell; Cache-Control: " + answer.headers().getOrDefault("cache-control", "none") + ")")
                    .distinct().forEach(storable::add);
        }
        assertThat(storable).as("Signed-in pages are cacheable — authenticated content must not be stored (Cache-Control: no-store,"
                + " OWASP ASVS 8.2.1); sent without no-store").isEmpty();
    }

    private static boolean noStore(NetworkLog.Exchange answer) {
        return answer.headers().getOrDefault("cache-control", "").contains("no-store");
    }

    /**
     * A single-page app's shell: the very document a stranger without a session gets too (the same HTML once nonces and
     * CSRF values are set aside), its account content fetched by scripts — not authenticated content, so its
     * Cache-Control is not held against the site; the answers that carried the account data are judged instead.
     */
    private boolean shell(String url, Optional<io.sessionharness.scenario.HeldSession> held) {
        if (held.isEmpty() || !cast().stranger().servesTheSameDocumentWithAndWithout(url, held.get())) {
            return false;
        }
        Report.step(url.replace(cast().site().baseUrl().toString(), "/") + " is the same document with and without a session:"
                + " a shell whose content comes from the site's scripts, not authenticated content");
        return true;
    }

    @Severity(SeverityLevel.MINOR)
    @Checks(Requirement.WSTG_ATHN_06)
    @Test(groups = "smoke", description = "The 'empty your caches' recovery, automated (the HTTP cache bypassed through BiDi, a"
            + " new clean browser on WebKit): afterwards the account page asks the server and shows the sign-in page")
    public void emptyingTheCachesRecovers() {
        Person alice = cast().person("alice");
        assertThat(alice.signIn()).isSignedIn();
        assertThat(alice.openProtectedPage()).isSignedIn();
        assertThat(alice.signOut()).isSignedOutPage();
        cast().emptiesCaches(alice);
        assertThat(alice.openProtectedPage()).as("after emptying the caches").isNotSignedIn();
    }
}
