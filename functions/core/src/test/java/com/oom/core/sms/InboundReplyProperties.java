package com.oom.core.sms;

import static com.oom.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class InboundReplyProperties {

  /** A keyword as canonically recognised, and as a guest might have typed it. */
  record TypedKeyword(String canonical, String typed) {}

  @Test
  void classifyNeverThrowsForArbitraryUnicode() {
    qt(1000)
        .forAll(anyUnicode())
        .checkAssert(text -> assertThat(InboundReply.classify(text)).isNotNull());
  }

  @Test
  void classifyNeverThrowsForArbitraryStrings() {
    qt(1000)
        .forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 255))
        .checkAssert(text -> assertThat(InboundReply.classify(text)).isNotNull());
  }

  @Test
  void anyTextWhoseFirstWordIsAnOptOutKeywordOptsOut() {
    qt(1000)
        .forAll(leadingNoise(), optOutKeywordInAnyCaseAndAccents(), restOfMessage())
        .checkAssert(
            (leading, keyword, rest) ->
                assertThat(InboundReply.classify(leading + keyword.typed() + rest))
                    .isEqualTo(new InboundReply.OptOut(keyword.canonical())));
  }

  @Test
  void aSingleKeywordMeansTheSameWhateverItsCaseAccentsAndSurroundingPunctuation() {
    qt(1000)
        .forAll(leadingNoise(), anyKeywordInAnyCaseAndAccents(), trailingNoise())
        .checkAssert(
            (leading, keyword, trailing) ->
                assertThat(InboundReply.classify(leading + keyword.typed() + trailing))
                    .isEqualTo(InboundReply.classify(keyword.canonical()))
                    .isNotEqualTo(new InboundReply.FreeText()));
  }

  private static Gen<String> anyUnicode() {
    return SourceDSL.strings().allPossible().ofLengthBetween(0, 60);
  }

  private static Gen<TypedKeyword> optOutKeywordInAnyCaseAndAccents() {
    return SourceDSL.arbitrary()
        .pick(sorted(ReplyKeywords.OPT_OUT))
        .flatMap(InboundReplyProperties::disguised);
  }

  private static Gen<TypedKeyword> anyKeywordInAnyCaseAndAccents() {
    List<String> keywords =
        sorted(
            Stream.of(
                    ReplyKeywords.OPT_OUT,
                    ReplyKeywords.OPT_IN,
                    ReplyKeywords.HELP,
                    ReplyKeywords.CONFIRM,
                    ReplyKeywords.RESCHEDULE)
                .flatMap(set -> set.stream())
                .toList());
    return SourceDSL.arbitrary().pick(keywords).flatMap(InboundReplyProperties::disguised);
  }

  /** In a fixed order (a set's is not), so that a seed draws the same keywords every run. */
  private static List<String> sorted(Collection<String> keywords) {
    return keywords.stream().sorted().toList();
  }

  private static Gen<String> leadingNoise() {
    return SourceDSL.arbitrary()
        .pick("", " ", "   ", "\t", "\n", "\"", "(", "¡", "¿", "*", "« ", "\u00A0");
  }

  private static Gen<String> trailingNoise() {
    return SourceDSL.arbitrary()
        .pick("", " ", ".", "!", "!!!", "?", ")", " »", "\n", "...", ",", "\u00A0");
  }

  /** Nothing, or a separator (never a letter, digit or hyphen) followed by any text. */
  private static Gen<String> restOfMessage() {
    Gen<String> separator =
        SourceDSL.arbitrary()
            .pick(" ", "  ", "\t", "\n", ". ", "! ", ", ", "...", "?", "\u00A0", " - ");
    Gen<String> anything = SourceDSL.strings().allPossible().ofLengthBetween(0, 40);
    return Generate.oneOf(Generate.constant(""), separator.zip(anything, String::concat));
  }

  /**
   * The keyword with each letter in random case, possibly followed by a random combining accent,
   * and the whole either decomposed or composed (so "E" + acute may arrive as "É").
   */
  private static Gen<TypedKeyword> disguised(String keyword) {
    return SourceDSL.lists()
        .of(SourceDSL.booleans().all())
        .ofSize(keyword.length())
        .zip(
            SourceDSL.lists().of(combiningAccentOrNone()).ofSize(keyword.length()),
            SourceDSL.arbitrary().pick(Normalizer.Form.NFC, Normalizer.Form.NFD),
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
  private static Gen<String> combiningAccentOrNone() {
    return Generate.oneOf(
        Generate.constant(""),
        Generate.characters('\u0300', '\u036F').map(accent -> String.valueOf(accent)));
  }
}
