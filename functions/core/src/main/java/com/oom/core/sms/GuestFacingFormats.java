package com.oom.core.sms;

import com.oom.core.order.GuestLanguage;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;

/**
 * Formats dates, times and money the way Canadian guests read them. Separators are plain spaces
 * (never no-break spaces), which keeps messages in the GSM 7-bit alphabet.
 */
final class GuestFacingFormats {

  private static final DateTimeFormatter ENGLISH_DATE =
      DateTimeFormatter.ofPattern("EEEE, MMMM d", GuestLanguage.ENGLISH.locale());
  private static final DateTimeFormatter FRENCH_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM", GuestLanguage.FRENCH.locale());

  /** "8:00 a.m.": the markers are fixed so the text does not depend on the JDK's CLDR data. */
  private static final DateTimeFormatter ENGLISH_TIME =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.CLOCK_HOUR_OF_AMPM)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .appendLiteral(' ')
          .appendText(ChronoField.AMPM_OF_DAY, Map.of(0L, "a.m.", 1L, "p.m."))
          .toFormatter(GuestLanguage.ENGLISH.locale());

  /** "8 h 00". */
  private static final DateTimeFormatter FRENCH_TIME =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.HOUR_OF_DAY)
          .appendLiteral(" h ")
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .toFormatter(GuestLanguage.FRENCH.locale());

  private GuestFacingFormats() {}

  /** "Tuesday, December 1" or "mardi 1 décembre". */
  static String date(LocalDate date, GuestLanguage language) {
    return switch (language) {
      case ENGLISH -> ENGLISH_DATE.format(date);
      case FRENCH -> FRENCH_DATE.format(date);
    };
  }

  /** "8:00 a.m." or "8 h 00". */
  static String time(LocalTime time, GuestLanguage language) {
    return switch (language) {
      case ENGLISH -> ENGLISH_TIME.format(time);
      case FRENCH -> FRENCH_TIME.format(time);
    };
  }

  /** "$1,125.50" or "1 125,50 $". */
  static String money(BigDecimal amount, GuestLanguage language) {
    return switch (language) {
      case ENGLISH -> "$" + amountFormat(',', '.').format(amount);
      case FRENCH -> amountFormat(' ', ',').format(amount) + " $";
    };
  }

  private static DecimalFormat amountFormat(char groupingSeparator, char decimalSeparator) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator(groupingSeparator);
    symbols.setDecimalSeparator(decimalSeparator);
    return new DecimalFormat("#,##0.00", symbols);
  }
}
