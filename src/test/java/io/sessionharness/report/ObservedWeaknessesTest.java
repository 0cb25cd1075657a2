package io.sessionharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.testng.annotations.Test;

import io.qameta.allure.model.Status;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;

/** A passed scenario that observed a weakness is written with it as its message, and falls into its own category. */
public class ObservedWeaknessesTest {

    private static TestResult passedWith(Status status, String... stepNames) {
        List<StepResult> steps = java.util.Arrays.stream(stepNames).map(name -> new StepResult().setName(name)).toList();
        return new TestResult().setName("scenario").setStatus(status)
                .setSteps(List.of(new StepResult().setName("alice opens the link").setSteps(steps)));
    }

    @Test
    public void aPassWithAWeaknessCarriesItAndIsNoPlainPass() {
        TestResult result = passedWith(Status.PASSED, "Observed weakness: one-time links are used up by opening them");
        new ObservedWeaknesses().beforeTestWrite(result);
        assertThat(result.getStatusDetails().getMessage()).isEqualTo("Observed weakness: one-time links are used up by opening them");
        assertThat(Categories.of("passed", result.getStatusDetails().getMessage())).map(Categories.Category::name).hasValue(Categories.OBSERVED);
    }

    @Test
    public void aPlainPassAndAFailureAreLeftAlone() {
        TestResult plain = passedWith(Status.PASSED, "alice sees her account");
        new ObservedWeaknesses().beforeTestWrite(plain);
        assertThat(plain.getStatusDetails()).isNull();
        assertThat(Categories.of("passed", "")).isEmpty();

        TestResult failed = passedWith(Status.FAILED, "Observed weakness: something");
        new ObservedWeaknesses().beforeTestWrite(failed);
        assertThat(failed.getStatusDetails()).isNull();
    }
}
