package io.sessionharness.testng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.testng.annotations.Test;
import org.testng.xml.XmlSuite;

import io.sessionharness.config.ConfigException;

/** A suite's own options (the detection matrix's suites side by side): what one suite may set, and only that. */
public class SuiteOptionsTest {

    private static XmlSuite suite(String name, Map<String, String> parameters) {
        XmlSuite suite = new XmlSuite();
        suite.setName(name);
        suite.setParameters(parameters);
        return suite;
    }

    @Test
    public void eachSuiteRunsWithItsOwnThreadCount() {
        XmlSuite first = suite("defect: a", Map.of("option.target", "reference", "option.threads", "2"));
        XmlSuite second = suite("defect: b", Map.of("option.target", "reference-sso", "option.threads", "3"));
        new HarnessSuiteListener().alter(List.of(first, second));
        assertThat(first.getThreadCount()).isEqualTo(2);
        assertThat(second.getThreadCount()).isEqualTo(3);
    }

    @Test
    public void aSuiteCannotSetTheRunsOwnOptions() {
        XmlSuite suite = suite("defect: a", Map.of("option.slots", "8"));
        assertThatThrownBy(() -> new HarnessSuiteListener().alter(List.of(suite))).isInstanceOf(ConfigException.class)
                .hasMessage("suite 'defect: a' sets option.slots: a suite may set only [option.browser, option.reference.defects, option.target, option.threads]"
                        + " for itself; the rest are the run's (-D)");
    }
}
