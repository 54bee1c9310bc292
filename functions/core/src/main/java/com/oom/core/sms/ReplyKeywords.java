package com.oom.core.sms;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The keywords guests text back, and how a reply is matched against them. */
final class ReplyKeywords {

  static final Set<String> OPT_OUT =
      Set.of(
          "STOP",
          "STOPALL",
          "ARRET",
          "UNSUBSCRIBE",
          "END",
          "QUIT",
          "OPTOUT",
          "OPT-OUT",
          "REVOKE",
          "CANCEL",
          "DESABONNER");
  static final Set<String> OPT_IN = Set.of("START", "UNSTOP", "ABONNER");
  static final Set<String> HELP = Set.of("HELP", "AIDE", "INFO");
  static final Set<String> CONFIRM = Set.of("C", "CONFIRM", "CONFIRMER");
  static final Set<String> RESCHEDULE = Set.of("R", "RESCHEDULE", "REPORTER");

  /** "OPT OUT" typed as two words still opts out; recognised under this keyword. */
  private static final List<String> OPT_OUT_AS_TWO_WORDS = List.of("OPT", "OUT");

  private static final Pattern MARKS_AND_FORMAT_CHARACTERS = Pattern.compile("[\\p{M}\\p{Cf}]+");
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}-]+");
  private static final Pattern SURROUNDING_HYPHENS = Pattern.compile("^-+|-+$");

  private ReplyKeywords() {}

  static InboundReply classify(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new InboundReply.FreeText();
    }
    String first = words.getFirst();
    if (OPT_OUT.contains(first)) {
      return new InboundReply.OptOut(first);
    }
    if (words.size() >= 2 && words.subList(0, 2).equals(OPT_OUT_AS_TWO_WORDS)) {
      return new InboundReply.OptOut("OPT OUT");
    }
    if (words.size() > 1) {
      return new InboundReply.FreeText();
    }
    if (OPT_IN.contains(first)) {
      return new InboundReply.OptIn(first);
    }
    if (HELP.contains(first)) {
      return new InboundReply.Help();
    }
    if (CONFIRM.contains(first)) {
      return new InboundReply.Confirm();
    }
    if (RESCHEDULE.contains(first)) {
      return new InboundReply.Reschedule();
    }
    return new InboundReply.FreeText();
  }

  /** The text's words, upper case, without accents or surrounding punctuation. */
  static List<String> words(String text) {
    if (text == null) {
      return List.of();
    }
    // Accents go before upper-casing: some marks (e.g. U+0345) upper-case to letters.
    String upper = withoutMarks(text).toUpperCase(Locale.ROOT);
    // Upper-casing can produce new marks (e.g. "ǰ" becomes "J" + caron).
    return Arrays.stream(WORD_SEPARATORS.split(withoutMarks(upper)))
        .map(word -> SURROUNDING_HYPHENS.matcher(word).replaceAll(""))
        .filter(word -> !word.isEmpty())
        .toList();
  }

  private static String withoutMarks(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return MARKS_AND_FORMAT_CHARACTERS.matcher(decomposed).replaceAll("");
  }
}
