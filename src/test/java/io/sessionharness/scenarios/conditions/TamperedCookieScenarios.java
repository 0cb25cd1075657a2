package io.sessionharness.scenarios.conditions;

import static io.sessionharness.assertions.SessionAssertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import io.qameta.allure.Story;

import io.sessionharness.report.Checks;
import io.sessionharness.report.Requirement;
import io.sessionharness.scenario.HeldSession;
import io.sessionharness.scenario.Person;
import io.sessionharness.testng.ScenarioTest;

/** A session cookie edited, cut short or replaced by a made-up ID: a clean sign-in page, never an error or someone else's session. */
@Epic("Session expiry")
@Feature("Browser and network conditions")
@Story("Tampered cookie")
public class TamperedCookieScenarios extends ScenarioTest {

    @Severity(SeverityLevel.CRITICAL)
    @Checks(Requirement.WSTG_SESS_01)
    @Test(groups = "smoke", description = "Edited, truncated and foreign session IDs get a clean sign-in page, never a 500 or another session")
    public void tamperedSessionCookiesAreRejectedCleanly() {
        Person alice = cast().person("alice");
        Person mallory = cast().person("mallory");
        assertThat(alice.signIn()).isSignedIn();
        HeldSession real = alice.session().require();

        // A session of several cookies is tampered with as a whole: each of them changed the same way.
        Map<String, HeldSession> variants = new LinkedHashMap<>();
        variants.put("edited", real.withValues(TamperedCookieScenarios::flipMiddleCharacter));
        variants.put("truncated", real.withValues(value -> value.substring(0, value.length() / 2)));
        variants.put("foreign", real.withValues(value -> "node0" + UUID.randomUUID().toString().replace("-", "") + ".node0"));
        variants.put("garbage", real.withValues(value -> "%00%3Cscript%3E--" + "x".repeat(300)));

        for (Map.Entry<String, HeldSession> variant : variants.entrySet()) {
            mallory.session().plant(variant.getValue());
            assertThat(mallory.openProtectedPage()).as("%s session cookie", variant.getKey()).isNotSignedIn();
            assertThat(alice.openProtectedPage()).as("alice's real session is untouched").isSignedIn();
        }
    }

    /** One character changed in the middle, where the random part of an ID is (servers may ignore a routing suffix). */
    private static String flipMiddleCharacter(String value) {
        int middle = value.length() / 2;
        char changed = value.charAt(middle) == 'a' ? 'b' : 'a';
        return value.substring(0, middle) + changed + value.substring(middle + 1);
    }
}
