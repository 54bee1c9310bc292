package com.oom.core.order;

import java.time.Instant;
import java.util.Objects;

/**
 * One text of the conversation with the guest kept on the order: a guest's free-text reply
 * (INBOUND) or an agent's text to the guest (OUTBOUND). The words stay in OOM: they are shown in
 * the order view and on the follow-up item, never logged, never mirrored to the ERP.
 *
 * @param textId the text's id: derived from the inbound message id, or from the agent's request
 * @param number the guest's number it came from or goes to
 * @param body the words, at most {@link #MAX_BODY_CHARS} characters (a longer inbound text is kept
 *     cut to that length)
 * @param by who wrote it: the guest, or the agent who sent it
 * @param comment the agent's comment on an outbound text (why it was sent); null for inbound
 */
public record TextMessage(
    String textId,
    Direction direction,
    PhoneNumber number,
    String body,
    Instant at,
    Actor by,
    String comment) {

  /** The longest text End User Messaging delivers (ten concatenated segments). */
  public static final int MAX_BODY_CHARS = 1_600;

  /** Which way the text went. */
  public enum Direction {
    /** From the guest to OOM. */
    INBOUND,
    /** From an agent to the guest. */
    OUTBOUND
  }

  public TextMessage {
    Objects.requireNonNull(textId, "textId");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    body = cut(body == null ? "" : body);
  }

  /** The dedupe key of the SMS request that sends an outbound text. */
  public static String dedupeKey(String orderId, String textId) {
    return orderId + "#" + TouchPoint.AGENT_TEXT + "#" + textId;
  }

  /** The text id an AGENT_TEXT request's dedupe key names, if it is one. */
  public static java.util.Optional<String> textIdOf(String dedupeKey) {
    String marker = "#" + TouchPoint.AGENT_TEXT + "#";
    int at = dedupeKey == null ? -1 : dedupeKey.indexOf(marker);
    return at < 0
        ? java.util.Optional.empty()
        : java.util.Optional.of(dedupeKey.substring(at + marker.length()));
  }

  /** {@code text} cut to {@link #MAX_BODY_CHARS}, never in the middle of a surrogate pair. */
  static String cut(String text) {
    if (text.length() <= MAX_BODY_CHARS) {
      return text;
    }
    int end = MAX_BODY_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
