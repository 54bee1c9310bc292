package com.oom.core.config;

import com.oom.core.time.ContactSlot;
import com.oom.core.time.QuietHours;
import com.oom.core.time.SlotBoundaries;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Every threshold of the OOM process in one place, with the retailer's defaults. Each value is
 * checked against its allowed range ({@link OomConfigRanges}); a refusal names the setting.
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
    Objects.requireNonNull(noContactSlots, "noContactSlots");
    Objects.requireNonNull(slotBoundaries, "slotBoundaries");
    Objects.requireNonNull(quietHours, "quietHours");
    noContactSlots = Set.copyOf(noContactSlots);
    if (noContactSlots.isEmpty()) {
      throw new IllegalArgumentException(
          "noContactSlots must name at least one of WEEKDAY_DAY, WEEKDAY_NIGHT, WEEKEND");
    }
    OomConfigRanges.NO_CONTACT_MIN_ATTEMPTS.require(noContactMinAttempts);
    OomConfigRanges.NO_CONTACT_SPAN.require(noContactSpan);
    OomConfigRanges.BALANCE_DUE_GRACE.require(balanceDueGrace);
    OomConfigRanges.CANCEL_REQUEST_GRACE.require(cancelRequestGrace);
    OomConfigRanges.SMS_DAILY_CAP.require(smsDailyCap);
    OomConfigRanges.CONFIRMATION_WINDOW_BUSINESS_DAYS.require(confirmationWindowBusinessDays);
    OomConfigRanges.PAST_DUE_AFTER_DAYS.require(pastDueAfterDays);
    OomConfigRanges.REMINDER_LEAD_BUSINESS_DAYS.require(reminderLeadBusinessDays);
    OomConfigRanges.ERP_ECHO_WITHIN.require(erpEchoWithin);
    OomConfigRanges.SVC_DUE_BUSINESS_DAYS.require(svcDueBusinessDays);
    OomConfigRanges.STARVATION_AFTER_BUSINESS_DAYS.require(starvationAfterBusinessDays);
    OomConfigRanges.TIME_FRAME_LEAD.require(timeFrameLead);
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
}
