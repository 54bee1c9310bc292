package com.oom.core.sms;

import com.oom.core.order.GuestLanguage;
import com.oom.core.order.TouchPoint;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders touch-point messages in en-CA and fr-CA.
 *
 * <p>Templates hold {@code {name}} placeholders named after {@link SmsParameters} components. A
 * touch point needs exactly the parameters its template uses, except {@code guestFirstName} and
 * {@code storeName}, which are optional: without a first name the greeting is "Hi," / "Bonjour,";
 * without a store name the sender is "your store" / "votre magasin".
 *
 * <p>Rendering rules: an optional value that is absent takes its leading space with it ("Hi,"), and
 * a value ending in a period (e.g. "12:00 p.m.") absorbs the template's sentence-ending period.
 *
 * <p>Length: with typical parameters every default message is at most 320 characters, the payload
 * of two 160-character GSM 7-bit SMS. Measured with long but realistic parameters, the longest
 * touch-point message (French APPOINTMENT_REMINDER) is 262 characters and the French help text 268.
 * Carriers send longer texts as concatenated segments of 153 GSM 7-bit characters, or of 67 when
 * any character outside the GSM alphabet forces UCS-2; the fixed wording stays inside the GSM
 * alphabet, but guest names, store names and French month names such as "août" may not, so 320 is a
 * ceiling on cost, not a promise of two segments.
 */
public final class SmsTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("( ?)\\{([A-Za-z]+)\\}(\\.?)");

  private static final SmsTemplates DEFAULTS =
      new SmsTemplates(
          Map.of(
              GuestLanguage.ENGLISH, DefaultSmsTexts.english(),
              GuestLanguage.FRENCH, DefaultSmsTexts.french()),
          Map.of(
              GuestLanguage.ENGLISH, DefaultSmsTexts.englishHelp(),
              GuestLanguage.FRENCH, DefaultSmsTexts.frenchHelp()),
          Map.of(
              GuestLanguage.ENGLISH, DefaultSmsTexts.englishOptOutConfirmation(),
              GuestLanguage.FRENCH, DefaultSmsTexts.frenchOptOutConfirmation()),
          Map.of(
              GuestLanguage.ENGLISH, DefaultSmsTexts.ENGLISH_OPT_OUT_LINE,
              GuestLanguage.FRENCH, DefaultSmsTexts.FRENCH_OPT_OUT_LINE));

  private final Map<GuestLanguage, Map<TouchPoint, String>> templates;
  private final Map<GuestLanguage, String> helpTexts;
  private final Map<GuestLanguage, String> optOutConfirmations;
  private final Map<GuestLanguage, String> optOutLines;

  private SmsTemplates(
      Map<GuestLanguage, Map<TouchPoint, String>> templates,
      Map<GuestLanguage, String> helpTexts,
      Map<GuestLanguage, String> optOutConfirmations,
      Map<GuestLanguage, String> optOutLines) {
    Map<GuestLanguage, Map<TouchPoint, String>> copy = new EnumMap<>(GuestLanguage.class);
    templates.forEach((language, byTouchPoint) -> copy.put(language, Map.copyOf(byTouchPoint)));
    this.templates = Map.copyOf(copy);
    this.helpTexts = Map.copyOf(helpTexts);
    this.optOutConfirmations = Map.copyOf(optOutConfirmations);
    this.optOutLines = Map.copyOf(optOutLines);
    this.templates.values().stream()
        .flatMap(byTouchPoint -> byTouchPoint.values().stream())
        .forEach(SmsTemplates::requireKnownPlaceholders);
  }

  /** The retailer's standard wording. */
  public static SmsTemplates defaults() {
    return DEFAULTS;
  }

  /**
   * The message for a touch point, with the parameters filled in.
   *
   * @throws IllegalArgumentException naming the missing parameter when a required one is null or
   *     blank (e.g. APPOINTMENT_BOOKED needs date, windowStart, windowEnd), or when a parameter is
   *     unusable (balanceDue not a positive amount, windowEnd before windowStart)
   */
  public String render(TouchPoint touchPoint, GuestLanguage language, SmsParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    String template = template(touchPoint, language);
    Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
    List<String> missing = new ArrayList<>();
    Matcher slots = PLACEHOLDER.matcher(template);
    while (slots.find()) {
      Placeholder placeholder = Placeholder.named(slots.group(2)).orElseThrow();
      if (values.containsKey(placeholder) || missing.contains(placeholder.parameterName())) {
        continue;
      }
      String value = placeholder.value(parameters, language);
      if (value == null) {
        missing.add(placeholder.parameterName());
      } else {
        values.put(placeholder, value);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          touchPoint
              + " message in "
              + language.tag()
              + " needs parameter"
              + (missing.size() == 1 ? " " : "s ")
              + String.join(", ", missing));
    }
    return PLACEHOLDER
        .matcher(template)
        .replaceAll(
            slot -> {
              String value = values.get(Placeholder.named(slot.group(2)).orElseThrow());
              // An optional value with nothing to say takes its leading space with it.
              String leadingSpace = value.isEmpty() ? "" : slot.group(1);
              // "12:00 p.m." ends a sentence without a second period.
              String period = value.endsWith(".") ? "" : slot.group(3);
              return Matcher.quoteReplacement(leadingSpace + value + period);
            });
  }

  /** The raw template text, for compliance checks. */
  public String template(TouchPoint touchPoint, GuestLanguage language) {
    Objects.requireNonNull(touchPoint, "touchPoint");
    return templates.get(Objects.requireNonNull(language, "language")).get(touchPoint);
  }

  /** The reply to HELP: who we are, how to reach us, and how to opt out. */
  public String helpText(GuestLanguage language) {
    return helpTexts.get(Objects.requireNonNull(language, "language"));
  }

  /** The reply after STOP: the guest is unsubscribed and will get no more messages. */
  public String optOutConfirmation(GuestLanguage language) {
    return optOutConfirmations.get(Objects.requireNonNull(language, "language"));
  }

  /**
   * The line every touch-point message and the help text end with: "Reply STOP to opt out." /
   * "Répondez ARRET pour vous désabonner."
   */
  public String optOutLine(GuestLanguage language) {
    return optOutLines.get(Objects.requireNonNull(language, "language"));
  }

  private static void requireKnownPlaceholders(String template) {
    Matcher slots = PLACEHOLDER.matcher(template);
    while (slots.find()) {
      String name = slots.group(2);
      if (Placeholder.named(name).isEmpty()) {
        throw new IllegalStateException("Unknown placeholder {" + name + "} in: " + template);
      }
    }
  }
}
