package com.oom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void median_of_an_odd_count_is_the_middle_value() {
    assertThat(Stats.median(List.of(9.0, 1.0, 5.0, 7.0, 3.0))).isEqualTo(5.0);
  }

  @Test
  void median_of_an_even_count_is_the_mean_of_the_two_middle_values() {
    assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
  }

  @Test
  void median_of_nothing_is_unknown() {
    assertThat(Stats.median(List.of())).isNaN();
  }

  @Test
  void ratio_is_relative_to_the_floor_and_unknown_without_one() {
    assertThat(Stats.ratio(560, 28)).isEqualTo(20.0);
    assertThat(Stats.ratio(560, 0)).isNaN();
    assertThat(Stats.ratio(Double.NaN, 28)).isNaN();
  }
}
