package com.oom.aws.wire.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.events.DomainEventWire;
import com.oom.aws.wire.sms.SmsRequestWire;
import com.oom.core.events.DomainEventType;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.outbox.OutboxMessage.DomainEvent;
import com.oom.core.outbox.OutboxMessage.ErpUpdate;
import com.oom.core.outbox.OutboxMessage.HandOff;
import com.oom.core.outbox.OutboxMessage.SmsRequest;

/** An outbox message as the body it is published with, and back (the outbox item's payload). */
public final class OutboxWire {
  /** A domain event's outbox type is this and its detail-type ({@code Event:OrderEscalated}). */
  static final String EVENT_PREFIX = "Event:";

  private OutboxWire() {}

  /** The message's wire record. */
  public static Object of(OutboxMessage message) {
    return switch (message) {
      case HandOff h -> HandOffWire.of(h);
      case ErpUpdate u -> ErpUpdateWire.of(u);
      case SmsRequest r -> SmsRequestWire.of(r);
      case DomainEvent e -> DomainEventWire.of(e);
    };
  }

  /** The name stored with an outbox item's payload: {@link #read}'s {@code type}. */
  public static String type(OutboxMessage message) {
    return switch (message) {
      case HandOff h -> "HandOff";
      case ErpUpdate u -> "ErpUpdate";
      case SmsRequest r -> "SmsRequest";
      case DomainEvent e -> EVENT_PREFIX + e.type().detailType();
    };
  }

  /** The message body: its schema's JSON. */
  public static String body(OutboxMessage message) {
    return MessageJson.write(of(message));
  }

  /**
   * The message a body of {@code type} ({@code HandOff}, {@code ErpUpdate}, ...) was written from.
   */
  public static OutboxMessage read(String type, String body) {
    return switch (type) {
      case "HandOff" -> MessageJson.read(body, HandOffWire.class).toDomain();
      case "ErpUpdate" -> MessageJson.read(upgraded(body), ErpUpdateWire.class).toDomain();
      case "SmsRequest" -> MessageJson.read(body, SmsRequestWire.class).toDomain();
      default -> {
        if (type.startsWith(EVENT_PREFIX)) {
          yield MessageJson.read(body, DomainEventWire.class)
              .toDomain(DomainEventType.valueOf(type.substring(EVENT_PREFIX.length())));
        }
        throw new IllegalStateException("unknown outbox type " + type);
      }
    };
  }

  /**
   * An ERP update stored in the outbox before version 2 (no {@code schemaVersion}) is published as
   * version 2: the same contact status, date, fulfilment status and comment, no typed part, and as
   * action {@code ESCALATED} when it carries CWC, else {@code COMMENT} (version 1 did not say).
   */
  static String upgraded(String erpUpdateBody) {
    try {
      ObjectNode node = (ObjectNode) MessageJson.mapper().readTree(erpUpdateBody);
      if (node.has("schemaVersion")) {
        return erpUpdateBody;
      }
      node.put("schemaVersion", ErpUpdateWire.SCHEMA_VERSION);
      boolean cwc = "CWC".equals(node.path("fulfilmentStatus").asText(null));
      node.put("action", cwc ? "ESCALATED" : "COMMENT");
      return MessageJson.mapper().writeValueAsString(node);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("unreadable ERP update in the outbox", e);
    }
  }
}
