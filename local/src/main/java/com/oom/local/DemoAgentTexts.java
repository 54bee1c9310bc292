package com.oom.local;

import com.oom.core.application.TextGuest;
import com.oom.core.order.Acting;
import com.oom.core.order.Actor;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.TextMessage;
import com.oom.core.order.TextRefused;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import java.util.List;

/**
 * The demo's agents answering guests' texts: they work the follow-up items that carry the guest's
 * words, read the conversation on the order (as the order view shows it) and text the guest back
 * through the agent API's use case, under the touch points' policy. Texts in quiet hours are
 * deferred (the sweep sends them in the morning); a text the policy forbids is refused. Counted for
 * the daily table.
 */
final class DemoAgentTexts {
  private static final Acting AGENT = Actor.agent("demo-agent-texts");

  private final LocalSuite suite;
  private int requests;
  private int sent;
  private int deferred;
  private int refused;

  DemoAgentTexts(LocalSuite suite) {
    this.suite = suite;
  }

  /** What the agents' texts came to since the last tally. */
  record Tally(int sent, int deferred, int refused) {}

  /** Every follow-up item with a guest's words gets an answer. */
  void answer() {
    for (String store : suite.stores.storeIds()) {
      for (WorkItem item : suite.services.listWorkList().handle(WorkListKind.FOLLOW_UP, store)) {
        if (item.guestText() != null) {
          OpenOrder order = suite.services.viewOrder().handle(item.orderId()).order();
          answer(order, latestWords(order.texts()));
        }
      }
    }
    suite.drain();
  }

  private void answer(OpenOrder order, String guestWords) {
    String body =
        "Hi "
            + order.details().guest().firstName()
            + ", thanks for your message about order "
            + order.orderId()
            + ". "
            + (guestWords.contains("?")
                ? "Yes, we can do that: we will confirm the details by phone."
                : "We have noted it for your delivery.");
    try {
      TextGuest.Result result =
          suite
              .services
              .textGuest()
              .handle(
                  new TextGuest.Command(
                      "demo-text-" + (++requests),
                      order.orderId(),
                      AGENT,
                      null,
                      body,
                      "answering the guest's text"));
      if (result.expected() == TextGuest.Expected.DEFERRED) {
        deferred++;
      } else {
        sent++;
      }
    } catch (TextRefused e) {
      refused++;
    }
  }

  private static String latestWords(List<TextMessage> texts) {
    return texts.reversed().stream()
        .filter(t -> t.direction() == TextMessage.Direction.INBOUND)
        .map(TextMessage::body)
        .findFirst()
        .orElse("");
  }

  Tally takeTally() {
    Tally tally = new Tally(sent, deferred, refused);
    sent = 0;
    deferred = 0;
    refused = 0;
    return tally;
  }
}
