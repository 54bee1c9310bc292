package com.oom.core.config;

import com.oom.core.time.ContactSlot;
import com.oom.core.time.QuietHours;
import com.oom.core.time.SlotBoundaries;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Every threshold of the OOM process in one place, with the retailer's defaults.
 *
 * @param noContactMinAttempts unsuccessful attempts needed before a HOLD order escalates
 * @param noContactSpan how long after the first unsuccessful attempt in HOLD it may escalate
 * @param noContactSlots slots the attempts must cover
 * @param balanceDueGrace time a BALDUE order has before it escalates while a balance is owing
 * @param cancelRequestGrace time a CANCEL request has before it escalates
 * @param slotBoundaries where weekday day and night slots start
 * @param quietHours when automated SMS may go out, in the guest's local time
 * @param smsDailyCap most automated texts one guest's number receives per local day
 * @param confirmationWindowBusinessDays appointments this many business days ahead need
 *     confirmation calls today
 * @param pastDueAfterDays a fulfilment date this many days before today is past due
 * @param reminderLeadBusinessDays the appointment reminder goes out this many business days ahead
 * @param erpEchoWithin business time (the store's opening hours) the ERP has to show OOM's change
 *     to a shared field in a snapshot before it goes on the sync list
 * @param svcDueBusinessDays an SVC order with no technician or inspection visit booked is due this
 *     many business days after it was coded
 * @param starvationAfterBusinessDays an item whose merchandise has been available longer than this
 *     many business days is promoted above every item that has not (the starvation guard)
 * @param timeFrameLead the delivery/technician time-frame text goes out at the latest instant quiet
 *     hours allow at or before this long before the window starts
 */
public record OomConfig(
    int noContactMinAttempts,
    Duration noContactSpan,
    Set<ContactSlot> noContactSlots,
    Duration balanceDueGrace,
    Duration cancelRequestGrace,
    SlotBoundaries slotBoundaries,
    QuietHours quietHours,
    int smsDailyCap,
    int confirmationWindowBusinessDays,
    int pastDueAfterDays,
    int reminderLeadBusinessDays,
    Duration erpEchoWithin,
    int svcDueBusinessDays,
    int starvationAfterBusinessDays,
    Duration timeFrameLead) {

  public OomConfig {
    Objects.requireNonNull(noContactSpan, "noContactSpan");
    Objects.requireNonNull(balanceDueGrace, "balanceDueGrace");
    Objects.requireNonNull(cancelRequestGrace, "cancelRequestGrace");
    Objects.requireNonNull(slotBoundaries, "slotBoundaries");
    Objects.requireNonNull(quietHours, "quietHours");
    Objects.requireNonNull(erpEchoWithin, "erpEchoWithin");
    Objects.requireNonNull(timeFrameLead, "timeFrameLead");
    if (erpEchoWithin.isNegative() || erpEchoWithin.isZero()) {
      throw new IllegalArgumentException("erpEchoWithin must be positive");
    }
    noContactSlots = Set.copyOf(noContactSlots);
    requirePositive(noContactMinAttempts, "noContactMinAttempts");
    requirePositive(smsDailyCap, "smsDailyCap");
    requirePositive(confirmationWindowBusinessDays, "confirmationWindowBusinessDays");
    requirePositive(pastDueAfterDays, "pastDueAfterDays");
    requirePositive(reminderLeadBusinessDays, "reminderLeadBusinessDays");
    requirePositive(svcDueBusinessDays, "svcDueBusinessDays");
    requirePositive(starvationAfterBusinessDays, "starvationAfterBusinessDays");
    if (noContactSpan.isNegative()
        || balanceDueGrace.isNegative()
        || cancelRequestGrace.isNegative()
        || timeFrameLead.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
  }

  public static OomConfig defaults() {
    return new OomConfig(
        5,
        Duration.ofDays(7),
        EnumSet.allOf(ContactSlot.class),
        Duration.ofHours(72),
        Duration.ofHours(72),
        SlotBoundaries.defaults(),
        QuietHours.defaults(),
        3,
        1,
        1,
        1,
        Duration.ofHours(4),
        2,
        10,
        Duration.ofHours(1));
  }

  public OomConfig withNoContactMinAttempts(int value) {
    return new OomConfig(
        value,
        noContactSpan,
        noContactSlots,
        balanceDueGrace,
        cancelRequestGrace,
        slotBoundaries,
        quietHours,
        smsDailyCap,
        confirmationWindowBusinessDays,
        pastDueAfterDays,
        reminderLeadBusinessDays,
        erpEchoWithin,
        svcDueBusinessDays,
        starvationAfterBusinessDays,
        timeFrameLead);
  }

  public OomConfig withSmsDailyCap(int value) {
    return new OomConfig(
        noContactMinAttempts,
        noContactSpan,
        noContactSlots,
        balanceDueGrace,
        cancelRequestGrace,
        slotBoundaries,
        quietHours,
        value,
        confirmationWindowBusinessDays,
        pastDueAfterDays,
        reminderLeadBusinessDays,
        erpEchoWithin,
        svcDueBusinessDays,
        starvationAfterBusinessDays,
        timeFrameLead);
  }

  private static void requirePositive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
