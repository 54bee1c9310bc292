package com.oom.core.application;

import com.oom.core.events.EventDetail;
import com.oom.core.order.DerivedId;
import com.oom.core.outbox.OutboxMessage.DomainEvent;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.port.SmsLog;
import java.util.List;

/**
 * The event a text's recorded fate is published as: sent, deferred or blocked (a failure is none of
 * them). A text is sent once per dedupe key and blocked once per reason; it may be deferred several
 * times, each until another instant: the ids follow, so a redelivered request that ends the same
 * way writes the same id.
 */
final class TextEvents {
  private TextEvents() {}

  /**
   * @param storeId the order's store, or null when the order is gone
   */
  static List<DomainEvent> of(SmsLog.SmsRecord record, String storeId) {
    SmsRequest request = record.request();
    String key = request.dedupeKey();
    String phone = request.to().masked();
    String id;
    EventDetail detail;
    switch (record.status()) {
      case SENT -> {
        id = DerivedId.of(key, "TextSent");
        String messageId =
            SendTouchPoint.UNCONFIRMED.equals(record.detail()) ? null : record.detail();
        detail = new EventDetail.TextSent(record.touchPoint(), key, phone, messageId);
      }
      case DEFERRED -> {
        id = DerivedId.of(key, "TextDeferred", record.notBefore().toString());
        detail =
            new EventDetail.TextDeferred(
                record.touchPoint(), key, phone, record.notBefore(), record.detail());
      }
      case BLOCKED -> {
        id = DerivedId.of(key, "TextBlocked", String.valueOf(record.detail()));
        detail = new EventDetail.TextBlocked(record.touchPoint(), key, phone, record.detail());
      }
      default -> {
        return List.of();
      }
    }
    return List.of(new DomainEvent(id, request.orderId(), record.at(), storeId, detail));
  }
}
