package io.sessionharness.report;

import java.util.List;

import io.qameta.allure.listener.ContainerLifecycleListener;
import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.ExecutableItem;
import io.qameta.allure.model.FixtureResult;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;

/**
 * Masks what Allure writes itself — test and step names, parameters, descriptions, failure messages and stack
 * traces (statusDetails) of tests, steps and fixtures — just before each result file is written. Registered through
 * {@code META-INF/services/io.qameta.allure.listener.TestLifecycleListener} and {@code …ContainerLifecycleListener} —
 * Allure loads each listener kind from its own service file — so every Allure run of the harness has it.
 */
public final class RedactingAllureListener implements TestLifecycleListener, ContainerLifecycleListener {

    @Override
    public void beforeTestWrite(TestResult result) {
        result.setName(Redactor.mask(result.getName()));
        result.setFullName(Redactor.mask(result.getFullName()));
        result.setDescription(Redactor.mask(result.getDescription()));
        result.setDescriptionHtml(Redactor.mask(result.getDescriptionHtml()));
        redactItem(result);
    }

    @Override
    public void beforeContainerWrite(TestResultContainer container) {
        container.setName(Redactor.mask(container.getName()));
        container.setDescription(Redactor.mask(container.getDescription()));
        for (List<FixtureResult> fixtures : List.of(container.getBefores(), container.getAfters())) {
            for (FixtureResult fixture : fixtures) {
                fixture.setName(Redactor.mask(fixture.getName()));
                fixture.setDescription(Redactor.mask(fixture.getDescription()));
                redactItem(fixture);
            }
        }
    }

    private static void redactItem(ExecutableItem item) {
        StatusDetails details = item.getStatusDetails();
        if (details != null) {
            details.setMessage(Redactor.mask(details.getMessage()));
            details.setTrace(Redactor.mask(details.getTrace()));
        }
        for (Parameter parameter : item.getParameters()) {
            parameter.setValue(Redactor.mask(parameter.getValue()));
        }
        for (StepResult step : item.getSteps()) {
            step.setName(Redactor.mask(step.getName()));
            step.setDescription(Redactor.mask(step.getDescription()));
            redactItem(step);
        }
    }
}
