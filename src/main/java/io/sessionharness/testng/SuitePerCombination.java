package io.sessionharness.testng;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.testng.xml.XmlSuite;
import org.testng.xml.XmlTest;

import io.sessionharness.config.RunMatrix;

/**
 * A run over several targets or browsers ({@code -Dtarget=a,b}, {@code -Dbrowser=x,y}): each suite of the suite file
 * becomes one suite per target × browser, with the combination as its own {@code option.target} and
 * {@code option.browser} parameters and in its name ("smoke · staging on chromium-headless"), so that the report
 * groups the results by it. The suites then run side by side (failsafe's {@code suitethreadpoolsize}), sharing the
 * run's action slots.
 */
final class SuitePerCombination {

    private SuitePerCombination() {
    }

    static List<XmlSuite> expand(List<XmlSuite> suites, RunMatrix matrix) {
        List<XmlSuite> expanded = new ArrayList<>();
        for (XmlSuite suite : suites) {
            if (ownsCombination(suite)) {
                expanded.add(suite); // a suite that sets its own target or browser (the detection matrix) keeps it
                continue;
            }
            for (Map<String, String> combination : matrix.combinations()) {
                expanded.add(copyFor(suite, combination));
            }
        }
        return expanded;
    }

    private static boolean ownsCombination(XmlSuite suite) {
        return suite.getParameters().containsKey(HarnessSuiteListener.OPTION + "target")
                || suite.getParameters().containsKey(HarnessSuiteListener.OPTION + "browser");
    }

    private static XmlSuite copyFor(XmlSuite suite, Map<String, String> combination) {
        XmlSuite copy = suite.shallowCopy();
        copy.setName(suite.getName() + " · " + RunMatrix.describe(combination));
        Map<String, String> parameters = new LinkedHashMap<>(suite.getParameters());
        combination.forEach((option, value) -> parameters.put(HarnessSuiteListener.OPTION + option, value));
        copy.setParameters(parameters);
        copy.setTests(new ArrayList<>());
        for (XmlTest test : suite.getTests()) {
            XmlTest clone = (XmlTest) test.clone();
            // XmlTest.clone() adds the clone to the original's suite: it belongs to the copy alone.
            suite.getTests().removeIf(t -> t == clone);
            clone.setSuite(copy);
            copy.getTests().add(clone);
        }
        return copy;
    }
}
