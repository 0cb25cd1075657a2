package io.sessionharness.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class DurationsTest {

    @DataProvider
    public Object[][] written() {
        return new Object[][] {
            {"4s", Duration.ofSeconds(4)},
            {"1500ms", Duration.ofMillis(1500)},
            {"15m", Duration.ofMinutes(15)},
            {"1h30m", Duration.ofMinutes(90)},
            {"0.5s", Duration.ofMillis(500)},
            {"15:00", Duration.ofMinutes(15)},
            {"1:02:03", Duration.ofSeconds(3723)},
            {"PT8H", Duration.ofHours(8)},
        };
    }

    @Test(dataProvider = "written")
    public void parsesTheWaysPeopleWriteDurations(String text, Duration expected) {
        assertThat(Durations.parse(text)).isEqualTo(expected);
    }

    @Test
    public void rejectsNonsenseWithAnExample() {
        assertThatThrownBy(() -> Durations.parse("15 minutes")).hasMessageContaining("write e.g. 4s");
        assertThatThrownBy(() -> Durations.parse("s")).hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> Durations.parse("-PT1S")).hasMessageContaining("is not a duration");
    }

    @Test
    public void formatsForPeople() {
        assertThat(Durations.format(Duration.ofMillis(4200))).isEqualTo("4.2 s");
        assertThat(Durations.format(Duration.ofMinutes(15))).isEqualTo("15:00");
        assertThat(Durations.format(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
    }
}
