package com.oom.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Masking never reveals more of a number than its country code and its last two digits. */
class PhoneNumberProperties {

  @Property
  void masked_reveals_at_most_the_last_two_digits(@ForAll("numbers") PhoneNumber number) {
    String digits = number.value().substring(1);
    String countryCode = digits.startsWith("1") ? "1" : "";
    String lastTwo = digits.substring(digits.length() - 2);

    assertThat(number.masked().replaceAll("[^0-9]", "")).isEqualTo(countryCode + lastTwo);
    assertThat(number.toString()).isEqualTo(number.masked());
  }

  @Property
  void a_north_american_number_parses_the_same_in_every_usual_form(
      @ForAll("nanpDigits") String tenDigits) {
    String area = tenDigits.substring(0, 3);
    String exchange = tenDigits.substring(3, 6);
    String line = tenDigits.substring(6);
    PhoneNumber expected = new PhoneNumber("+1" + tenDigits);

    assertThat(PhoneNumber.parse("(" + area + ") " + exchange + "-" + line)).isEqualTo(expected);
    assertThat(PhoneNumber.parse("1-" + area + "-" + exchange + "-" + line)).isEqualTo(expected);
    assertThat(PhoneNumber.parse("+1 " + area + " " + exchange + " " + line)).isEqualTo(expected);
    assertThat(PhoneNumber.parse(tenDigits)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> nanpDigits() {
    Arbitrary<String> first = Arbitraries.strings().withCharRange('2', '9').ofLength(1);
    Arbitrary<String> two = Arbitraries.strings().numeric().ofLength(2);
    Arbitrary<String> four = Arbitraries.strings().numeric().ofLength(4);
    return net.jqwik.api.Combinators.combine(first, two, first, two, four)
        .as((a, b, c, d, e) -> a + b + c + d + e);
  }

  @Provide
  Arbitrary<PhoneNumber> numbers() {
    Arbitrary<PhoneNumber> international =
        Arbitraries.strings()
            .withCharRange('2', '9')
            .ofLength(1)
            .flatMap(
                first ->
                    Arbitraries.strings()
                        .numeric()
                        .ofMinLength(7)
                        .ofMaxLength(14)
                        .map(rest -> new PhoneNumber("+" + first + rest)));
    Arbitrary<PhoneNumber> northAmerican = nanpDigits().map(d -> new PhoneNumber("+1" + d));
    return Arbitraries.oneOf(international, northAmerican);
  }
}
