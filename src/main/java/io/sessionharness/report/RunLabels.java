package io.sessionharness.report;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.qameta.allure.Allure;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;

/**
 * What a scenario's Allure result says about where it ran and what it checks: the browser profile and the target as
 * parameters — in its history id too, so that history and trend are kept per browser × target instead of mixing
 * runs on different sites — and a link for each requirement its {@link Checks} names.
 */
public final class RunLabels {

    private RunLabels() {
    }

    /** Labels the running scenario's result (the scenario runs on this thread). */
    public static void label(Method scenario, String browser, String target) {
        Allure.getLifecycle().updateTestCase(result -> apply(result, scenario, browser, target));
    }

    static void apply(TestResult result, Method scenario, String browser, String target) {
        result.getParameters().add(new Parameter().setName("browser").setValue(browser));
        result.getParameters().add(new Parameter().setName("target").setValue(target));
        result.setHistoryId(digest((result.getHistoryId() == null ? result.getFullName() : result.getHistoryId()) + "|" + browser + "|" + target));
        Checks checks = scenario.getAnnotation(Checks.class);
        if (checks != null) {
            for (Requirement requirement : checks.value()) {
                result.getLinks().add(new Link().setName(requirement.title()).setUrl(requirement.url()).setType("requirement"));
            }
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
