package io.sessionharness.scenarios.people;

import static io.sessionharness.assertions.SessionAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import io.qameta.allure.Story;

import io.sessionharness.report.Checks;
import io.sessionharness.report.Requirement;
import io.sessionharness.scenario.Person;
import io.sessionharness.testng.ScenarioTest;

/**
 * Two people are two separate browsers' worth of state — whether each has a browser of their own or a BiDi user
 * context in a shared one (-Disolation=context): no cookie, storage or cached page crosses from one to the other.
 * Every multi-person scenario relies on this.
 */
@Epic("Session expiry")
@Feature("People, tabs and links")
@Story("Isolation between people")
public class IsolationScenarios extends ScenarioTest {

    @Severity(SeverityLevel.CRITICAL)
    @Checks(Requirement.WSTG_SESS_01)
    @Test(groups = "smoke", description = "Alice's session cookie and local storage are invisible to bob")
    public void peopleShareNoCookiesOrStorage() {
        Person alice = cast().person("alice");
        Person bob = cast().person("bob");
        assertThat(alice.signIn()).isSignedIn();
        alice.scripts().keepInLocalStorage("draft", "alice's unsent text");

        assertThat(bob.openProtectedPage()).as("bob, who never signed in").isNotSignedIn();
        String alicesCookie = alice.session().held().orElseThrow().fingerprint();
        assertThat(bob.session().held().map(c -> c.fingerprint())).as("bob's session cookie (fingerprint) next to alice's " + alicesCookie)
                .isNotEqualTo(java.util.Optional.of(alicesCookie));
        assertThat(bob.scripts().localStorageItem("draft")).as("bob's local storage for the site").isEmpty();
        assertThat(alice.scripts().localStorageItem("draft")).as("alice's own local storage").contains("alice's unsent text");
    }

    @Severity(SeverityLevel.MINOR)
    @Checks(Requirement.WSTG_ATHN_06)
    @Test(groups = "smoke", description = "A page alice's browser cached is not served from cache to bob")
    public void peopleShareNoHttpCache() {
        requireThat(profile().embedded(), "needs the embedded reference site's cacheable /cache-probe page");
        Person alice = cast().person("alice");
        Person bob = cast().person("bob");
        alice.readsPublicPage("/cache-probe", "#probe-number");
        String first = alice.scripts().fetch("/cache-probe", "probe-number");
        String again = alice.scripts().fetch("/cache-probe", "probe-number");
        // Without a working cache there is nothing to leak: WebKitGTK's automation sessions, for one, keep none.
        requireThat(again.equals(first), "this browser did not serve alice's second fetch of a page cacheable for an hour from its"
                + " cache (answers " + first + " then " + again + "): no HTTP cache to isolate");

        // The control: the same comparison sees a shared cache where there is one — alice's other tab gets her copy.
        alice.tabs().open();
        alice.readsPublicPage("/cache-probe", "#probe-number");
        assertThat(alice.scripts().fetch("/cache-probe", "probe-number"))
                .as("the page as a second tab of alice's own browser fetches it: her cached copy (so a shared cache would show)")
                .isEqualTo(first);

        bob.readsPublicPage("/cache-probe", "#probe-number");
        String bobs = bob.scripts().fetch("/cache-probe", "probe-number");
        assertThat(bobs).as("the page as bob's browser fetches it after alice cached it: bob's own copy, not alice's")
                .isNotEqualTo(first);
    }
}
