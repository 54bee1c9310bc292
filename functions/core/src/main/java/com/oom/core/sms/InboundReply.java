package com.oom.core.sms;

/** What a guest's inbound text means. */
public sealed interface InboundReply {

  /**
   * The guest withdrew consent: stop texting this number at once.
   *
   * @param keyword the opt-out keyword as recognised, upper case without accents (e.g. "ARRET")
   */
  record OptOut(String keyword) implements InboundReply {}

  /**
   * The guest gave consent again.
   *
   * @param keyword the opt-in keyword as recognised, upper case without accents (e.g. "START")
   */
  record OptIn(String keyword) implements InboundReply {}

  /** The guest asked for help: answer with {@link SmsTemplates#helpText}. */
  record Help() implements InboundReply {}

  /** The guest confirmed the appointment. */
  record Confirm() implements InboundReply {}

  /** The guest asked to reschedule the appointment. */
  record Reschedule() implements InboundReply {}

  /** Anything else, for an agent to follow up. Never carries the body: bodies are personal data. */
  record FreeText() implements InboundReply {}

  /**
   * Classifies the text: trims, ignores case, accents (ARRÊT == ARRET), surrounding punctuation and
   * whitespace.
   *
   * <ul>
   *   <li>Opt-out: STOP, STOPALL, ARRET, UNSUBSCRIBE, END, QUIT, OPTOUT, OPT-OUT, REVOKE, CANCEL,
   *       DESABONNER.
   *   <li>Opt-in: START, UNSTOP, ABONNER.
   *   <li>Help: HELP, AIDE, INFO.
   *   <li>Confirm: C, CONFIRM, CONFIRMER.
   *   <li>Reschedule: R, RESCHEDULE, REPORTER.
   * </ul>
   *
   * A message whose first word is an opt-out keyword (e.g. "Stop texting me") is an opt-out, as
   * carriers treat it; so is one starting "opt out". Words are separated by anything other than a
   * letter, a digit or a hyphen, so "Stop, please" and "STOP.please" also opt out. Any other text
   * of more than one word, and null or blank text, is {@link FreeText}.
   */
  static InboundReply classify(String text) {
    return ReplyKeywords.classify(text);
  }
}
