package com.oom.core.sms;

import static com.oom.core.order.GuestLanguage.ENGLISH;
import static com.oom.core.order.GuestLanguage.FRENCH;
import static com.oom.core.sms.SampleParameters.withBalance;
import static com.oom.core.sms.SampleParameters.withName;
import static com.oom.core.sms.SampleParameters.withStore;
import static com.oom.core.sms.SampleParameters.withWindow;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.GuestLanguage;
import com.oom.core.order.TouchPoint;
import java.time.LocalTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SmsTemplatesRenderingTest {

  private final SmsTemplates templates = SmsTemplates.defaults();

  static Stream<Arguments> expectedMessages() {
    return Stream.of(
        Arguments.of(
            TouchPoint.MERCHANDISE_AVAILABLE,
            ENGLISH,
            "Hi Marie, this is Maple Home. Good news: the merchandise for order 4512345 has"
                + " arrived. Call us or reply to book your delivery or pick-up."
                + " Reply STOP to opt out."),
        Arguments.of(
            TouchPoint.MERCHANDISE_AVAILABLE,
            FRENCH,
            "Bonjour Marie, ici Maple Home. Bonne nouvelle : la marchandise de la commande"
                + " 4512345 est arrivée. Appelez-nous ou répondez à ce message pour planifier la"
                + " livraison ou la cueillette. Répondez ARRET pour vous désabonner."),
        Arguments.of(
            TouchPoint.APPOINTMENT_BOOKED,
            ENGLISH,
            "Hi Marie, this is Maple Home. Your appointment for order 4512345 is booked for"
                + " Tuesday, December 1 between 8:00 a.m. and 12:00 p.m."
                + " Reply C to confirm or R to reschedule. Reply STOP to opt out."),
        Arguments.of(
            TouchPoint.APPOINTMENT_BOOKED,
            FRENCH,
            "Bonjour Marie, ici Maple Home. Votre rendez-vous pour la commande 4512345 est prévu"
                + " le mardi 1 décembre entre 8 h 00 et 12 h 00. Répondez C pour confirmer ou R"
                + " pour changer la date. Répondez ARRET pour vous désabonner."),
        Arguments.of(
            TouchPoint.APPOINTMENT_REMINDER,
            ENGLISH,
            "Hi Marie, this is Maple Home. Reminder: your appointment for order 4512345 is on"
                + " Tuesday, December 1 between 8:00 a.m. and 12:00 p.m."
                + " Reply C to confirm or R to reschedule. Reply STOP to opt out."),
        Arguments.of(
            TouchPoint.APPOINTMENT_REMINDER,
            FRENCH,
            "Bonjour Marie, ici Maple Home. Rappel : votre rendez-vous pour la commande 4512345"
                + " est le mardi 1 décembre entre 8 h 00 et 12 h 00. Répondez C pour confirmer ou"
                + " R pour changer la date. Répondez ARRET pour vous désabonner."),
        Arguments.of(
            TouchPoint.TIME_FRAME,
            ENGLISH,
            "Hi Marie, this is Maple Home. For order 4512345 on Tuesday, December 1, our delivery"
                + " team or technician will arrive between 8:00 a.m. and 12:00 p.m."
                + " Reply STOP to opt out."),
        Arguments.of(
            TouchPoint.TIME_FRAME,
            FRENCH,
            "Bonjour Marie, ici Maple Home. Pour la commande 4512345 le mardi 1 décembre, notre"
                + " équipe de livraison ou le technicien arrivera entre 8 h 00 et 12 h 00."
                + " Répondez ARRET pour vous désabonner."),
        Arguments.of(
            TouchPoint.REVISED_ATP,
            ENGLISH,
            "Hi Marie, this is Maple Home. The merchandise for order 4512345 is now expected to be"
                + " available on Tuesday, December 1. We are sorry for the delay."
                + " Reply STOP to opt out."),
        Arguments.of(
            TouchPoint.REVISED_ATP,
            FRENCH,
            "Bonjour Marie, ici Maple Home. La nouvelle date de disponibilité prévue de la"
                + " marchandise de la commande 4512345 est le mardi 1 décembre. Nous sommes désolés"
                + " du retard. Répondez ARRET pour vous désabonner."),
        Arguments.of(
            TouchPoint.MISSED_APPOINTMENT,
            ENGLISH,
            "Hi Marie, this is Maple Home. We missed you at your appointment for order 4512345."
                + " Reply R or call us to rebook. Reply STOP to opt out."),
        Arguments.of(
            TouchPoint.MISSED_APPOINTMENT,
            FRENCH,
            "Bonjour Marie, ici Maple Home. Votre rendez-vous pour la commande 4512345 n'a pas pu"
                + " avoir lieu en votre absence. Répondez R ou appelez-nous pour fixer une nouvelle"
                + " date. Répondez ARRET pour vous désabonner."),
        Arguments.of(
            TouchPoint.BALANCE_DUE,
            ENGLISH,
            "Hi Marie, this is Maple Home. A balance of $125.50 is owing on order 4512345."
                + " Please call us to pay it so we can complete your order. Reply STOP to opt out."),
        Arguments.of(
            TouchPoint.BALANCE_DUE,
            FRENCH,
            "Bonjour Marie, ici Maple Home. Un solde de 125,50 $ reste à payer sur la commande"
                + " 4512345. Appelez-nous pour le régler afin que nous puissions finaliser votre"
                + " commande. Répondez ARRET pour vous désabonner."),
        Arguments.of(
            TouchPoint.TRANSFER_ARRIVED,
            ENGLISH,
            "Hi Marie, this is Maple Home. Good news: the merchandise for order 4512345 has"
                + " been transferred and has arrived at Maple Home. Call us or reply to book your"
                + " delivery or pick-up. Reply STOP to opt out."),
        Arguments.of(
            TouchPoint.TRANSFER_ARRIVED,
            FRENCH,
            "Bonjour Marie, ici Maple Home. Bonne nouvelle : la marchandise de la commande"
                + " 4512345 a été transférée et est arrivée à Maple Home. Appelez-nous ou répondez"
                + " à ce message pour planifier la livraison ou la cueillette. Répondez ARRET pour"
                + " vous désabonner."));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("expectedMessages")
  void rendersEachTouchPointInEachLanguageWordForWord(
      TouchPoint touchPoint, GuestLanguage language, String expected) {
    assertThat(templates.render(touchPoint, language, SampleParameters.typical()))
        .isEqualTo(expected);
  }

  @Test
  void expectedMessagesCoverEveryTouchPointInBothLanguages() {
    assertThat(expectedMessages()).hasSize(TouchPoint.values().length * 2);
  }

  @Test
  void greetsWithoutANameWhenTheFirstNameIsMissing() {
    SmsParameters noName = withName(null);

    assertThat(templates.render(TouchPoint.MERCHANDISE_AVAILABLE, ENGLISH, noName))
        .startsWith("Hi, this is Maple Home.");
    assertThat(templates.render(TouchPoint.MERCHANDISE_AVAILABLE, FRENCH, noName))
        .startsWith("Bonjour, ici Maple Home.");
  }

  @Test
  void treatsABlankFirstNameAsMissing() {
    assertThat(templates.render(TouchPoint.MISSED_APPOINTMENT, ENGLISH, withName("  ")))
        .startsWith("Hi, this is Maple Home.");
  }

  @Test
  void namesYourStoreAsSenderWhenTheStoreNameIsMissing() {
    SmsParameters noStore = withStore(null);

    assertThat(templates.render(TouchPoint.REVISED_ATP, ENGLISH, noStore))
        .startsWith("Hi Marie, this is your store.");
    assertThat(templates.render(TouchPoint.REVISED_ATP, FRENCH, noStore))
        .startsWith("Bonjour Marie, ici votre magasin.");
  }

  @Test
  void rendersTheMinimalParametersEachTouchPointNeeds() {
    SmsParameters orderOnly = new SmsParameters(null, "4512345", null, null, null, null, null);

    assertThat(templates.render(TouchPoint.MERCHANDISE_AVAILABLE, ENGLISH, orderOnly))
        .isEqualTo(
            "Hi, this is your store. Good news: the merchandise for order 4512345 has arrived."
                + " Call us or reply to book your delivery or pick-up. Reply STOP to opt out.");
    assertThat(templates.render(TouchPoint.MISSED_APPOINTMENT, FRENCH, orderOnly))
        .isEqualTo(
            "Bonjour, ici votre magasin. Votre rendez-vous pour la commande 4512345 n'a pas pu"
                + " avoir lieu en votre absence. Répondez R ou appelez-nous pour fixer une nouvelle"
                + " date. Répondez ARRET pour vous désabonner.");
  }

  @Test
  void groupsThousandsInTheBalanceTheWayEachLanguageWritesMoney() {
    SmsParameters bigBalance = withBalance("1125.5");

    assertThat(templates.render(TouchPoint.BALANCE_DUE, ENGLISH, bigBalance))
        .contains("A balance of $1,125.50 is owing");
    assertThat(templates.render(TouchPoint.BALANCE_DUE, FRENCH, bigBalance))
        .contains("Un solde de 1 125,50 $ reste");
  }

  @Test
  void writesAfternoonWindowsAsPmInEnglishAndTwentyFourHourClockInFrench() {
    SmsParameters afternoon = withWindow(LocalTime.of(13, 0), LocalTime.of(17, 30));

    assertThat(templates.render(TouchPoint.APPOINTMENT_BOOKED, ENGLISH, afternoon))
        .contains("between 1:00 p.m. and 5:30 p.m. Reply C");
    assertThat(templates.render(TouchPoint.APPOINTMENT_BOOKED, FRENCH, afternoon))
        .contains("entre 13 h 00 et 17 h 30. Répondez C");
  }

  @Test
  void endsAWindowSentenceWithOnePeriodAfterAnAmPmMarker() {
    String message = templates.render(TouchPoint.TIME_FRAME, ENGLISH, SampleParameters.typical());

    assertThat(message).contains("12:00 p.m. Reply STOP").doesNotContain("..");
  }

  @Test
  void insertsParameterValuesLiterallyEvenWhenTheyLookLikePlaceholdersOrRegexGroups() {
    SmsParameters tricky = new SmsParameters("{orderId}", "$1", "\\Store", null, null, null, null);

    assertThat(templates.render(TouchPoint.MERCHANDISE_AVAILABLE, ENGLISH, tricky))
        .startsWith("Hi {orderId}, this is \\Store. Good news: the merchandise for order $1 has");
  }
}
