package com.oom.core.sms;

import static com.oom.core.testing.Orders.MOBILE;
import static com.oom.core.testing.Orders.defaultOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.Actor;
import com.oom.core.order.GuestLanguage;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.TextMessage;
import com.oom.core.order.TouchPoint;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgentTextMessagesTest {
  private final SmsTemplates templates = SmsTemplates.defaults();

  private static OpenOrder withText(GuestLanguage language, String textId, String words) {
    return defaultOrder().language(language).build().toBuilder()
        .addText(
            new TextMessage(
                textId,
                TextMessage.Direction.OUTBOUND,
                MOBILE,
                words,
                Instant.parse("2026-12-01T17:00:00Z"),
                Actor.agent("agent-7"),
                "why"))
        .build();
  }

  @Test
  void an_agents_text_is_sent_as_written_with_the_opt_out_line() {
    OpenOrder order = withText(GuestLanguage.ENGLISH, "t1", "Your sofa arrives Tuesday.");

    assertThat(
            TouchPointMessages.render(
                templates, TouchPoint.AGENT_TEXT, TextMessage.dedupeKey("SO-1001", "t1"), order))
        .hasValue("Your sofa arrives Tuesday. Reply STOP to opt out.");
  }

  @Test
  void a_french_guest_gets_the_french_opt_out_line_once() {
    OpenOrder order =
        withText(
            GuestLanguage.FRENCH,
            "t1",
            "Votre canapé arrive mardi. Répondez ARRET pour vous désabonner.");

    assertThat(
            TouchPointMessages.render(
                templates, TouchPoint.AGENT_TEXT, TextMessage.dedupeKey("SO-1001", "t1"), order))
        .hasValue("Votre canapé arrive mardi. Répondez ARRET pour vous désabonner.");
  }

  @Test
  void an_agents_text_the_order_no_longer_holds_is_not_sent() {
    OpenOrder order = withText(GuestLanguage.ENGLISH, "t1", "Hello");

    assertThat(
            TouchPointMessages.render(
                templates, TouchPoint.AGENT_TEXT, TextMessage.dedupeKey("SO-1001", "t2"), order))
        .isEmpty();
  }

  @Test
  void the_longest_agents_text_stays_within_four_sms_segments() {
    String longest = "x".repeat(com.oom.core.rules.AgentTexts.MAX_BODY_CHARS);
    for (GuestLanguage language : GuestLanguage.values()) {
      assertThat(TouchPointMessages.agentText(templates, longest, language).length())
          .isLessThanOrEqualTo(612);
    }
  }
}
