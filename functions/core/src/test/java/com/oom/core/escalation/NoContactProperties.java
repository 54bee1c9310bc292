package com.oom.core.escalation;

import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactAttempt;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.testing.Orders;
import com.oom.core.time.ContactSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * NO_CONTACT fires exactly when the order in HOLD has at least 5 unsuccessful attempts, the first
 * at least 7 days (168 hours) ago, covering weekday day, weekday night and weekend: never with
 * fewer attempts, earlier, or a slot missing.
 */
class NoContactProperties {

  private static final OomConfig CONFIG = OomConfig.defaults();
  private static final NoContactRule RULE =
      new NoContactRule(
          CONFIG.noContactMinAttempts(), CONFIG.noContactSpan(), CONFIG.noContactSlots());
  private static final Instant HOLD_SINCE = Instant.parse("2026-11-30T15:00:00Z");
  private static final Duration WEEK = Duration.ofDays(7);
  private static final long TWO_DAYS_SECONDS = 2 * 24 * 60 * 60;
  private static final long TEN_DAYS_SECONDS = 10 * 24 * 60 * 60;
  private static final long TWENTY_DAYS_SECONDS = 20 * 24 * 60 * 60;

  @Test
  void escalates_if_and_only_if_five_attempts_a_full_week_and_every_slot_hold() {
    int[] escalates = new int[2]; // how many examples were expected not to escalate [0], to [1]
    qt(1000)
        .forAll(
            unsuccessfulAttempts(), SourceDSL.longs().between(-TWO_DAYS_SECONDS, TWO_DAYS_SECONDS))
        .checkAssert(
            (attempts, secondsAfterWeek) -> {
              Instant now = weekEnd(attempts).plusSeconds(secondsAfterWeek);
              boolean expected =
                  attempts.size() >= 5
                      && !now.isBefore(first(attempts).plus(WEEK))
                      && slots(attempts).containsAll(EnumSet.allOf(ContactSlot.class));

              EscalationDecision decision = RULE.evaluate(inHold(attempts), now);

              assertThat(decision instanceof EscalationDecision.Escalate)
                  .as(
                      "escalates with %d attempts in %s at %s",
                      attempts.size(), slots(attempts), now)
                  .isEqualTo(expected);
              escalates[expected ? 1 : 0]++;
            });
    double examples = escalates[0] + escalates[1];
    assertThat(100 * escalates[1] / examples).as("%% of examples escalating").isGreaterThan(5);
    assertThat(100 * escalates[0] / examples).as("%% of examples not escalating").isGreaterThan(5);
  }

  @Test
  void never_escalates_with_fewer_than_five_attempts() {
    qt(1000)
        .forAll(fewerThanFive(), SourceDSL.longs().between(0, TWENTY_DAYS_SECONDS))
        .checkAssert(
            (attempts, secondsAfterHold) -> {
              EscalationDecision decision =
                  RULE.evaluate(inHold(attempts), HOLD_SINCE.plusSeconds(secondsAfterHold));

              assertThat(decision).isNotInstanceOf(EscalationDecision.Escalate.class);
            });
  }

  @Test
  void never_escalates_before_seven_days_after_the_first_unsuccessful_attempt() {
    qt(1000)
        .forAll(unsuccessfulAttempts(), SourceDSL.longs().between(1, TEN_DAYS_SECONDS))
        .checkAssert(
            (attempts, secondsBeforeWeekEnd) -> {
              Instant now = weekEnd(attempts).minusSeconds(secondsBeforeWeekEnd);

              assertThat(RULE.evaluate(inHold(attempts), now))
                  .isNotInstanceOf(EscalationDecision.Escalate.class);
            });
  }

  @Test
  void never_escalates_with_a_slot_missing() {
    qt(1000)
        .forAll(attemptsMissingASlot(), SourceDSL.longs().between(0, TWENTY_DAYS_SECONDS))
        .checkAssert(
            (attempts, secondsAfterHold) -> {
              EscalationDecision decision =
                  RULE.evaluate(inHold(attempts), HOLD_SINCE.plusSeconds(secondsAfterHold));

              assertThat(decision).isInstanceOf(EscalationDecision.NotYet.class);
              assertThat(((EscalationDecision.NotYet) decision).missing())
                  .anySatisfy(missing -> assertThat(missing).endsWith(" attempt missing"));
            });
  }

  @Test
  void attempts_before_a_reached_attempt_never_count() {
    qt(1000)
        .forAll(unsuccessfulAttempts(), SourceDSL.longs().between(0, TWENTY_DAYS_SECONDS))
        .checkAssert(
            (attempts, secondsAfterReached) -> {
              Instant reachedAt = HOLD_SINCE.plusSeconds(TEN_DAYS_SECONDS + 1);
              OpenOrder reached =
                  inHold(attempts).toBuilder()
                      .addAttempt(
                          Orders.attempt(reachedAt, ContactSlot.WEEKEND, AttemptOutcome.REACHED))
                      .build();

              EscalationDecision decision =
                  RULE.evaluate(reached, reachedAt.plusSeconds(secondsAfterReached));

              assertThat(decision).isInstanceOf(EscalationDecision.NotYet.class);
              assertThat(((EscalationDecision.NotYet) decision).missing())
                  .contains("5 more unsuccessful attempt(s) needed (0 of 5)");
            });
  }

  @Test
  void a_timer_is_armed_only_when_time_alone_is_missing_and_it_escalates_when_due() {
    qt(1000)
        .forAll(unsuccessfulAttempts(), SourceDSL.longs().between(0, TWENTY_DAYS_SECONDS))
        .checkAssert(
            (attempts, secondsAfterHold) -> {
              OpenOrder order = inHold(attempts);
              EscalationDecision decision =
                  RULE.evaluate(order, HOLD_SINCE.plusSeconds(secondsAfterHold));

              if (decision instanceof EscalationDecision.NotYet notYet) {
                boolean onlyTimeMissing =
                    attempts.size() >= 5
                        && slots(attempts).containsAll(EnumSet.allOf(ContactSlot.class));
                assertThat(notYet.missing().isEmpty()).isEqualTo(onlyTimeMissing);
                if (onlyTimeMissing) {
                  assertThat(notYet.timerDueAt()).contains(first(attempts).plus(WEEK));
                  assertThat(RULE.evaluate(order, notYet.timerDueAt().orElseThrow()))
                      .isInstanceOf(EscalationDecision.Escalate.class);
                } else {
                  assertThat(notYet.timerDueAt()).isEmpty();
                }
              }
            });
  }

  // --- generators ---------------------------------------------------------------------------

  private static Gen<List<ContactAttempt>> unsuccessfulAttempts() {
    return attempts(SourceDSL.arbitrary().enumValues(ContactSlot.class));
  }

  private static Gen<List<ContactAttempt>> fewerThanFive() {
    return SourceDSL.lists()
        .of(attempt(SourceDSL.arbitrary().enumValues(ContactSlot.class)))
        .ofSizeBetween(0, 4);
  }

  private static Gen<List<ContactAttempt>> attemptsMissingASlot() {
    return SourceDSL.arbitrary()
        .enumValues(ContactSlot.class)
        .flatMap(
            absent ->
                attempts(
                    SourceDSL.arbitrary()
                        .pick(List.copyOf(EnumSet.complementOf(EnumSet.of(absent))))));
  }

  /** Up to 8 unsuccessful attempts in these slots. */
  private static Gen<List<ContactAttempt>> attempts(Gen<ContactSlot> slots) {
    return SourceDSL.lists().of(attempt(slots)).ofSizeBetween(0, 8);
  }

  private static Gen<ContactAttempt> attempt(Gen<ContactSlot> slots) {
    return SourceDSL.longs()
        .between(0, TEN_DAYS_SECONDS)
        .zip(
            slots,
            SourceDSL.arbitrary()
                .pick(
                    AttemptOutcome.NO_ANSWER,
                    AttemptOutcome.VOICEMAIL,
                    AttemptOutcome.BUSY,
                    AttemptOutcome.WRONG_NUMBER,
                    AttemptOutcome.DISCONNECTED),
            (offset, slot, outcome) ->
                Orders.attempt(HOLD_SINCE.plusSeconds(offset), slot, outcome));
  }

  // --- helpers ------------------------------------------------------------------------------

  private static OpenOrder inHold(List<ContactAttempt> attempts) {
    OpenOrder.Builder builder =
        defaultOrder().firstSeenAt(HOLD_SINCE.minus(Duration.ofDays(30))).build().toBuilder()
            .contactStatus(ContactStatus.HOLD, HOLD_SINCE);
    attempts.forEach(builder::addAttempt);
    return builder.build();
  }

  private static Instant first(List<ContactAttempt> attempts) {
    return attempts.stream().map(ContactAttempt::at).min(Comparator.naturalOrder()).orElseThrow();
  }

  /** A week after the first attempt, or after entering HOLD when there is none. */
  private static Instant weekEnd(List<ContactAttempt> attempts) {
    return (attempts.isEmpty() ? HOLD_SINCE : first(attempts)).plus(WEEK);
  }

  private static Set<ContactSlot> slots(List<ContactAttempt> attempts) {
    return attempts.stream()
        .map(ContactAttempt::slot)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ContactSlot.class)));
  }
}
