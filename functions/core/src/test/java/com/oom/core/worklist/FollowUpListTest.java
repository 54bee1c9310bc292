package com.oom.core.worklist;

import static com.oom.core.testing.Orders.MONDAY_10_AM_WINNIPEG;
import static com.oom.core.testing.Orders.WINNIPEG;
import static com.oom.core.testing.Orders.defaultOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactAttempt;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.FollowUpRequest;
import com.oom.core.order.OpenOrder;
import com.oom.core.testing.Orders;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.time.ContactSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowUpListTest {

  private static final Instant NOW = MONDAY_10_AM_WINNIPEG;
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private final WorkLists workLists =
      new WorkLists(OomConfig.defaults(), EscalationRules.from(OomConfig.defaults()));
  private final BusinessCalendar calendar = BusinessCalendar.standard("101", WINNIPEG);

  private Optional<WorkItem> followUpItem(OpenOrder order) {
    return workLists.itemFor(WorkListKind.FOLLOW_UP, order, calendar, NOW);
  }

  private static OpenOrder withContactDate(LocalDate contactDate) {
    return defaultOrder().build().toBuilder().contactDate(contactDate).build();
  }

  private static OpenOrder attemptedOn(OpenOrder order, Instant at) {
    return order.toBuilder()
        .addAttempt(
            new ContactAttempt(
                "a-" + at,
                Orders.MOBILE,
                ContactChannel.PHONE,
                AttemptOutcome.NO_ANSWER,
                "agent-7",
                "",
                at,
                ContactSlot.WEEKDAY_DAY))
        .build();
  }

  @Test
  void a_due_contact_date_is_met_by_an_attempt_on_or_after_it() {
    OpenOrder due = withContactDate(LocalDate.of(2026, 11, 26));

    assertThat(followUpItem(attemptedOn(due, Instant.parse("2026-11-26T15:30:00Z")))).isEmpty();
    assertThat(followUpItem(attemptedOn(due, Instant.parse("2026-11-27T20:00:00Z")))).isEmpty();
  }

  @Test
  void an_attempt_before_the_contact_date_does_not_meet_it() {
    OpenOrder due = withContactDate(LocalDate.of(2026, 11, 26));

    assertThat(followUpItem(attemptedOn(due, Instant.parse("2026-11-25T22:00:00Z")))).isPresent();
  }

  @Test
  void a_callback_contact_date_is_worked_from_the_coded_list_not_follow_up() {
    OpenOrder callback =
        withContactDate(TODAY).toBuilder()
            .contactStatus(ContactStatus.CALLBACK, Instant.parse("2026-11-20T16:00:00Z"))
            .build();

    assertThat(followUpItem(callback)).isEmpty();
    assertThat(workLists.itemFor(WorkListKind.CODED, callback, calendar, NOW))
        .get()
        .extracting(WorkItem::action)
        .isEqualTo(NextAction.CALL_BACK);
  }

  @Test
  void contact_date_due_today_puts_the_order_on_follow_up_due_at_the_store_opening() {
    WorkItem item = followUpItem(withContactDate(TODAY)).orElseThrow();

    assertThat(item.reason()).isEqualTo("Contact date due 2026-11-30");
    assertThat(item.missing()).containsExactly("follow-up call not made");
    assertThat(item.dueAt()).isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
  }

  @Test
  void overdue_contact_date_stays_on_follow_up_and_shows_how_late_it_is() {
    WorkItem item = followUpItem(withContactDate(LocalDate.of(2026, 11, 26))).orElseThrow();

    assertThat(item.reason()).isEqualTo("Contact date due 2026-11-26");
    assertThat(item.dueAt()).isEqualTo(Instant.parse("2026-11-26T15:00:00Z"));
  }

  @Test
  void contact_date_tomorrow_is_not_on_follow_up() {
    assertThat(followUpItem(withContactDate(TODAY.plusDays(1)))).isEmpty();
  }

  @Test
  void contact_date_on_a_sunday_is_due_when_the_store_next_opens() {
    Instant mondayMorning = Instant.parse("2026-12-07T16:00:00Z");
    OpenOrder order = withContactDate(LocalDate.of(2026, 12, 6));

    WorkItem item =
        workLists.itemFor(WorkListKind.FOLLOW_UP, order, calendar, mondayMorning).orElseThrow();

    assertThat(item.dueAt()).isEqualTo(Instant.parse("2026-12-07T15:00:00Z"));
  }

  @Test
  void guest_who_asked_to_reschedule_is_on_follow_up_due_since_asking() {
    Instant asked = Instant.parse("2026-11-29T20:12:00Z");
    OpenOrder order =
        defaultOrder().build().toBuilder()
            .followUp(new FollowUpRequest(FollowUpRequest.Reason.RESCHEDULE_REQUESTED, asked))
            .build();

    WorkItem item = followUpItem(order).orElseThrow();

    assertThat(item.reason()).isEqualTo("Guest asked to reschedule");
    assertThat(item.missing()).containsExactly("appointment not rescheduled");
    assertThat(item.dueAt()).isEqualTo(asked);
  }

  @Test
  void guest_who_replied_by_text_is_on_follow_up_even_with_a_future_contact_date() {
    Instant replied = Instant.parse("2026-11-30T14:05:00Z");
    OpenOrder order =
        withContactDate(TODAY.plusDays(4)).toBuilder()
            .followUp(new FollowUpRequest(FollowUpRequest.Reason.GUEST_REPLY, replied))
            .build();

    WorkItem item = followUpItem(order).orElseThrow();

    assertThat(item.reason()).isEqualTo("Guest replied by text");
    assertThat(item.dueAt()).isEqualTo(replied);
  }

  @Test
  void guest_request_and_due_contact_date_are_both_given_as_reasons() {
    Instant asked = Instant.parse("2026-11-29T20:12:00Z");
    OpenOrder order =
        withContactDate(TODAY).toBuilder()
            .followUp(new FollowUpRequest(FollowUpRequest.Reason.RESCHEDULE_REQUESTED, asked))
            .build();

    WorkItem item = followUpItem(order).orElseThrow();

    assertThat(item.reason()).isEqualTo("Guest asked to reschedule; Contact date due 2026-11-30");
    assertThat(item.missing())
        .containsExactly("appointment not rescheduled", "follow-up call not made");
    // Due since the earlier of the two reasons: the guest asked on Sunday evening.
    assertThat(item.dueAt()).isEqualTo(asked);
  }

  @Test
  void order_without_contact_date_or_guest_request_is_not_on_follow_up() {
    assertThat(followUpItem(defaultOrder().build())).isEmpty();
  }

  @Test
  void the_follow_up_item_shows_the_guests_latest_words() {
    OpenOrder order = defaultOrder().build();
    for (String words : new String[] {"first reply", "Please call after 5, I work days"}) {
      order =
          com.oom.core.rules.GuestTexts.received(
                  order,
                  Orders.MOBILE,
                  words,
                  new com.oom.core.rules.ChangeContext(
                      "in-" + words.length(), com.oom.core.order.Actor.GUEST, NOW))
              .after();
    }

    assertThat(followUpItem(order))
        .get()
        .satisfies(
            item -> assertThat(item.guestText()).isEqualTo("Please call after 5, I work days"));
  }

  @Test
  void a_follow_up_that_is_not_a_guests_text_shows_no_words() {
    OpenOrder order =
        defaultOrder().build().toBuilder()
            .followUp(new FollowUpRequest(FollowUpRequest.Reason.RESCHEDULE_REQUESTED, NOW))
            .build();

    assertThat(followUpItem(order)).get().satisfies(item -> assertThat(item.guestText()).isNull());
  }
}
