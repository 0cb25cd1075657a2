package io.sessionharness.scenarios.people;

import static io.sessionharness.assertions.SessionAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import io.qameta.allure.Story;

import io.sessionharness.report.Checks;
import io.sessionharness.report.Report;
import io.sessionharness.report.Requirement;
import io.sessionharness.scenario.PageVisit;
import io.sessionharness.scenario.Person;
import io.sessionharness.scenario.Tab;
import io.sessionharness.site.PageState;
import io.sessionharness.site.SessionPolicy.OneTimeLinks;
import io.sessionharness.testng.ScenarioTest;

/** E-mailed one-time sign-in links: double clicks and mail scanners must not lock the person out. */
@Epic("Session expiry")
@Feature("People, tabs and links")
@Story("E-mailed one-time links")
public class EmailLinkScenarios extends ScenarioTest {

    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.OWASP_URL_TOKENS)
    @Test(groups = "smoke", description = "A double-clicked e-mail link signs the person in once, not onto 'link expired'; later it is dead elsewhere")
    public void doubleClickedLinkSignsInOnce() {
        OneTimeLinks rule = declaredRule();
        Person alice = cast().person("alice");
        String link = linkFor(alice);

        List<PageVisit> outcomes = new ArrayList<>();
        for (Tab tab : alice.links().openTwiceAtOnce(link)) {
            alice.tabs().switchTo(tab);
            PageVisit shown = alice.tabs().look();
            outcomes.add(shown.state() == PageState.LINK_CONFIRM ? alice.links().confirm() : shown);
        }
        if (outcomes.stream().noneMatch(PageVisit::signedIn)) {
            throw new AssertionError("A double-clicked e-mail link signed the person in in neither tab (tabs: " + states(outcomes)
                    + ") — expected one sign-in: " + outcomes.get(outcomes.size() - 1).describe());
        }
        Optional<PageVisit> usedUp = outcomes.stream().filter(v -> v.state() == PageState.LINK_USED).findFirst();
        if (rule == OneTimeLinks.CONFIRM_THEN_CONSUME && usedUp.isPresent()) {
            throw new AssertionError("A double-clicked e-mail link showed 'link expired or already used' in one tab (tabs: " + states(outcomes)
                    + ") although the person was signed in by the other — expected no such tab where links are confirm-then-consume: "
                    + usedUp.get().describe());
        } else if (outcomes.stream().anyMatch(v -> v.state() == PageState.LINK_USED)) {
            Report.observedWeakness("one-time links are used up by opening them (declared consume-on-open): after a double click one tab showed"
                    + " 'link used' (tabs: " + states(outcomes) + ")");
        }

        Person mallory = cast().person("mallory");
        assertThat(mallory.links().open(link)).isLinkUsed();
    }

    @Severity(SeverityLevel.NORMAL)
    @Checks(Requirement.OWASP_URL_TOKENS)
    @Test(groups = "smoke", description = "A mail scanner pre-opens the link (HEAD + GET, no cookies); the person's click still works where links are safe")
    public void mailScannerPreOpen() {
        OneTimeLinks rule = declaredRule();
        Person alice = cast().person("alice");
        String link = linkFor(alice);

        cast().mailScanner().preOpen(link);
        PageVisit click = alice.links().open(link);
        if (click.state() == PageState.LINK_CONFIRM) {
            click = alice.links().confirm();
        }
        if (rule == OneTimeLinks.CONFIRM_THEN_CONSUME) {
            assertThat(click).isSignedIn();
        } else {
            assertThat(click).isLinkUsed();
            Report.observedWeakness("one-time links are used up by opening them (declared consume-on-open): a mail scanner's pre-open"
                    + " used the link up before the person clicked");
        }
    }

    private OneTimeLinks declaredRule() {
        requireThat(policy().oneTimeLinks().isPresent(), "the target declares no one-time sign-in links");
        return policy().oneTimeLinks().get();
    }

    private String linkFor(Person person) {
        return cast().site().oneTimeLinkFor(person.account())
                .orElseThrow(() -> new org.testng.SkipException("the harness cannot obtain one-time links from this target"));
    }

    /** "signed in, link used": what each tab showed, in a few words. */
    private static String states(List<PageVisit> visits) {
        return String.join(", ", visits.stream().map(visit -> visit.state().label()).toList());
    }
}
