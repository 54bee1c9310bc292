package com.oom.core.order;

import static com.oom.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Masking never reveals more of a number than its country code and its last two digits. */
class PhoneNumberProperties {

  @Test
  void masked_reveals_at_most_the_last_two_digits() {
    qt(1000).forAll(numbers()).checkAssert(PhoneNumberProperties::maskedRevealsAtMostTheLastTwo);
  }

  private static void maskedRevealsAtMostTheLastTwo(PhoneNumber number) {
    String digits = number.value().substring(1);
    String countryCode = digits.startsWith("1") ? "1" : "";
    String lastTwo = digits.substring(digits.length() - 2);

    assertThat(number.masked().replaceAll("[^0-9]", "")).isEqualTo(countryCode + lastTwo);
    assertThat(number.toString()).isEqualTo(number.masked());
  }

  @Test
  void a_north_american_number_parses_the_same_in_every_usual_form() {
    qt(1000).forAll(nanpDigits()).checkAssert(PhoneNumberProperties::parsesInEveryUsualForm);
  }

  private static void parsesInEveryUsualForm(String tenDigits) {
    String area = tenDigits.substring(0, 3);
    String exchange = tenDigits.substring(3, 6);
    String line = tenDigits.substring(6);
    PhoneNumber expected = new PhoneNumber("+1" + tenDigits);

    assertThat(PhoneNumber.parse("(" + area + ") " + exchange + "-" + line)).isEqualTo(expected);
    assertThat(PhoneNumber.parse("1-" + area + "-" + exchange + "-" + line)).isEqualTo(expected);
    assertThat(PhoneNumber.parse("+1 " + area + " " + exchange + " " + line)).isEqualTo(expected);
    assertThat(PhoneNumber.parse(tenDigits)).isEqualTo(expected);
  }

  private static Gen<String> nanpDigits() {
    Gen<String> first = digits('2', 1);
    Gen<String> two = digits('0', 2);
    Gen<String> four = digits('0', 4);
    return first.zip(two, first, two, four, (a, b, c, d, e) -> a + b + c + d + e);
  }

  /** {@code length} digits, each from {@code lowest} to 9. */
  private static Gen<String> digits(char lowest, int length) {
    return SourceDSL.strings().betweenCodePoints(lowest, '9').ofLength(length);
  }

  private static Gen<PhoneNumber> numbers() {
    Gen<PhoneNumber> international =
        digits('2', 1)
            .flatMap(
                first ->
                    SourceDSL.strings()
                        .betweenCodePoints('0', '9')
                        .ofLengthBetween(7, 14)
                        .map(rest -> new PhoneNumber("+" + first + rest)));
    Gen<PhoneNumber> northAmerican = nanpDigits().map(d -> new PhoneNumber("+1" + d));
    return Generate.oneOf(international, northAmerican);
  }
}
