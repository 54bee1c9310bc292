package com.oom.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

  @Test
  void keeps_opening_and_closing_times() {
    OpeningHours hours = new OpeningHours(LocalTime.of(9, 0), LocalTime.of(21, 0));

    assertThat(hours.opens()).isEqualTo(LocalTime.of(9, 0));
    assertThat(hours.closes()).isEqualTo(LocalTime.of(21, 0));
  }

  @Test
  void rejects_closing_before_opening() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new OpeningHours(LocalTime.of(21, 0), LocalTime.of(9, 0)))
        .withMessageContaining("opens (21:00) must be before closes (09:00)");
  }

  @Test
  void rejects_closing_at_the_opening_time() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new OpeningHours(LocalTime.of(9, 0), LocalTime.of(9, 0)));
  }

  @Test
  void rejects_missing_times() {
    assertThatNullPointerException()
        .isThrownBy(() -> new OpeningHours(null, LocalTime.of(9, 0)))
        .withMessage("opens must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> new OpeningHours(LocalTime.of(9, 0), null))
        .withMessage("closes must not be null");
  }
}
