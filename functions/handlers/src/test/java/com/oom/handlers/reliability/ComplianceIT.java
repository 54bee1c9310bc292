package com.oom.handlers.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.sqs.OomQueues;
import com.oom.aws.testing.AwsStack;
import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.order.OrderWire;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.GuestLanguage;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.PhoneType;
import com.oom.core.order.TouchPoint;
import com.oom.core.port.SmsLog;
import com.oom.core.sms.SmsTemplates;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.handlers.orderfeed.OrderFeedHandler;
import com.oom.handlers.orderfeed.OrderFeedWiring;
import com.oom.handlers.schedule.TimerSweepHandler;
import com.oom.handlers.schedule.TimerSweepWiring;
import com.oom.handlers.smsinbound.SmsInboundWiring;
import com.oom.handlers.smssender.SmsSenderHandler;
import com.oom.handlers.smssender.SmsSenderWiring;
import com.oom.handlers.testing.FakeContext;
import com.oom.handlers.testing.SqsEvents;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * A simulated month, 2026-10-15 → 2026-11-15 (Central and Eastern time fall back on 2026-11-01;
 * Saskatchewan does not), through the real handlers on moto ({@link ComplianceProperties} covers
 * every minute of the same month at the policy itself): orders arrive and deliveries are missed at
 * random hours of the day and night, the SMS sender works its queue and the timer sweep runs at
 * irregular intervals. Every text the gateway accepts is checked against an independent oracle of
 * the quiet-hours rule in the guest's own zone (weekdays 09:00–21:00, weekends 10:00–18:00); one
 * guest texts STOP mid-month and gets nothing afterwards, although new orders keep arriving for
 * that number; no template or sent text asks the guest to reply CANCEL.
 */
@ExtendWith(EmulatorExtension.class)
class ComplianceIT {
  private static final List<ZoneId> ZONES = List.of(Orders.WINNIPEG, Orders.REGINA, Orders.TORONTO);
  private static final PhoneNumber STOPPER = PhoneNumber.parse("+12045559999");
  private static final Instant START = Instant.parse("2026-10-15T05:00:00Z");
  private static final Instant END = Instant.parse("2026-11-15T06:00:00Z");
  private static final Instant STOP_AT = Instant.parse("2026-10-31T03:10:00Z");
  private static final Pattern ASKS_FOR_CANCEL =
      Pattern.compile(
          "(?iu)(reply|text|send|respond|answer|r[ée]pond\\w*|texte\\w*|envoye\\w*|[ée]cri\\w*)"
              + "[^.!?]{0,40}\\b(cancel\\w*|annul\\w*)\\b");
  private static final Pattern CANCEL_KEYWORD = Pattern.compile("\\b(CANCEL|ANNULER|ANNULEZ)\\b");
  private static int cases;
  private static int failures;

  private final MutableClock clock = new MutableClock(START);
  private AwsStack aws;
  private FakeSmsGateway gateway;
  private UseCaseFactory oom;

  @BeforeEach
  void wire() {
    aws = new AwsStack(clock);
    gateway = new FakeSmsGateway(clock);
    oom = aws.services(gateway, OomConfig.defaults(), clock);
  }

  @AfterAll
  static void report() {
    System.out.printf("RELIABILITY compliance: %d cases, %d failures%n", cases, failures);
  }

  /** The rule as the retailer states it, independent of the code under test. */
  static boolean allowed(Instant at, ZoneId zone) {
    ZonedDateTime local = at.atZone(zone);
    boolean weekend =
        local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
    LocalTime start = weekend ? LocalTime.of(10, 0) : LocalTime.of(9, 0);
    LocalTime end = weekend ? LocalTime.of(18, 0) : LocalTime.of(21, 0);
    LocalTime time = local.toLocalTime();
    return !time.isBefore(start) && time.isBefore(end);
  }

  private void sendRequested(SmsSenderHandler sender) {
    List<String> bodies = aws.drain(OomQueues.SMS_REQUESTS).stream().map(Message::body).toList();
    for (int i = 0; i < bodies.size(); i += 10) {
      List<String> batch = bodies.subList(i, Math.min(bodies.size(), i + 10));
      assertThat(
              sender
                  .handleRequest(
                      SqsEvents.of(OomQueues.SMS_REQUESTS, batch.toArray(String[]::new)),
                      new FakeContext("sms-sender"))
                  .getBatchItemFailures())
          .isEmpty();
    }
  }

  private static String snapshot(String orderId, ZoneId zone, PhoneNumber mobile, Instant at) {
    return MessageJson.write(
        Map.of(
            "eventId",
            "snap-" + orderId,
            "type",
            "OrderSnapshot",
            "occurredAt",
            at.toString(),
            "sequence",
            1,
            "order",
            OrderWire.of(
                Orders.defaultOrder()
                    .orderId(orderId)
                    .zone(zone)
                    .firstSeenAt(at)
                    .phones(new GuestPhone(mobile, PhoneType.MOBILE, true))
                    .details())));
  }

  private static String notHome(String orderId, Instant at, int n) {
    return MessageJson.write(
        Map.of(
            "eventId",
            "miss-" + orderId + "-" + n,
            "type",
            "FulfilmentOutcome",
            "occurredAt",
            at.toString(),
            "sequence",
            2 + n,
            "orderId",
            orderId,
            "outcome",
            "NOT_HOME",
            "at",
            at.minus(Duration.ofMinutes(30)).toString()));
  }

  private static String stop(Instant at) {
    String payload =
        MessageJson.write(
            Map.of(
                "originationNumber", STOPPER.value(),
                "destinationNumber", "+12045550100",
                "messageKeyword", "KEYWORD_123456789012",
                "messageBody", "STOP",
                "inboundMessageId", "in-stop"));
    return MessageJson.write(
        Map.of(
            "Type",
            "Notification",
            "MessageId",
            "sns-stop",
            "TopicArn",
            "arn:aws:sns:ca-central-1:123456789012:oom-sms-inbound",
            "Message",
            payload,
            "Timestamp",
            at.toString()));
  }

  @Test
  void a_month_across_the_fall_back_sends_nothing_in_quiet_hours_and_nothing_after_stop() {
    Random random = new Random(20261101L);
    OrderFeedHandler feed = OrderFeedWiring.over(oom);
    SmsSenderHandler sender = SmsSenderWiring.over(oom);
    TimerSweepHandler sweep = TimerSweepWiring.over(oom, clock);
    Map<String, ZoneId> zones = new HashMap<>();
    Map<String, PhoneNumber> phones = new HashMap<>();
    Map<String, Instant> created = new HashMap<>();
    List<String> orderIds = new ArrayList<>();
    Instant stoppedAt = null;
    int ordersForStopperAfterStop = 0;
    int step = 0;
    while (clock.instant().isBefore(END)) {
      clock.advance(Duration.ofMinutes(60 + random.nextInt(180)));
      Instant now = clock.instant();
      step++;
      if (stoppedAt == null && !now.isBefore(STOP_AT)) {
        SmsInboundWiring.over(oom)
            .handleRequest(
                SqsEvents.of(OomQueues.SMS_INBOUND, stop(now)), new FakeContext("sms-inbound"));
        stoppedAt = now;
      }
      int roll = random.nextInt(10);
      if (roll < 3) {
        String orderId = "SO-" + (5000 + orderIds.size());
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        PhoneNumber mobile =
            orderIds.size() % 6 == 0
                ? STOPPER
                : PhoneNumber.parse("+1204555" + (2000 + orderIds.size()));
        zones.put(orderId, zone);
        phones.put(orderId, mobile);
        created.put(orderId, now);
        orderIds.add(orderId);
        if (stoppedAt != null && mobile.equals(STOPPER)) {
          ordersForStopperAfterStop++;
        }
        assertThat(
                feed.handleRequest(
                        SqsEvents.of(OomQueues.ORDER_FEED, snapshot(orderId, zone, mobile, now)),
                        new FakeContext("order-feed"))
                    .getBatchItemFailures())
            .isEmpty();
      } else if (roll == 3 && !orderIds.isEmpty()) {
        String orderId = orderIds.get(random.nextInt(orderIds.size()));
        feed.handleRequest(
            SqsEvents.of(OomQueues.ORDER_FEED, notHome(orderId, now, step)),
            new FakeContext("order-feed"));
      }
      sendRequested(sender);
      sweep.sweep("sweep-" + step);
      sendRequested(sender);
    }

    List<String> violations = new ArrayList<>();
    for (FakeSmsGateway.Text text : gateway.sent) {
      cases++;
      ZoneId zone = zones.get(text.orderId());
      if (!allowed(text.at(), zone)) {
        violations.add(
            text.touchPoint() + " at " + text.at().atZone(zone) + " for " + text.orderId());
      }
      if (text.to().equals(STOPPER) && !text.at().isBefore(stoppedAt)) {
        violations.add("after STOP: " + text.touchPoint() + " at " + text.at());
      }
    }
    failures += violations.size();
    assertThat(violations).isEmpty();

    // the month exercised what it claims to
    int deferred = 0;
    for (String orderId : orderIds) {
      deferred +=
          (int)
              aws.dynamoAdapters.smsLog().forOrder(orderId).stream()
                  .filter(r -> r.status() == SmsLog.Status.DEFERRED)
                  .count();
    }
    assertThat(deferred).as("texts deferred by quiet hours").isPositive();
    assertThat(ordersForStopperAfterStop).as("orders for the opted-out number").isPositive();
    assertThat(gateway.sent)
        .extracting(t -> t.at().atZone(zones.get(t.orderId())).toLocalDate())
        .as("texts on both sides of the fall-back")
        .anyMatch(d -> d.isBefore(java.time.LocalDate.of(2026, 11, 1)))
        .anyMatch(d -> d.isAfter(java.time.LocalDate.of(2026, 11, 1)));
    // deferred, never dropped: every consenting guest's order got its "available" text
    for (String orderId : orderIds) {
      if (!phones.get(orderId).equals(STOPPER)
          && created.get(orderId).isBefore(END.minus(Duration.ofDays(1)))) {
        assertThat(gateway.sent)
            .as("merchandise-available text for %s", orderId)
            .filteredOn(t -> t.orderId().equals(orderId))
            .filteredOn(t -> t.touchPoint().equals(TouchPoint.MERCHANDISE_AVAILABLE.name()))
            .hasSize(1);
      }
    }
    System.out.printf(
        "RELIABILITY compliance month: %d orders, %d texts sent, %d deferred, %d sweeps%n",
        orderIds.size(), gateway.sent.size(), deferred, step);
    for (FakeSmsGateway.Text text : gateway.sent) {
      assertThat(text.body()).doesNotContainPattern(ASKS_FOR_CANCEL);
      assertThat(text.body()).doesNotContainPattern(CANCEL_KEYWORD);
    }
  }

  @Test
  void no_template_asks_the_guest_to_reply_cancel() {
    SmsTemplates templates = SmsTemplates.defaults();
    List<String> texts = new ArrayList<>();
    for (GuestLanguage language : GuestLanguage.values()) {
      for (TouchPoint touchPoint : TouchPoint.values()) {
        if (touchPoint.templated()) { // an agent's text is the agent's words
          texts.add(templates.template(touchPoint, language));
        }
      }
      texts.add(templates.helpText(language));
      texts.add(templates.optOutConfirmation(language));
      texts.add(templates.optOutLine(language));
    }
    for (String text : texts) {
      cases++;
      boolean asks = ASKS_FOR_CANCEL.matcher(text).find() || CANCEL_KEYWORD.matcher(text).find();
      if (asks) {
        failures++;
      }
      assertThat(asks).as(text).isFalse();
    }
    assertThat(ASKS_FOR_CANCEL.matcher("Reply CANCEL to cancel your delivery.").find()).isTrue();
    assertThat(ASKS_FOR_CANCEL.matcher("Répondez ANNULER pour annuler.").find()).isTrue();
  }
}
