package com.oom.handlers.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.sqs.OomQueues;
import com.oom.aws.testing.AwsStack;
import com.oom.core.application.BookAppointment;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.audit.AuditEntry;
import com.oom.core.config.OomConfig;
import com.oom.core.order.Actor;
import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.port.SmsLog;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.handlers.schedule.TimerSweepHandler.SweepReport;
import com.oom.handlers.smssender.SmsSenderWiring;
import com.oom.handlers.testing.FakeContext;
import com.oom.handlers.testing.SqsEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Time-frame texts on moto, through the real sweep and sender handlers: the sweep running every 5
 * minutes requests an 08:00 window's text the evening before, before quiet hours begin, and the
 * sender texts it then; a deferred time frame whose appointment was rebooked is cancelled at send
 * time (BLOCKED SUPERSEDED, an SMS_CANCELLED audit entry mirrored to the ERP once), never sent.
 */
@ExtendWith(EmulatorExtension.class)
class TimeFrameTimingIT {
  private static final Actor AGENT = Actor.agent("agent-7");

  private final MutableClock clock = new MutableClock(Orders.winnipeg("2026-11-30T10:00"));
  private AwsStack aws;
  private FakeSmsGateway gateway;
  private UseCaseFactory oom;
  private TimerSweepHandler sweep;
  private int requests;

  @BeforeEach
  void wire() {
    aws = new AwsStack(clock);
    gateway = new FakeSmsGateway(clock);
    oom = aws.services(gateway, OomConfig.defaults(), clock);
    sweep = TimerSweepWiring.over(oom, clock);
  }

  private void ingest() {
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-1",
                new ErpSnapshot(Orders.defaultOrder().details(), 1, clock.instant(), null)));
  }

  private void book(String date, int from, int to) {
    oom.bookAppointment()
        .handle(
            new BookAppointment.Command(
                "req-" + (++requests),
                "SO-1001",
                AGENT,
                new Appointment(
                    LocalDate.parse(date),
                    LocalTime.of(from, 0),
                    LocalTime.of(to, 0),
                    AppointmentKind.DELIVERY),
                "booked with the guest"));
  }

  /** The sender handler on these SMS requests (as SQS delivers them). */
  private void send(List<Message> smsRequests) {
    if (smsRequests.isEmpty()) {
      return;
    }
    String[] bodies = smsRequests.stream().map(Message::body).toArray(String[]::new);
    assertThat(
            SmsSenderWiring.over(oom)
                .handleRequest(
                    SqsEvents.of(OomQueues.SMS_REQUESTS, bodies), new FakeContext("sms-sender"))
                .getBatchItemFailures())
        .isEmpty();
  }

  private static List<Message> timeFrames(List<Message> smsRequests) {
    return smsRequests.stream().filter(m -> m.body().contains("\"TIME_FRAME\"")).toList();
  }

  private List<AuditEntry> cancellations() {
    return aws.dynamoAdapters.orders().auditTrail("SO-1001").stream()
        .filter(e -> e.action().equals("SMS_CANCELLED"))
        .toList();
  }

  /** Runs the 5-minute sweep from {@code from} to {@code to}; the instants it requested at. */
  private List<Instant> sweepEvery5Minutes(Instant from, Instant to) {
    List<Instant> requestedAt = new ArrayList<>();
    for (Instant t = from; !t.isAfter(to); t = t.plus(Duration.ofMinutes(5))) {
      clock.set(t);
      SweepReport report = sweep.sweep("sweep-" + t);
      List<Message> requested = timeFrames(aws.drain(OomQueues.SMS_REQUESTS));
      assertThat(report.timeFramesRequested()).as("at %s", t).isEqualTo(requested.size());
      if (!requested.isEmpty()) {
        requestedAt.add(t);
        send(requested);
      }
    }
    return requestedAt;
  }

  @Test
  void on_the_spring_forward_sunday_a_monday_window_is_requested_before_six_in_daylight_time() {
    clock.set(Orders.winnipeg("2026-03-06T10:00")); // Friday
    ingest();
    book("2026-03-09", 8, 12); // Monday after the clocks went forward (Sunday 02:00 -> 03:00)
    aws.drain(OomQueues.SMS_REQUESTS);
    gateway.sent.clear();

    List<Instant> requestedAt =
        sweepEvery5Minutes(
            Instant.parse("2026-03-08T22:30:00Z"), Instant.parse("2026-03-09T00:30:00Z"));

    // Sunday 17:59 CDT (22:59Z) is the last allowed minute: the 17:55 CDT run requests it
    assertThat(requestedAt).containsExactly(Instant.parse("2026-03-08T22:55:00Z"));
    assertThat(gateway.sent)
        .singleElement()
        .satisfies(
            text -> {
              assertThat(text.touchPoint()).isEqualTo("TIME_FRAME");
              assertThat(text.at()).isEqualTo(Instant.parse("2026-03-08T22:55:00Z"));
            });
  }

  @Test
  void the_sweep_requests_an_eight_oclock_windows_time_frame_the_evening_before_quiet_hours() {
    ingest();
    book("2026-12-01", 8, 12);
    aws.drain(OomQueues.SMS_REQUESTS);
    gateway.sent.clear();

    List<Instant> requestedAt =
        sweepEvery5Minutes(
            Orders.winnipeg("2026-11-30T20:30"), Orders.winnipeg("2026-11-30T21:30"));

    // the run at 20:55, the first at or after 20:54 (20:59, the last allowed minute, less one
    // sweep period): not the 21:00 run, inside quiet hours
    assertThat(requestedAt).containsExactly(Orders.winnipeg("2026-11-30T20:55"));
    assertThat(gateway.sent)
        .singleElement()
        .satisfies(
            text -> {
              assertThat(text.touchPoint()).isEqualTo("TIME_FRAME");
              assertThat(text.at()).isEqualTo(Orders.winnipeg("2026-11-30T20:55"));
              assertThat(text.body()).contains("between 8:00 a.m. and 12:00 p.m.");
            });
    assertThat(
            aws.dynamoAdapters
                .smsLog()
                .find("SO-1001#TIME_FRAME#time-frame:2026-12-01T08:00-12:00"))
        .hasValueSatisfying(logged -> assertThat(logged.status()).isEqualTo(SmsLog.Status.SENT));
  }

  @Test
  void a_deferred_time_frame_whose_appointment_was_rebooked_is_cancelled_and_never_sent() {
    ingest();
    clock.set(Orders.winnipeg("2026-11-30T22:00")); // quiet hours
    book("2026-12-01", 8, 12); // after its instant: the time frame is requested at once
    List<Message> requested = aws.drain(OomQueues.SMS_REQUESTS);
    List<Message> timeFrame = timeFrames(requested);
    assertThat(timeFrame).hasSize(1);
    send(requested); // deferred to 09:00, like the booking and merchandise texts
    assertThat(gateway.sent).isEmpty();
    clock.set(Orders.winnipeg("2026-11-30T22:10"));
    book("2026-12-03", 13, 17);
    aws.drain(OomQueues.SMS_REQUESTS);
    aws.drain(OomQueues.ERP_UPDATES);

    clock.set(Orders.winnipeg("2026-12-01T09:00"));
    sweep.sweep("sweep-09:00");
    clock.set(Orders.winnipeg("2026-12-01T09:05"));
    sweep.sweep("sweep-09:05");
    send(timeFrame); // the original request redelivered

    // only the merchandise text deferred with them went out: the gateway never saw the others
    assertThat(gateway.sent)
        .extracting(FakeSmsGateway.Text::touchPoint)
        .containsExactly("MERCHANDISE_AVAILABLE");
    assertThat(
            aws.dynamoAdapters
                .smsLog()
                .find("SO-1001#TIME_FRAME#time-frame:2026-12-01T08:00-12:00"))
        .hasValueSatisfying(
            logged -> {
              assertThat(logged.status()).isEqualTo(SmsLog.Status.BLOCKED);
              assertThat(logged.detail()).isEqualTo("SUPERSEDED");
            });
    assertThat(cancellations())
        .extracting(AuditEntry::comment)
        .containsExactlyInAnyOrder(
            "Time-frame text for 2026-12-01 08:00–12:00 cancelled: the appointment was rebooked.",
            "Booking text for 2026-12-01 08:00–12:00 cancelled: the appointment was rebooked.");
    assertThat(aws.drain(OomQueues.ERP_UPDATES))
        .filteredOn(m -> m.body().contains("\"SMS_CANCELLED\""))
        .hasSize(2);
  }
}
