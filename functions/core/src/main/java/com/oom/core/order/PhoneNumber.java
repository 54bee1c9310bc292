package com.oom.core.order;

import java.util.Objects;

/**
 * A telephone number in E.164 form ({@code +15145550123}). Input written the North American way
 * ("(204) 555-0142", "1-204-555-0142") is read as country code 1; anything else must start with "+"
 * or an international prefix. Never log {@link #value()}: use {@link #masked()}.
 */
public record PhoneNumber(String value) {

  public PhoneNumber {
    Objects.requireNonNull(value, "phone number");
    if (!value.matches("\\+[1-9][0-9]{7,14}")) {
      throw new IllegalArgumentException("not an E.164 phone number: " + mask(value));
    }
  }

  /** The longest text read as a number: anything longer is refused before it is looked at. */
  static final int MAX_INPUT_CHARS = 64;

  /**
   * Parses a number as guests and agents write it: separators (spaces, including non-breaking ones,
   * dots, dashes of any kind, slashes, parentheses) are ignored, a {@code tel:} prefix is dropped,
   * and an international prefix ({@code 00}, or {@code 011} as dialled from North America) stands
   * for "+". Ten digits, or eleven starting with 1, are a North American number.
   */
  public static PhoneNumber parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new IllegalArgumentException("phone number is blank");
    }
    if (raw.length() > MAX_INPUT_CHARS) {
      throw new IllegalArgumentException("not a phone number: longer than " + MAX_INPUT_CHARS);
    }
    String trimmed = raw.strip();
    if (trimmed.regionMatches(true, 0, "tel:", 0, 4)) {
      trimmed = trimmed.substring(4);
    }
    String digits = trimmed.replaceAll("[\\s\\p{Z}().\\-/\\p{Pd}]", "");
    if (digits.startsWith("+")) {
      return new PhoneNumber(digits);
    }
    if (digits.startsWith("011") && digits.length() > 3 && digits.charAt(3) != '1') {
      return new PhoneNumber("+" + digits.substring(3));
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

  /**
   * Parses a number as it arrives in a URL's query string, after decoding: as {@link #parse},
   * except that a leading space directly before a digit is the "+" of an E.164 number that a form
   * encoding turned into a space ({@code ?phone=+12045550142} sent unescaped).
   */
  public static PhoneNumber parseQueryValue(String raw) {
    if (raw != null
        && raw.length() > 1
        && raw.charAt(0) == ' '
        && raw.charAt(1) >= '0'
        && raw.charAt(1) <= '9') {
      return parse("+" + raw.substring(1));
    }
    return parse(raw);
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
