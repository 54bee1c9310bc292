package com.oom.core.application;

import com.oom.core.order.Actor;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.TextMessage;
import com.oom.core.port.SmsLog;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The conversation with the guest as the order view shows it, oldest first: the texts kept on the
 * order, each outbound one with its fate in the SMS log (queued until the sender takes it).
 */
public final class Conversation {
  private Conversation() {}

  /** Where a text stands. */
  public enum State {
    /** A guest's text, kept on the order. */
    RECEIVED,
    /** An agent's text the sender has not taken yet. */
    QUEUED,
    SENT,
    /** In quiet hours or over the daily cap (or the gateway was busy): it goes out at notBefore. */
    DEFERRED,
    /** The policy stopped it at send time (the reason is in detail). */
    BLOCKED,
    FAILED
  }

  /**
   * @param notBefore for a deferred text: when it may go out
   * @param detail for a blocked or failed text: why
   */
  public record Entry(
      String textId,
      TextMessage.Direction direction,
      PhoneNumber number,
      String body,
      Instant at,
      Actor by,
      String comment,
      State state,
      Instant notBefore,
      String detail) {}

  /**
   * @param records the order's SMS log
   */
  public static List<Entry> of(OpenOrder order, List<SmsLog.SmsRecord> records) {
    return order.texts().stream().map(text -> entry(order.orderId(), text, records)).toList();
  }

  private static Entry entry(String orderId, TextMessage text, List<SmsLog.SmsRecord> records) {
    if (text.direction() == TextMessage.Direction.INBOUND) {
      return entry(text, State.RECEIVED, null, null);
    }
    String key = TextMessage.dedupeKey(orderId, text.textId());
    Optional<SmsLog.SmsRecord> latest =
        records.stream()
            .filter(r -> r.request() != null && key.equals(r.request().dedupeKey()))
            .max(Comparator.comparing(SmsLog.SmsRecord::at));
    if (latest.isEmpty()) {
      return entry(text, State.QUEUED, null, null);
    }
    SmsLog.SmsRecord record = latest.get();
    return switch (record.status()) {
      case SENT -> entry(text, State.SENT, null, null);
      case DEFERRED -> entry(text, State.DEFERRED, record.notBefore(), record.detail());
      case BLOCKED -> entry(text, State.BLOCKED, null, record.detail());
      case FAILED -> entry(text, State.FAILED, null, record.detail());
    };
  }

  private static Entry entry(TextMessage t, State state, Instant notBefore, String detail) {
    return new Entry(
        t.textId(),
        t.direction(),
        t.number(),
        t.body(),
        t.at(),
        t.by(),
        t.comment(),
        state,
        notBefore,
        detail);
  }
}
