package com.oom.local;

import com.oom.core.application.AddComment;
import com.oom.core.application.BookAppointment;
import com.oom.core.application.RecordAgentConfirmation;
import com.oom.core.application.RecordContactAttempt;
import com.oom.core.application.RedateOrder;
import com.oom.core.application.ReportTrouble;
import com.oom.core.application.SetContactStatus;
import com.oom.core.order.Actor;
import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.TroubleReason;
import com.oom.core.time.BusinessCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Random;

/**
 * What the demo's agents do at their desk: the agent API's commands (a call and its outcome, a
 * booking, a contact status, a re-date, a trouble report, a comment), each through its use case
 * with its own request id and the agent's comment, counted for the daily table.
 */
final class DemoAgentDesk {
  private static final Actor AGENT = Actor.agent("demo-agent");

  /** What the team did since the last {@link #takeTally()}. */
  record Tally(int calls, int booked, BigDecimal bookedValue) {}

  private final LocalSuite suite;
  private final Random random;
  private int commands;
  private int calls;
  private int booked;
  private BigDecimal bookedValue = BigDecimal.ZERO;

  /**
   * @param random the demo's one seeded source of chance (who answers, which day and window)
   */
  DemoAgentDesk(LocalSuite suite, Random random) {
    this.suite = suite;
    this.random = random;
  }

  Tally takeTally() {
    Tally tally = new Tally(calls, booked, bookedValue);
    calls = 0;
    booked = 0;
    bookedValue = BigDecimal.ZERO;
    return tally;
  }

  /** A call on one of the guest's numbers; whether it reached the guest. */
  boolean call(OpenOrder order, PhoneNumber phone, double reachChance) {
    boolean reached = random.nextDouble() < reachChance;
    AttemptOutcome outcome =
        reached
            ? AttemptOutcome.REACHED
            : (random.nextBoolean() ? AttemptOutcome.NO_ANSWER : AttemptOutcome.VOICEMAIL);
    suite
        .services
        .recordContactAttempt()
        .handle(
            new RecordContactAttempt.Command(
                id(),
                order.orderId(),
                AGENT,
                phone,
                ContactChannel.PHONE,
                outcome,
                "Called: " + outcome));
    calls++;
    return reached;
  }

  /**
   * A confirmation call on one of the guest's numbers ({@code POST
   * /orders/{orderId}/confirmations}): reached, the guest confirms (or, 1 in 10, asks to
   * reschedule); else no answer. Whether it reached the guest.
   */
  boolean confirmationCall(OpenOrder order, PhoneNumber phone, double reachChance) {
    boolean reached = random.nextDouble() < reachChance;
    ConfirmationResultKind result =
        !reached
            ? ConfirmationResultKind.NO_RESPONSE
            : random.nextDouble() < 0.1
                ? ConfirmationResultKind.RESCHEDULE_REQUESTED
                : ConfirmationResultKind.CONFIRMED;
    suite
        .services
        .recordAgentConfirmation()
        .handle(
            new RecordAgentConfirmation.Command(
                id(), order.orderId(), AGENT, phone, result, "Confirmation call: " + result, null));
    calls++;
    return reached;
  }

  /** Books the next business day or one of the two after it, morning or afternoon. */
  void book(OpenOrder order, AppointmentKind kind) {
    BusinessCalendar calendar = suite.stores.forStore(order.details().storeId());
    LocalDate date = calendar.nextBusinessDay(calendar.today(suite.now()));
    for (int i = random.nextInt(3); i > 0; i--) {
      date = calendar.nextBusinessDay(date);
    }
    boolean morning = random.nextBoolean();
    Appointment appointment =
        new Appointment(
            date, LocalTime.of(morning ? 8 : 12, 0), LocalTime.of(morning ? 12 : 16, 0), kind);
    suite
        .services
        .bookAppointment()
        .handle(
            new BookAppointment.Command(
                id(), order.orderId(), AGENT, appointment, "Booked with the guest"));
    booked++;
    bookedValue = bookedValue.add(order.details().undeliveredValue());
    if (random.nextDouble() < 0.05) {
      comment(order, "Guest asked for a call ahead");
    }
  }

  void status(OpenOrder order, ContactStatus status, LocalDate date, String comment) {
    suite
        .services
        .setContactStatus()
        .handle(
            new SetContactStatus.Command(
                id(), order.orderId(), AGENT, status, date, comment, null));
  }

  /**
   * @param date the new fulfilment date, or null for the use case's default: the ATP date, today
   *     once it has passed
   */
  void redate(OpenOrder order, LocalDate date, String comment) {
    suite
        .services
        .redateOrder()
        .handle(new RedateOrder.Command(id(), order.orderId(), AGENT, date, comment, null));
  }

  void trouble(OpenOrder order, TroubleReason reason, String comment) {
    suite
        .services
        .reportTrouble()
        .handle(new ReportTrouble.Command(id(), order.orderId(), AGENT, reason, comment));
  }

  void comment(OpenOrder order, String text) {
    suite.services.addComment().handle(new AddComment.Command(id(), order.orderId(), AGENT, text));
  }

  private String id() {
    return "demo-agent-" + (++commands);
  }
}
