package com.oom.core.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RankTest {

  @Test
  void a_higher_value_sorts_first_even_across_digit_counts_and_signs() {
    assertThat(Rank.descendingValue(new BigDecimal("10000.00")))
        .isLessThan(Rank.descendingValue(new BigDecimal("999.99")))
        .isLessThan(Rank.descendingValue(BigDecimal.ZERO));
    assertThat(Rank.descendingValue(BigDecimal.ZERO))
        .isLessThan(Rank.descendingValue(new BigDecimal("-0.01")));
  }

  @Test
  void values_differing_in_the_millionth_keep_their_order() {
    assertThat(Rank.descendingValue(new BigDecimal("12.345001")))
        .isLessThan(Rank.descendingValue(new BigDecimal("12.345")));
  }

  @Test
  void a_value_the_rank_cannot_hold_exactly_is_refused_not_rounded() {
    assertThatThrownBy(() -> Rank.descendingValue(new BigDecimal("1.0000001")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("millionth");
    assertThatThrownBy(() -> Rank.descendingValue(new BigDecimal("1000000000000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("range");
  }
}
