package com.oom.core.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class InboundReplyProperties {

  /** A keyword as canonically recognised, and as a guest might have typed it. */
  record TypedKeyword(String canonical, String typed) {}

  @Property
  void classifyNeverThrowsForArbitraryUnicode(@ForAll("anyUnicode") String text) {
    assertThat(InboundReply.classify(text)).isNotNull();
  }

  @Property
  void classifyNeverThrowsForArbitraryStrings(@ForAll String text) {
    assertThat(InboundReply.classify(text)).isNotNull();
  }

  @Property
  void anyTextWhoseFirstWordIsAnOptOutKeywordOptsOut(
      @ForAll("leadingNoise") String leading,
      @ForAll("optOutKeywordInAnyCaseAndAccents") TypedKeyword keyword,
      @ForAll("restOfMessage") String rest) {
    assertThat(InboundReply.classify(leading + keyword.typed() + rest))
        .isEqualTo(new InboundReply.OptOut(keyword.canonical()));
  }

  @Property
  void aSingleKeywordMeansTheSameWhateverItsCaseAccentsAndSurroundingPunctuation(
      @ForAll("leadingNoise") String leading,
      @ForAll("anyKeywordInAnyCaseAndAccents") TypedKeyword keyword,
      @ForAll("trailingNoise") String trailing) {
    assertThat(InboundReply.classify(leading + keyword.typed() + trailing))
        .isEqualTo(InboundReply.classify(keyword.canonical()))
        .isNotEqualTo(new InboundReply.FreeText());
  }

  @Provide
  Arbitrary<String> anyUnicode() {
    return Arbitraries.strings().all().ofMaxLength(60);
  }

  @Provide
  Arbitrary<TypedKeyword> optOutKeywordInAnyCaseAndAccents() {
    return Arbitraries.of(ReplyKeywords.OPT_OUT).flatMap(InboundReplyProperties::disguised);
  }

  @Provide
  Arbitrary<TypedKeyword> anyKeywordInAnyCaseAndAccents() {
    List<String> keywords =
        List.of(
                ReplyKeywords.OPT_OUT,
                ReplyKeywords.OPT_IN,
                ReplyKeywords.HELP,
                ReplyKeywords.CONFIRM,
                ReplyKeywords.RESCHEDULE)
            .stream()
            .flatMap(set -> set.stream())
            .toList();
    return Arbitraries.of(keywords).flatMap(InboundReplyProperties::disguised);
  }

  @Provide
  Arbitrary<String> leadingNoise() {
    return Arbitraries.of("", " ", "   ", "\t", "\n", "\"", "(", "¡", "¿", "*", "« ", "\u00A0");
  }

  @Provide
  Arbitrary<String> trailingNoise() {
    return Arbitraries.of("", " ", ".", "!", "!!!", "?", ")", " »", "\n", "...", ",", "\u00A0");
  }

  /** Nothing, or a separator (never a letter, digit or hyphen) followed by any text. */
  @Provide
  Arbitrary<String> restOfMessage() {
    Arbitrary<String> separator =
        Arbitraries.of(" ", "  ", "\t", "\n", ". ", "! ", ", ", "...", "?", "\u00A0", " - ");
    Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(40);
    return Arbitraries.oneOf(
        Arbitraries.just(""), Combinators.combine(separator, anything).as(String::concat));
  }

  /**
   * The keyword with each letter in random case, possibly followed by a random combining accent,
   * and the whole either decomposed or composed (so "E" + acute may arrive as "É").
   */
  private static Arbitrary<TypedKeyword> disguised(String keyword) {
    return Combinators.combine(
            Arbitraries.of(true, false).list().ofSize(keyword.length()),
            combiningAccentOrNone().list().ofSize(keyword.length()),
            Arbitraries.of(Normalizer.Form.NFC, Normalizer.Form.NFD))
        .as(
            (upperCase, accents, form) -> {
              StringBuilder typed = new StringBuilder();
              for (int i = 0; i < keyword.length(); i++) {
                char c = keyword.charAt(i);
                typed.append(upperCase.get(i) ? c : Character.toLowerCase(c));
                if (Character.isLetter(c)) {
                  typed.append(accents.get(i));
                }
              }
              return new TypedKeyword(keyword, Normalizer.normalize(typed, form));
            });
  }

  /** No accent, or any character of the Combining Diacritical Marks block (U+0300–U+036F). */
  private static Arbitrary<String> combiningAccentOrNone() {
    return Arbitraries.oneOf(
        Arbitraries.just(""), Arbitraries.chars().range('\u0300', '\u036F').map(String::valueOf));
  }
}
