package io.sessionharness.scenarios.conditions;

import static io.sessionharness.assertions.SessionAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import io.qameta.allure.Story;

import io.sessionharness.browser.BrowserSetup;
import io.sessionharness.network.LoopbackProxy;
import io.sessionharness.report.Checks;
import io.sessionharness.report.Requirement;
import io.sessionharness.scenario.PageVisit;
import io.sessionharness.scenario.Person;
import io.sessionharness.testng.ScenarioTest;

/**
 * The person's network: a proxy in between, an address that changes mid-session. The browser reaches the site
 * through a forwarding proxy on 127.0.0.1 whose outgoing address the scenario switches (127.0.0.2 → 127.0.0.3).
 */
@Epic("Session expiry")
@Feature("Browser and network conditions")
@Story("Network address changes")
public class NetworkScenarios extends ScenarioTest {

    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.OWASP_SESSION_BINDING)
    @Test(groups = "smoke", description = "Through an HTTP/1.1 proxy, sign-in, work and sign-out behave as without one")
    public void throughAProxyTheSessionBehavesAsWithout() {
        LoopbackProxy proxy = cast().proxyFrom("127.0.0.2");
        Person erin = cast().person("erin", BrowserSetup.PLAIN.withProxy(proxy.url()));
        assertThat(erin.signIn()).isSignedInDespite("an HTTP proxy between browser and site");
        assertThat(erin.openProtectedPage()).isSignedIn();
        assertThat(erin.signOut()).isSignedOutPage();
        assertThat(erin.openProtectedPage()).isNotSignedIn();
        if (cast().site().baseUrl().getScheme().equals("https")) {
            assertThat(proxy.tunnelled()).as("HTTPS tunnels opened through the proxy (the browser really used it)").isGreaterThan(0);
        } else {
            assertThat(proxy.forwarded()).as("requests that went through the proxy (the browser really used it)").isGreaterThan(3);
        }
    }

    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.OWASP_SESSION_BINDING)
    @Test(groups = "smoke", description = "The client's address changes mid-session: the declared bindsToIp rule holds — a clear"
            + " expiry page where the session is bound to its address, the session kept where it is not")
    public void addressChangeFollowsTheDeclaredBinding() {
        requireThat(policy().bindsToIp().isPresent(), "the target does not declare policy.bindsToIp (true or false)");
        LoopbackProxy proxy = cast().proxyFrom("127.0.0.2");
        Person erin = cast().person("erin", BrowserSetup.PLAIN.withProxy(proxy.url()));
        assertThat(erin.signIn()).isSignedInDespite("an HTTP proxy between browser and site");
        assertThat(erin.openProtectedPage()).as("still on the first network").isSignedIn();

        erin.changesNetwork(proxy, "127.0.0.3");
        PageVisit afterMove = erin.openProtectedPage();
        if (policy().bindsToIp().get()) {
            assertThat(afterMove).isEndedByTheRule("policy.bindsToIp: true, and the client's address changed");
        } else {
            assertThat(afterMove).as("the session is declared independent of the address (bindsToIp: false)").isSignedIn();
        }
    }
}
