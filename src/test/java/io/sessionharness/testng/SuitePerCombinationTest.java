package io.sessionharness.testng;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.testng.annotations.Test;
import org.testng.xml.XmlPackage;
import org.testng.xml.XmlSuite;
import org.testng.xml.XmlTest;

import io.sessionharness.config.RunMatrix;

/** -Dtarget=a,b -Dbrowser=x,y: one suite per target × browser, each its own, the original left as it was. */
public class SuitePerCombinationTest {

    private static XmlSuite smoke() {
        XmlSuite suite = new XmlSuite();
        suite.setName("smoke");
        suite.setParameters(Map.of("kept", "yes"));
        XmlTest test = new XmlTest(suite);
        test.setName("session timeouts and sign-out (smoke)");
        test.setXmlPackages(List.of(new XmlPackage("io.sessionharness.scenarios.*")));
        test.setIncludedGroups(List.of("smoke"));
        return suite;
    }

    @Test
    public void eachTargetAndBrowserIsASuiteOfItsOwnWithTheScenariosOfTheSuiteFile() {
        XmlSuite smoke = smoke();
        List<XmlSuite> suites = SuitePerCombination.expand(List.of(smoke),
                new RunMatrix(List.of("staging", "preprod"), List.of("chromium-headless", "webkit")));

        assertThat(suites).extracting(XmlSuite::getName).containsExactly(
                "smoke · staging on chromium-headless", "smoke · staging on webkit",
                "smoke · preprod on chromium-headless", "smoke · preprod on webkit");
        assertThat(suites.get(3).getParameters()).containsEntry("option.target", "preprod").containsEntry("option.browser", "webkit")
                .containsEntry("kept", "yes");
        for (XmlSuite suite : suites) {
            assertThat(suite.getTests()).as("%s: its own copy of the suite file's test", suite.getName()).singleElement()
                    .satisfies(test -> {
                        assertThat(test.getSuite()).isSameAs(suite);
                        assertThat(test.getIncludedGroups()).containsExactly("smoke");
                        assertThat(test.getXmlPackages()).extracting(XmlPackage::getName).containsExactly("io.sessionharness.scenarios.*");
                    });
        }
        assertThat(smoke.getTests()).as("the suite file's own suite is left with its one test").hasSize(1);
        suites.get(0).getTests().get(0).setIncludedGroups(List.of("full"));
        assertThat(suites.get(1).getTests().get(0).getIncludedGroups()).as("a change to one copy stays in it").containsExactly("smoke");
    }

    @Test
    public void aSuiteThatNamesItsOwnTargetKeepsIt() {
        XmlSuite matrixSuite = smoke();
        matrixSuite.setParameters(Map.of("option.target", "reference"));
        assertThat(SuitePerCombination.expand(List.of(matrixSuite), new RunMatrix(List.of("a", "b"), List.of("x")))).containsExactly(matrixSuite);
    }

    @Test
    public void theListenerRunsTheCombinationsSideBySideWithTheirOwnOptions() {
        System.setProperty("target", "reference,reference-sso");
        try {
            List<XmlSuite> suites = new java.util.ArrayList<>(List.of(smoke()));
            new HarnessSuiteListener().alter(suites);
            assertThat(suites).extracting(s -> s.getParameter("option.target")).containsExactly("reference", "reference-sso");
            assertThat(suites).allSatisfy(s -> assertThat(s.getParallel()).isEqualTo(XmlSuite.ParallelMode.METHODS));
        } finally {
            System.clearProperty("target");
        }
    }
}
