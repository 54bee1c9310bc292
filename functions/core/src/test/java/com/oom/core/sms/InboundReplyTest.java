package com.oom.core.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InboundReplyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
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
        "DESABONNER"
      })
  void everyOptOutKeywordOptsOutUnderItsOwnName(String keyword) {
    assertThat(InboundReply.classify(keyword)).isEqualTo(new InboundReply.OptOut(keyword));
    assertThat(InboundReply.classify(keyword.toLowerCase()))
        .isEqualTo(new InboundReply.OptOut(keyword));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "arrêt       | ARRET",
        "ARRÊT       | ARRET",
        "' Stop. '   | STOP",
        "STOP please | STOP",
        "Stop texting me | STOP",
        "stop!!!     | STOP",
        "Stop,please | STOP",
        "'«Arrêt»'   | ARRET",
        "Désabonner  | DESABONNER",
        "opt-out     | OPT-OUT",
        "Cancel my order please | CANCEL",
        "ＳＴＯＰ    | STOP",
        "Opt out     | OPT OUT",
        "'\tQuit\n'  | QUIT"
      })
  void optsOutWhenTheFirstWordIsAnOptOutKeywordInAnyCaseAccentOrPunctuation(
      String text, String keyword) {
    assertThat(InboundReply.classify(text)).isEqualTo(new InboundReply.OptOut(keyword));
  }

  @ParameterizedTest
  @ValueSource(strings = {"START", "UNSTOP", "ABONNER", "start", "Abonner!"})
  void optInKeywordsOptIn(String text) {
    assertThat(InboundReply.classify(text)).isInstanceOf(InboundReply.OptIn.class);
  }

  @Test
  void optInNamesTheCanonicalKeyword() {
    assertThat(InboundReply.classify(" unstop ")).isEqualTo(new InboundReply.OptIn("UNSTOP"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"HELP", "help", "AIDE", "Aide?", "INFO", "info."})
  void helpKeywordsAskForHelp(String text) {
    assertThat(InboundReply.classify(text)).isEqualTo(new InboundReply.Help());
  }

  @ParameterizedTest
  @ValueSource(strings = {"C", "c", " C. ", "CONFIRM", "confirm!", "CONFIRMER", "Confirmer"})
  void confirmKeywordsConfirm(String text) {
    assertThat(InboundReply.classify(text)).isEqualTo(new InboundReply.Confirm());
  }

  @ParameterizedTest
  @ValueSource(strings = {"R", "r", "(R)", "RESCHEDULE", "reschedule", "REPORTER", "Reporter"})
  void rescheduleKeywordsAskToReschedule(String text) {
    assertThat(InboundReply.classify(text)).isEqualTo(new InboundReply.Reschedule());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "?!",
        "Yes I will be home",
        "YES",
        "Oui",
        "Help me reschedule",
        "C'est confirmé",
        "R please",
        "Start again",
        "Can you come earlier?",
        "stopping by the store later"
      })
  void anythingElseIsFreeTextForAnAgent(String text) {
    assertThat(InboundReply.classify(text)).isEqualTo(new InboundReply.FreeText());
  }

  @Test
  void freeTextCarriesNoBody() {
    assertThat(InboundReply.FreeText.class.getRecordComponents()).isEmpty();
  }
}
