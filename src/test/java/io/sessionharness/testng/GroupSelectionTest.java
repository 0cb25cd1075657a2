package io.sessionharness.testng;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.testng.annotations.Test;
import org.testng.xml.XmlSuite;
import org.testng.xml.XmlTest;

/** -Dgroups and -DexcludedGroups reach a suite read from suites/*.xml, which failsafe would not filter itself. */
public class GroupSelectionTest {

    @Test
    public void groupsGivenReplaceTheSuitesOwnAndExclusionsAreAdded() {
        XmlSuite suite = suiteIncluding("full");
        suite.getTests().get(0).setExcludedGroups(List.of("long"));
        HarnessSuiteListener.selectGroups(List.of(suite), "smoke, warnings", "long,tokens");
        XmlTest test = suite.getTests().get(0);
        assertThat(test.getIncludedGroups()).containsExactly("smoke", "warnings");
        assertThat(test.getExcludedGroups()).containsExactly("long", "tokens");
    }

    @Test
    public void withoutGroupsTheSuiteStaysAsWritten() {
        XmlSuite suite = suiteIncluding("smoke");
        HarnessSuiteListener.selectGroups(List.of(suite), null, " ");
        assertThat(suite.getTests().get(0).getIncludedGroups()).containsExactly("smoke");
        assertThat(suite.getTests().get(0).getExcludedGroups()).isEmpty();
    }

    private static XmlSuite suiteIncluding(String group) {
        XmlSuite suite = new XmlSuite();
        XmlTest test = new XmlTest(suite);
        test.setIncludedGroups(List.of(group));
        return suite;
    }
}
