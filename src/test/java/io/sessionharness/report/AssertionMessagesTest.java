package io.sessionharness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.testng.annotations.Test;

/** Measure mode's failure read "… ± 2.6 s …] Expecting value to be true but was false": the description alone now. */
public class AssertionMessagesTest {

    @Test
    public void aDescribedBooleanCheckReadsAsItsDescription() {
        Throwable failure = catchThrowable(() -> assertThat(false)
                .as("idle timeout: declared 1:00, measured 59.7 s ± 2.6 s — outside the tolerance").isTrue());
        Throwable plain = AssertionMessages.plain(failure);
        assertThat(plain).isInstanceOf(AssertionError.class).hasMessage("idle timeout: declared 1:00, measured 59.7 s ± 2.6 s — outside the tolerance");
        assertThat(plain.getStackTrace()).isEqualTo(failure.getStackTrace());
    }

    @Test
    public void otherFailuresStayAsTheyAre() {
        Throwable comparison = catchThrowable(() -> assertThat(3).as("sessions").isEqualTo(4));
        assertThat(AssertionMessages.plain(comparison)).isSameAs(comparison);
        IllegalStateException broken = new IllegalStateException("[x] Expecting value to be true but was false");
        assertThat(AssertionMessages.plain(broken)).isSameAs(broken);
    }
}
