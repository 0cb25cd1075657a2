package io.sessionharness.scenarios.conditions;

import static io.sessionharness.assertions.SessionAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
        assertThat(alice.signOut()).isSignedOutPage();

        assertThat(alice.goBack()).as("Back after sign-out").isNotSignedIn();
        assertThat(alice.open(pages.get(0))).as("the account page's address opened again after sign-out").isNotSignedIn();

        List<NetworkLog.Exchange> accountAnswers = (alice.browser().recordsNetwork() ? alice.browser().network().all() : askedFromThePage).stream()
                .filter(answer -> pages.stream().anyMatch(page -> answer.url().endsWith(page)) && answer.status() == 200)
                .toList();
        Report.text("Cache-Control of the account pages", String.join("\n",
                accountAnswers.stream().map(a -> a.url() + "  " + a.headers().getOrDefault("cache-control", "(none)")).toList()));
        assertThat(accountAnswers).as("signed-in answers for the account pages").isNotEmpty();
        List<String> storable = accountAnswers.stream().filter(answer -> !answer.headers().getOrDefault("cache-control", "").contains("no-store"))
                .filter(answer -> !publicShell(answer))
                .map(answer -> answer.url() + " (Cache-Control: " + answer.headers().getOrDefault("cache-control", "none") + ")").distinct().toList();
        assertThat(storable).as("Signed-in pages are cacheable — authenticated content must not be stored (Cache-Control: no-store,"
                + " OWASP ASVS 8.2.1); sent without no-store").isEmpty();
    }

    /**
     * A single-page app's shell: the very document (same ETag) a stranger without a session gets too, its account
     * content fetched by scripts — not authenticated content, so its Cache-Control is not held against the site.
     */
    private boolean publicShell(NetworkLog.Exchange answer) {
        String tag = answer.headers().get("etag");
        if (tag == null || !cast().stranger().entityTagOf(answer.url()).filter(tag::equals).isPresent()) {
            return false;
        }
        Report.step(answer.url().replace(cast().site().baseUrl().toString(), "/") + " is the same document for everyone (ETag " + tag
                + " without a session too): a shell whose content comes from the site's scripts, not authenticated content");
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
