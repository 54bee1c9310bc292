package com.oom.core.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.GuestLanguage;
import com.oom.core.order.TouchPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Carrier and consent rules every default message must satisfy. */
class SmsTemplatesComplianceTest {
  /** Every touch point the templates word (an agent's text is the agent's own words). */
  private static final List<TouchPoint> TEMPLATED =
      java.util.Arrays.stream(TouchPoint.values()).filter(TouchPoint::templated).toList();

  /** Two 160-character GSM 7-bit segments' worth of text. */
  private static final int MAX_MESSAGE_LENGTH = 320;

  /** The GSM 03.38 basic character set (without the escape-prefixed extension table). */
  private static final String GSM_7_BIT_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

  /** An upper-case word the guest is asked to reply: "Reply C", "or R", "Répondez ARRET". */
  private static final Pattern KEYWORD_ASKED_FOR =
      Pattern.compile(
          "(?<=\\b(?i:reply|répondez|or|ou) )\\p{Lu}+\\b", Pattern.UNICODE_CHARACTER_CLASS);

  private final SmsTemplates templates = SmsTemplates.defaults();

  @Test
  void noTemplateHelpTextOrConfirmationMentionsCancelOrAnnuler() {
    assertThat(everyFixedText())
        .isNotEmpty()
        .allSatisfy(
            text ->
                assertThat(text)
                    .doesNotContainIgnoringCase("CANCEL")
                    .doesNotContainIgnoringCase("ANNULER"));
  }

  @Test
  void everyEnglishTemplateEndsWithTheEnglishOptOutLine() {
    for (TouchPoint touchPoint : TEMPLATED) {
      assertThat(templates.template(touchPoint, GuestLanguage.ENGLISH))
          .endsWith("Reply STOP to opt out.");
    }
  }

  @Test
  void everyFrenchTemplateEndsWithTheFrenchOptOutLine() {
    for (TouchPoint touchPoint : TEMPLATED) {
      assertThat(templates.template(touchPoint, GuestLanguage.FRENCH))
          .endsWith("Répondez ARRET pour vous désabonner.");
    }
  }

  @ParameterizedTest
  @EnumSource(GuestLanguage.class)
  void optOutLineIsTheOneEveryTemplateEndsWith(GuestLanguage language) {
    for (TouchPoint touchPoint : TEMPLATED) {
      assertThat(templates.template(touchPoint, language)).endsWith(templates.optOutLine(language));
    }
  }

  @ParameterizedTest
  @EnumSource(GuestLanguage.class)
  void everyTemplateIdentifiesTheSenderAndTheOrder(GuestLanguage language) {
    for (TouchPoint touchPoint : TEMPLATED) {
      assertThat(templates.template(touchPoint, language))
          .contains("{storeName}")
          .contains("{orderId}");
    }
  }

  @ParameterizedTest
  @EnumSource(GuestLanguage.class)
  void appointmentMessagesInviteTheGuestToConfirmOrReschedule(GuestLanguage language) {
    String invitation =
        switch (language) {
          case ENGLISH -> "Reply C to confirm or R to reschedule.";
          case FRENCH -> "Répondez C pour confirmer ou R pour changer la date.";
        };
    for (TouchPoint touchPoint :
        List.of(TouchPoint.APPOINTMENT_BOOKED, TouchPoint.APPOINTMENT_REMINDER)) {
      assertThat(templates.template(touchPoint, language))
          .contains("{date}", "{windowStart}", "{windowEnd}", invitation);
    }
  }

  @Test
  void helpTextSaysWhoWeAreHowToReachUsAndHowToOptOut() {
    assertThat(templates.helpText(GuestLanguage.ENGLISH))
        .contains("furniture and appliance store", "call the store")
        .endsWith("Reply STOP to opt out.");
    assertThat(templates.helpText(GuestLanguage.FRENCH))
        .contains("magasin de meubles", "appelez le magasin")
        .endsWith("Répondez ARRET pour vous désabonner.");
  }

  @Test
  void optOutConfirmationSaysNoMoreMessagesWillBeSent() {
    assertThat(templates.optOutConfirmation(GuestLanguage.ENGLISH))
        .startsWith("You are unsubscribed")
        .contains("no more messages")
        .doesNotContain("Reply STOP");
    assertThat(templates.optOutConfirmation(GuestLanguage.FRENCH))
        .contains("désabonnement", "ne recevrez plus de messages")
        .doesNotContain("Répondez ARRET");
  }

  @Test
  void everyKeywordAMessageAsksForMeansWhatTheMessageOffers() {
    Map<String, Class<? extends InboundReply>> offered =
        Map.of(
            "STOP", InboundReply.OptOut.class,
            "ARRET", InboundReply.OptOut.class,
            "C", InboundReply.Confirm.class,
            "R", InboundReply.Reschedule.class,
            "START", InboundReply.OptIn.class,
            "ABONNER", InboundReply.OptIn.class);
    List<String> keywordsAskedFor = new ArrayList<>();
    for (String text : everyFixedText()) {
      Matcher words = KEYWORD_ASKED_FOR.matcher(text);
      while (words.find()) {
        keywordsAskedFor.add(words.group());
      }
    }

    assertThat(keywordsAskedFor)
        .containsAll(offered.keySet())
        .allSatisfy(
            keyword -> {
              assertThat(offered).containsKey(keyword);
              assertThat(InboundReply.classify(keyword)).isInstanceOf(offered.get(keyword));
            });
  }

  @ParameterizedTest
  @EnumSource(GuestLanguage.class)
  void everyMessageWithLongButRealisticParametersFitsIn320Characters(GuestLanguage language) {
    for (TouchPoint touchPoint : TEMPLATED) {
      assertThat(templates.render(touchPoint, language, SampleParameters.longest()))
          .hasSizeLessThanOrEqualTo(MAX_MESSAGE_LENGTH);
    }
    assertThat(templates.helpText(language)).hasSizeLessThanOrEqualTo(MAX_MESSAGE_LENGTH);
    assertThat(templates.optOutConfirmation(language)).hasSizeLessThanOrEqualTo(MAX_MESSAGE_LENGTH);
  }

  @ParameterizedTest
  @EnumSource(GuestLanguage.class)
  void fixedWordingStaysInTheGsm7BitAlphabetSoSegmentsHold153Characters(GuestLanguage language) {
    List<String> messages = new ArrayList<>();
    for (TouchPoint touchPoint : TEMPLATED) {
      messages.add(templates.render(touchPoint, language, SampleParameters.typical()));
    }
    messages.add(templates.helpText(language));
    messages.add(templates.optOutConfirmation(language));

    assertThat(messages)
        .allSatisfy(
            message ->
                assertThat(message.chars())
                    .allMatch(character -> GSM_7_BIT_BASIC.indexOf(character) >= 0));
  }

  private List<String> everyFixedText() {
    List<String> texts = new ArrayList<>();
    for (GuestLanguage language : GuestLanguage.values()) {
      for (TouchPoint touchPoint : TEMPLATED) {
        texts.add(templates.template(touchPoint, language));
      }
      texts.add(templates.helpText(language));
      texts.add(templates.optOutConfirmation(language));
    }
    return texts;
  }
}
