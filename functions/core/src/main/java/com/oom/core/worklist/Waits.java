package com.oom.core.worklist;

import com.oom.core.order.Appointment;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderLine;
import com.oom.core.order.Transfer;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The next step of an order OOM works that is on no agent's list: it waits for its visit, for the
 * ERP's outcome, for a transfer, for a contact date or for stock, each with the instant OOM looks
 * again.
 */
final class Waits {
  private Waits() {}

  static Optional<NextStep> of(OpenOrder order, BusinessCalendar calendar, Instant now) {
    LocalDate today = calendar.today(now);
    Optional<Appointment> appointment = order.appointment();
    if (appointment.isPresent()) {
      Appointment visit = appointment.get();
      Instant windowEnds =
          ZonedDateTime.of(visit.date(), visit.windowEnd(), order.details().timeZone()).toInstant();
      if (now.isBefore(windowEnds)) {
        return Optional.of(
            new NextStep(
                NextAction.WAIT_FOR_VISIT,
                ZonedDateTime.of(visit.date(), visit.windowStart(), order.details().timeZone())
                    .toInstant(),
                kindWord(visit)
                    + " on "
                    + visit.date()
                    + " "
                    + visit.windowStart()
                    + "–"
                    + visit.windowEnd(),
                null));
      }
      Optional<NextStep> outcome =
          MissedListRule.noOutcomeDueAt(order, calendar)
              .map(
                  due ->
                      new NextStep(
                          NextAction.WAIT_FOR_OUTCOME,
                          due,
                          "The ERP reports the outcome of the appointment on " + visit.date(),
                          null));
      if (outcome.isPresent()) {
        return outcome;
      }
      // a technician visit that is over: the order waits like one with no appointment
    }
    if (order.awaitsTransfer()) {
      Transfer transfer = order.transfer();
      return Optional.of(
          new NextStep(
              NextAction.WAIT_FOR_TRANSFER,
              calendar.openingOnOrAfter(transfer.expectedDate()),
              "Waiting for the transfer from "
                  + transfer.fromLocationId()
                  + " to "
                  + transfer.toLocationId()
                  + " until its expected date "
                  + transfer.expectedDate(),
              null));
    }
    LocalDate contactDate = order.contactDate();
    if (order.details().isAvailable() && contactDate != null && contactDate.isAfter(today)) {
      return Optional.of(
          new NextStep(
              NextAction.WAIT_FOR_CONTACT_DATE,
              calendar.openingOnOrAfter(contactDate),
              "Contact date " + contactDate,
              null));
    }
    if (!order.details().isAvailable()) {
      return Optional.of(
          atpDate(order)
              .map(
                  atp ->
                      new NextStep(
                          NextAction.WAIT_FOR_STOCK,
                          calendar.openingOnOrAfter(atp),
                          "Merchandise not all in stock: ATP date " + atp,
                          null))
              .orElseGet(
                  () ->
                      new NextStep(
                          NextAction.CHECK_AVAILABILITY,
                          calendar.openAtOrAfter(order.firstSeenAt()),
                          "Merchandise not all in stock and no ATP date: ask the ERP",
                          null)));
    }
    return Optional.empty();
  }

  /** The order's ATP date, else the latest of its unavailable lines'. */
  private static Optional<LocalDate> atpDate(OpenOrder order) {
    if (order.details().atpDate() != null) {
      return Optional.of(order.details().atpDate());
    }
    return order.details().lines().stream()
        .filter(line -> !line.available())
        .map(OrderLine::atpDate)
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder());
  }

  private static String kindWord(Appointment visit) {
    return switch (visit.kind()) {
      case DELIVERY -> "Delivery";
      case PICKUP -> "Pick-up";
      case TECHNICIAN -> "Technician visit";
    };
  }
}
