package com.oom.core.order;

import java.util.Objects;

/**
 * A telephone number in E.164 form ({@code +15145550123}). Input written the North American way
 * ("(204) 555-0142", "1-204-555-0142") is read as country code 1; anything else must start with
 * "+". Never log {@link #value()}: use {@link #masked()}.
 */
public record PhoneNumber(String value) {

  public PhoneNumber {
    Objects.requireNonNull(value, "phone number");
    if (!value.matches("\\+[1-9][0-9]{7,14}")) {
      throw new IllegalArgumentException("not an E.164 phone number: " + mask(value));
    }
  }

  /** Parses a number as guests and agents write it. */
  public static PhoneNumber parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new IllegalArgumentException("phone number is blank");
    }
    String trimmed = raw.strip();
    String digits = trimmed.replaceAll("[\\s().\\-]", "");
    if (digits.startsWith("+")) {
      return new PhoneNumber(digits);
    }
    if (digits.startsWith("00")) {
      return new PhoneNumber("+" + digits.substring(2));
    }
    if (digits.matches("[2-9][0-9]{2}[2-9][0-9]{6}")) {
      return new PhoneNumber("+1" + digits);
    }
    if (digits.matches("1[2-9][0-9]{2}[2-9][0-9]{6}")) {
      return new PhoneNumber("+" + digits);
    }
    throw new IllegalArgumentException("not a phone number: " + mask(trimmed));
  }

  /** Safe for logs: keeps the country code and the last two digits. */
  public String masked() {
    return mask(value);
  }

  private static String mask(String raw) {
    String digits = raw.replaceAll("[^0-9]", "");
    if (digits.length() <= 4) {
      return "***";
    }
    String countryCode = digits.startsWith("1") ? "1" : "";
    return "+" + countryCode + "******" + digits.substring(digits.length() - 2);
  }

  @Override
  public String toString() {
    return masked();
  }
}
