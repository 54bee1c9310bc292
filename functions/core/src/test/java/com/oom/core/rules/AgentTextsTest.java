package com.oom.core.rules;

import static com.oom.core.testing.Orders.HOME;
import static com.oom.core.testing.Orders.MOBILE;
import static com.oom.core.testing.Orders.WORK;
import static com.oom.core.testing.Orders.agent;
import static com.oom.core.testing.Orders.defaultHomePhone;
import static com.oom.core.testing.Orders.defaultMobile;
import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.audit.AuditWording;
import com.oom.core.order.Actor;
import com.oom.core.order.FollowUpRequest;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.PhoneType;
import com.oom.core.order.TextMessage;
import com.oom.core.order.TextRefused;
import com.oom.core.order.TouchPoint;
import com.oom.core.order.WrongNumber;
import com.oom.core.outbox.OutboxMessage;
import com.oom.core.outbox.OutboxMessages;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentTextsTest {

  private static final Instant NOW = winnipeg("2026-12-01T11:00");
  private static final ChangeContext AGENT = agent("req-1", NOW);
  private static final String BODY = "Hi Marie, the driver can come after 3 pm on Tuesday.";

  private static OrderUpdate send(OpenOrder order, PhoneNumber to, Set<PhoneNumber> optedOut) {
    return AgentTexts.send(
        order, new AgentTexts.Request(to, BODY, "guest asked for the afternoon"), optedOut, AGENT);
  }

  private static TextRefused.Reason refusal(OpenOrder order, PhoneNumber to, Set<PhoneNumber> out) {
    try {
      send(order, to, out);
    } catch (TextRefused refused) {
      return refused.reason();
    }
    throw new AssertionError("the text was not refused");
  }

  @Test
  void an_agents_text_is_kept_on_the_order_and_queued_as_an_agent_text_sms() {
    OrderUpdate update = send(defaultOrder().build(), null, Set.of());

    TextMessage text = update.after().texts().getLast();
    assertThat(text.direction()).isEqualTo(TextMessage.Direction.OUTBOUND);
    assertThat(text.body()).isEqualTo(BODY);
    assertThat(text.number()).isEqualTo(MOBILE);
    assertThat(text.by()).isEqualTo(Actor.agent("agent-7"));
    assertThat(text.comment()).isEqualTo("guest asked for the afternoon");
    List<OutboxMessage> out = OutboxMessages.from(update, List.of());
    assertThat(out)
        .filteredOn(OutboxMessage.SmsRequest.class::isInstance)
        .singleElement()
        .isInstanceOfSatisfying(
            OutboxMessage.SmsRequest.class,
            sms -> {
              assertThat(sms.touchPoint()).isEqualTo(TouchPoint.AGENT_TEXT);
              assertThat(sms.dedupeKey()).isEqualTo("SO-1001#AGENT_TEXT#" + text.textId());
              assertThat(sms.to()).isEqualTo(MOBILE);
            });
  }

  @Test
  void the_audit_says_a_text_went_out_with_the_agents_comment_but_not_its_words() {
    OrderUpdate update = send(defaultOrder().build(), null, Set.of());

    var entry = AuditWording.entryFor(update.events().getFirst());
    assertThat(entry.action()).isEqualTo("AGENT_TEXT");
    assertThat(entry.comment())
        .contains("guest asked for the afternoon")
        .contains(MOBILE.masked())
        .doesNotContain("driver")
        .doesNotContain(MOBILE.value());
    assertThat(OutboxMessages.from(update, List.of()).toString()).doesNotContain("driver");
  }

  @Test
  void the_text_goes_to_the_number_touch_points_use_unless_another_of_the_guests_is_asked() {
    GuestPhone secondMobile = new GuestPhone(WORK, PhoneType.MOBILE, true);
    OpenOrder order =
        defaultOrder().phones(defaultHomePhone(), defaultMobile(), secondMobile).build();

    assertThat(send(order, null, Set.of()).after().texts().getLast().number()).isEqualTo(MOBILE);
    assertThat(send(order, WORK, Set.of()).after().texts().getLast().number()).isEqualTo(WORK);
  }

  @Test
  void answering_the_guests_text_takes_the_order_off_follow_up_but_not_a_reschedule_request() {
    OpenOrder replied =
        defaultOrder().build().toBuilder()
            .followUp(new FollowUpRequest(FollowUpRequest.Reason.GUEST_REPLY, NOW))
            .build();
    OpenOrder reschedule =
        replied.toBuilder()
            .followUp(new FollowUpRequest(FollowUpRequest.Reason.RESCHEDULE_REQUESTED, NOW))
            .build();

    assertThat(send(replied, null, Set.of()).after().followUp()).isNull();
    assertThat(send(reschedule, null, Set.of()).after().followUp()).isNotNull();
  }

  @Test
  void a_text_to_an_opted_out_number_is_refused_as_opted_out() {
    assertThat(refusal(defaultOrder().build(), null, Set.of(MOBILE)))
        .isEqualTo(TextRefused.Reason.OPTED_OUT);
  }

  @Test
  void a_text_without_consent_is_refused_as_no_consent() {
    OpenOrder order =
        defaultOrder().phones(new GuestPhone(MOBILE, PhoneType.MOBILE, false)).build();

    assertThat(refusal(order, null, Set.of())).isEqualTo(TextRefused.Reason.NO_CONSENT);
  }

  @Test
  void a_text_to_a_home_phone_is_refused_as_not_mobile() {
    assertThat(refusal(defaultOrder().build(), HOME, Set.of()))
        .isEqualTo(TextRefused.Reason.NOT_MOBILE);
  }

  @Test
  void a_text_to_a_number_not_the_guests_is_refused_as_not_on_file() {
    assertThat(refusal(defaultOrder().build(), PhoneNumber.parse("+14165550100"), Set.of()))
        .isEqualTo(TextRefused.Reason.NUMBER_NOT_ON_FILE);
    assertThat(refusal(defaultOrder().phones().build(), null, Set.of()))
        .isEqualTo(TextRefused.Reason.NUMBER_NOT_ON_FILE);
  }

  @Test
  void a_text_on_an_order_in_cwc_or_closed_is_refused_naming_which() {
    assertThat(refusal(defaultOrder().status(FulfilmentStatus.CWC).build(), null, Set.of()))
        .isEqualTo(TextRefused.Reason.ORDER_IN_CWC);
    assertThat(refusal(defaultOrder().status(FulfilmentStatus.PICKED_UP).build(), null, Set.of()))
        .isEqualTo(TextRefused.Reason.ORDER_CLOSED);
  }

  @Test
  void a_text_to_a_number_reported_wrong_is_refused() {
    OpenOrder order =
        defaultOrder().build().toBuilder().addWrongNumber(new WrongNumber(MOBILE, NOW)).build();

    assertThat(refusal(order, MOBILE, Set.of())).isEqualTo(TextRefused.Reason.WRONG_NUMBER);
  }

  @Test
  void the_body_is_required_and_at_most_570_characters() {
    OpenOrder order = defaultOrder().build();
    for (String body : new String[] {null, "  ", "x".repeat(AgentTexts.MAX_BODY_CHARS + 1)}) {
      assertThatThrownBy(
              () ->
                  AgentTexts.send(
                      order, new AgentTexts.Request(null, body, "why"), Set.of(), AGENT))
          .isInstanceOfSatisfying(
              InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("body"));
    }
    assertThat(
            AgentTexts.send(
                    order,
                    new AgentTexts.Request(null, "x".repeat(AgentTexts.MAX_BODY_CHARS), "why"),
                    Set.of(),
                    AGENT)
                .changed())
        .isTrue();
  }

  @Test
  void an_agent_must_say_why_they_text() {
    assertThatThrownBy(
            () ->
                AgentTexts.send(
                    defaultOrder().build(),
                    new AgentTexts.Request(null, BODY, " "),
                    Set.of(),
                    AGENT))
        .isInstanceOfSatisfying(
            InvalidCommand.class, e -> assertThat(e.field()).isEqualTo("comment"));
  }

  @Test
  void the_same_request_keeps_the_same_text_id() {
    OpenOrder once = send(defaultOrder().build(), null, Set.of()).after();
    OpenOrder twice = send(once, null, Set.of()).after();

    assertThat(twice.texts()).hasSize(1);
    assertThat(send(defaultOrder().build(), null, Set.of()).events().getFirst())
        .isInstanceOf(OrderEvent.AgentTexted.class);
  }
}
