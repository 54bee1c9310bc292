package com.oom.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProvinceTest {

  @Test
  void there_are_thirteen_provinces_and_territories_by_two_letter_code() {
    assertThat(Province.values()).hasSize(13);
    assertThat(Arrays.stream(Province.values()).map(Province::code))
        .containsExactlyInAnyOrder(
            "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT");
  }

  @Test
  void reads_a_code_in_any_case_and_refuses_an_unknown_one() {
    assertThat(Province.fromCode("mb")).contains(Province.MB);
    assertThat(Province.fromCode(" QC ")).contains(Province.QC);
    assertThat(Province.fromCode("PQ")).isEmpty();
    assertThat(Province.fromCode("")).isEmpty();
    assertThat(Province.fromCode(null)).isEmpty();
    assertThat(Province.MB.displayName()).isEqualTo("Manitoba");
  }
}
