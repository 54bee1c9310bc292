package com.oom.core.escalation;

import com.oom.core.order.ContactAttempt;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.OpenOrder;
import com.oom.core.time.ContactSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * NO_CONTACT: an order in HOLD with at least {@code minAttempts} unsuccessful attempts, the first
 * at least {@code span} ago, covering every required slot. The count starts when the order enters
 * HOLD and starts again after a REACHED attempt.
 */
public record NoContactRule(int minAttempts, Duration span, Set<ContactSlot> requiredSlots)
    implements EscalationRule {

  public NoContactRule {
    requiredSlots = Set.copyOf(requiredSlots);
  }

  @Override
  public EscalationReason reason() {
    return EscalationReason.NO_CONTACT;
  }

  @Override
  public EscalationDecision evaluate(OpenOrder order, Instant now) {
    if (!order.isWorkedByOom() || order.contactStatus() != ContactStatus.HOLD) {
      return new EscalationDecision.DoesNotApply(reason());
    }
    List<ContactAttempt> counted = unsuccessfulAttemptsCounted(order);
    List<String> missing = new ArrayList<>();
    if (counted.size() < minAttempts) {
      missing.add(
          "%d more unsuccessful attempt(s) needed (%d of %d)"
              .formatted(minAttempts - counted.size(), counted.size(), minAttempts));
    }
    Set<ContactSlot> covered = EnumSet.noneOf(ContactSlot.class);
    counted.forEach(a -> covered.add(a.slot()));
    for (ContactSlot slot : ContactSlot.values()) {
      if (requiredSlots.contains(slot) && !covered.contains(slot)) {
        missing.add(slotName(slot) + " attempt missing");
      }
    }
    Instant earliestAt = counted.isEmpty() ? null : counted.get(0).at().plus(span);
    if (missing.isEmpty() && !now.isBefore(earliestAt)) {
      return new EscalationDecision.Escalate(
          reason(),
          "No contact with the guest: %d unsuccessful attempts since %s covering %s"
              .formatted(counted.size(), counted.get(0).at(), coveredSlots(covered)));
    }
    if (earliestAt != null && !now.isBefore(earliestAt)) {
      earliestAt = null; // the week is complete: it fires as soon as the rest holds
    }
    return new EscalationDecision.NotYet(reason(), missing, earliestAt);
  }

  /** The required slots that no counted attempt covers yet, in slot order. */
  public List<ContactSlot> missingSlots(OpenOrder order) {
    Set<ContactSlot> covered = EnumSet.noneOf(ContactSlot.class);
    unsuccessfulAttemptsCounted(order).forEach(a -> covered.add(a.slot()));
    return java.util.Arrays.stream(ContactSlot.values())
        .filter(slot -> requiredSlots.contains(slot) && !covered.contains(slot))
        .toList();
  }

  /**
   * Unsuccessful attempts counted toward the rule: made while in the current HOLD and after the
   * last REACHED attempt, oldest first.
   */
  public static List<ContactAttempt> unsuccessfulAttemptsCounted(OpenOrder order) {
    List<ContactAttempt> inHold =
        order.attempts().stream()
            .filter(a -> !a.at().isBefore(order.contactStatusSince()))
            .sorted(Comparator.comparing(ContactAttempt::at))
            .toList();
    int lastReached = -1;
    for (int i = 0; i < inHold.size(); i++) {
      if (!inHold.get(i).isUnsuccessful()) {
        lastReached = i;
      }
    }
    return inHold.subList(lastReached + 1, inHold.size());
  }

  private static String coveredSlots(Set<ContactSlot> covered) {
    return String.join(", ", covered.stream().sorted().map(NoContactRule::slotName).toList());
  }

  private static String slotName(ContactSlot slot) {
    return switch (slot) {
      case WEEKDAY_DAY -> "weekday day";
      case WEEKDAY_NIGHT -> "weekday night";
      case WEEKEND -> "weekend";
    };
  }

  @Override
  public String toString() {
    return "NO_CONTACT("
        + minAttempts
        + " attempts over "
        + span.toString().toLowerCase(Locale.ROOT)
        + ")";
  }
}
