package io.sessionharness.report;

import java.util.List;
import java.util.stream.Collectors;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;

/**
 * A passed scenario that observed a weakness ({@link Report#observedWeakness}) carries it as its result's message,
 * just before the result is written: Allure's "Observed weakness" category matches passed results by that message
 * ({@link Categories#OBSERVED}), and the run summary counts them — a weakness is never a plain green pass.
 */
public final class ObservedWeaknesses implements TestLifecycleListener {

    static final String PREFIX = "Observed weakness: ";

    @Override
    public void beforeTestWrite(TestResult result) {
        if (result.getStatus() != Status.PASSED) {
            return;
        }
        List<String> seen = stepsNamed(result.getSteps());
        if (seen.isEmpty()) {
            return;
        }
        StatusDetails details = result.getStatusDetails() == null ? new StatusDetails() : result.getStatusDetails();
        details.setMessage(seen.stream().collect(Collectors.joining("\n")));
        result.setStatusDetails(details);
    }

    private static List<String> stepsNamed(List<StepResult> steps) {
        List<String> found = new java.util.ArrayList<>();
        for (StepResult step : steps) {
            if (step.getName() != null && step.getName().startsWith(PREFIX)) {
                found.add(step.getName());
            }
            found.addAll(stepsNamed(step.getSteps()));
        }
        return found;
    }
}
