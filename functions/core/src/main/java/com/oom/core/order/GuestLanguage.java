package com.oom.core.order;

import java.util.Locale;

/** The language a guest is texted in: Canadian English or Canadian French. */
public enum GuestLanguage {
  ENGLISH("en-CA", Locale.CANADA),
  FRENCH("fr-CA", Locale.CANADA_FRENCH);

  private final String tag;
  private final Locale locale;

  GuestLanguage(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /** The BCP 47 language tag, {@code "en-CA"} or {@code "fr-CA"}. */
  public String tag() {
    return tag;
  }

  /** The locale used to format dates for this language. */
  public Locale locale() {
    return locale;
  }

  /**
   * The language for a tag: {@code "en-CA"}/{@code "fr-CA"} and also {@code "en"}, {@code "fr"},
   * {@code "fr_CA"}, case-insensitive; any other French tag (e.g. {@code "fr-FR"}) is also French.
   * Unknown or null tags give {@link #ENGLISH}.
   */
  public static GuestLanguage fromTag(String tag) {
    if (tag == null) {
      return ENGLISH;
    }
    String normalized = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    if (normalized.equals("fr") || normalized.startsWith("fr-")) {
      return FRENCH;
    }
    return ENGLISH;
  }
}
