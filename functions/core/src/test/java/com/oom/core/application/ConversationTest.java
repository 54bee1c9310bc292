package com.oom.core.application;

import static com.oom.core.testing.Orders.MOBILE;
import static com.oom.core.testing.Orders.defaultOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.Actor;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.TextMessage;
import com.oom.core.order.TouchPoint;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.port.SmsLog;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationTest {
  private static final Instant AT = Instant.parse("2026-12-01T17:00:00Z");

  private static TextMessage text(String id, TextMessage.Direction direction) {
    return new TextMessage(
        id,
        direction,
        MOBILE,
        "words " + id,
        AT,
        direction == TextMessage.Direction.INBOUND ? Actor.GUEST : Actor.agent("a-1"),
        direction == TextMessage.Direction.INBOUND ? null : "why");
  }

  private static SmsLog.SmsRecord record(String textId, SmsLog.Status status, Instant at) {
    SmsRequest request =
        new SmsRequest(
            "r-" + textId,
            "SO-1001",
            TouchPoint.AGENT_TEXT,
            TextMessage.dedupeKey("SO-1001", textId),
            MOBILE,
            AT);
    return new SmsLog.SmsRecord(
        request,
        TouchPoint.AGENT_TEXT,
        status,
        at,
        status == SmsLog.Status.DEFERRED ? AT.plusSeconds(36_000) : null,
        status == SmsLog.Status.DEFERRED ? "QUIET_HOURS" : "m-1",
        null);
  }

  @Test
  void the_conversation_shows_each_agents_text_with_its_fate_oldest_first() {
    OpenOrder order =
        defaultOrder().build().toBuilder()
            .addText(text("in", TextMessage.Direction.INBOUND))
            .addText(text("queued", TextMessage.Direction.OUTBOUND))
            .addText(text("deferred", TextMessage.Direction.OUTBOUND))
            .addText(text("sent", TextMessage.Direction.OUTBOUND))
            .build();
    List<SmsLog.SmsRecord> log =
        List.of(
            record("deferred", SmsLog.Status.DEFERRED, AT),
            record("sent", SmsLog.Status.DEFERRED, AT),
            record("sent", SmsLog.Status.SENT, AT.plusSeconds(60)));

    List<Conversation.Entry> entries = Conversation.of(order, log);

    assertThat(entries)
        .extracting(Conversation.Entry::state)
        .containsExactly(
            Conversation.State.RECEIVED,
            Conversation.State.QUEUED,
            Conversation.State.DEFERRED,
            Conversation.State.SENT);
    assertThat(entries.get(2).notBefore()).isEqualTo(AT.plusSeconds(36_000));
    assertThat(entries.get(2).detail()).isEqualTo("QUIET_HOURS");
    assertThat(entries.getFirst().body()).isEqualTo("words in");
  }
}
