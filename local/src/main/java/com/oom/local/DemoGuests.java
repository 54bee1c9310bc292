package com.oom.local;

import com.oom.aws.sqs.OomQueues;
import com.oom.aws.wire.MessageJson;
import com.oom.core.order.OpenOrder;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo's guests and Jenny: Jenny confirms most appointments of the confirmation list on her
 * EventBridge bus ({@code oom-jenny}, whose rule delivers to {@code oom-confirmations}); guests
 * answer the texts OOM sent them (C confirms, R asks to reschedule, STOP opts out, and a few write
 * in their own words for an agent to answer) through {@code oom-sms-inbound}, as SNS delivers them.
 */
final class DemoGuests {
  private final LocalSuite suite;
  private final Random random;
  private int messages;
  private int textsSeen;

  /**
   * @param random the demo's one seeded source of chance
   */
  DemoGuests(LocalSuite suite, Random random) {
    this.suite = suite;
    this.random = random;
  }

  /** Jenny reaches most guests of the confirmation list, and they confirm. */
  void jennyConfirms() {
    List<String> results = new ArrayList<>();
    for (WorkItem item : suite.services.listWorkList().handle(WorkListKind.CONFIRMATION, null)) {
      if (random.nextDouble() < 0.6) {
        OpenOrder order = suite.services.viewOrder().handle(item.orderId()).order();
        results.add(
            MessageJson.write(
                Map.of(
                    "eventId",
                    "jenny-" + id(),
                    "occurredAt",
                    suite.now().toString(),
                    "orderId",
                    order.orderId(),
                    "appointmentDate",
                    order.details().appointment().date().toString(),
                    "result",
                    "CONFIRMED",
                    "channel",
                    "VOICE")));
      }
    }
    suite.putOnJennysBus(results);
    suite.drain();
  }

  /** Some guests answer the texts sent since the last time. */
  void reply() {
    List<LocalSmsSink.Text> texts = suite.sms.all();
    for (LocalSmsSink.Text text : texts.subList(textsSeen, texts.size())) {
      double roll = random.nextDouble();
      String reply =
          roll < 0.02
              ? "STOP"
              : text.touchPoint().equals("APPOINTMENT_BOOKED") && roll < 0.3
                  ? "C"
                  : roll > 0.97 ? "R" : roll > 0.92 ? inOwnWords() : null;
      if (reply != null) {
        String payload =
            MessageJson.write(
                Map.of(
                    "originationNumber",
                    text.to(),
                    "destinationNumber",
                    "+12045550100",
                    "messageKeyword",
                    "KEYWORD_123456789012",
                    "messageBody",
                    reply,
                    "inboundMessageId",
                    "in-" + id(),
                    "previousPublishedMessageId",
                    "local"));
        suite.send(
            OomQueues.SMS_INBOUND,
            MessageJson.write(
                Map.of("Type", "Notification", "MessageId", "sns-" + id(), "Message", payload)));
      }
    }
    textsSeen = texts.size();
    suite.drain();
  }

  /** What a guest writes in their own words (the agents answer: {@link DemoAgentTexts}). */
  private String inOwnWords() {
    return OWN_WORDS.get(messages % OWN_WORDS.size());
  }

  private static final List<String> OWN_WORDS =
      List.of(
          "Can the driver call me 15 minutes before arriving?",
          "Please use the side door, the front steps are being repaired",
          "Is it possible to come after 3? I work mornings",
          "My daughter will be home to receive it");

  private String id() {
    return "demo-guest-" + (++messages);
  }
}
