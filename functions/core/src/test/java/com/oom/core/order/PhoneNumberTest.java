package com.oom.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(204) 555-0142",
        "204-555-0142",
        "204.555.0142",
        "2045550142",
        "1-204-555-0142",
        "1 (204) 555-0142",
        "+1 204 555 0142",
        "001 204 555 0142",
        "  204 555 0142  "
      })
  void north_american_numbers_written_any_usual_way_parse_to_e164(String raw) {
    assertThat(PhoneNumber.parse(raw).value()).isEqualTo("+12045550142");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+12045550142",
        "+1-204-555-0142",
        "+1.204.555.0142",
        "+1 (204) 555-0142",
        "204/555-0142",
        "204\u00a0555\u00a00142",
        "204\u2013555\u20130142",
        "tel:+1-204-555-0142",
        "TEL:2045550142"
      })
  void numbers_written_with_other_common_separators_or_a_tel_prefix_parse_to_e164(String raw) {
    assertThat(PhoneNumber.parse(raw).value()).isEqualTo("+12045550142");
  }

  @Test
  void an_international_number_dialled_from_north_america_with_011_parses_to_e164() {
    assertThat(PhoneNumber.parse("011 44 20 7946 0958").value()).isEqualTo("+442079460958");
  }

  @Test
  void text_longer_than_any_number_is_refused_without_being_read() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PhoneNumber.parse("2".repeat(PhoneNumber.MAX_INPUT_CHARS + 1)))
        .withMessageNotContaining("22");
  }

  @ParameterizedTest
  @ValueSource(strings = {" 12045550142", " 1 204 555 0142", "+12045550142", "(204) 555-0142"})
  void in_a_query_value_a_leading_space_before_digits_is_the_plus_a_form_encoding_turned_to_space(
      String decoded) {
    assertThat(PhoneNumber.parseQueryValue(decoded).value()).isEqualTo("+12045550142");
  }

  @Test
  void in_a_query_value_a_leading_space_makes_an_international_number_e164() {
    assertThat(PhoneNumber.parseQueryValue(" 442079460958").value()).isEqualTo("+442079460958");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "  abc", " 12"})
  void a_query_value_that_is_not_a_number_is_rejected(String decoded) {
    assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.parseQueryValue(decoded));
  }

  @Test
  void an_international_number_with_a_plus_parses_to_e164() {
    assertThat(PhoneNumber.parse("+44 20 7946 0958").value()).isEqualTo("+442079460958");
  }

  @Test
  void an_international_number_with_the_00_prefix_parses_to_e164() {
    assertThat(PhoneNumber.parse("0044 20 7946 0958").value()).isEqualTo("+442079460958");
  }

  @Test
  void the_same_number_written_differently_is_equal() {
    assertThat(PhoneNumber.parse("(204) 555-0142")).isEqualTo(PhoneNumber.parse("1-204-555-0142"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "12345",
        "   ",
        "204-555-014",
        "(204) 155-0142",
        "(104) 555-0142",
        "+1 204 555 0142 ext 7",
        "+0 204 555 0142",
        "phone"
      })
  void what_is_not_a_phone_number_is_rejected(String raw) {
    assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.parse(raw));
  }

  @Test
  void the_rejection_message_does_not_repeat_the_number() {
    assertThatThrownBy(() -> PhoneNumber.parse("204-555-014"))
        .hasMessageNotContaining("555")
        .hasMessageNotContaining("204");
  }

  @Test
  void the_constructor_accepts_only_e164() {
    assertThat(new PhoneNumber("+12045550142").value()).isEqualTo("+12045550142");
    assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("12045550142"));
    assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("+1204"));
    assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("+1234567890123456"));
  }

  @Test
  void masked_keeps_only_the_country_code_and_the_last_two_digits() {
    assertThat(PhoneNumber.parse("(204) 555-0142").masked()).isEqualTo("+1******42");
    assertThat(PhoneNumber.parse("+44 20 7946 0958").masked()).isEqualTo("+******58");
  }

  @Test
  void to_string_is_masked() {
    PhoneNumber number = PhoneNumber.parse("(204) 555-0142");

    assertThat(number.toString()).isEqualTo(number.masked()).doesNotContain("5550142");
    assertThat(String.valueOf(java.util.List.of(number))).doesNotContain("5550142");
  }
}
