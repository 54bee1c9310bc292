package com.oom.core.rules;

import com.oom.core.order.Actor;
import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderDetails;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.order.TouchPoint;
import com.oom.core.order.Transfer;
import java.time.LocalDate;

/**
 * Transfers of an order's merchandise between locations (e.g. from the distribution centre 888 to
 * the store), booked by an agent and owned by OOM.
 *
 * <ul>
 *   <li>{@link #book}: from and to are given and differ, the expected date is not before the
 *       order's local today, the order is worked by OOM, and the agent says why. Booking the same
 *       transfer again changes nothing; booking another replaces the pending one (the audit entry
 *       says so).
 *   <li>{@link #recogniseArrival}: a snapshot showing the order at the transfer's destination with
 *       every line available means the merchandise arrived: {@code arrivedAt} is set, the arrival
 *       is audited (and written back to the ERP) and TRANSFER_ARRIVED fires once per transfer. From
 *       then on the order follows the normal booking path.
 *   <li>{@link #textsInsteadOfAvailability}: while a transfer is pending, the arrival text is the
 *       one that invites the guest to book, so merchandise becoming available does not text the
 *       guest too (one text, not two, when both happen in the same snapshot).
 * </ul>
 */
public final class Transfers {
  private Transfers() {}

  public static OrderUpdate book(
      OpenOrder order,
      String fromLocationId,
      String toLocationId,
      LocalDate expectedDate,
      String comment,
      ChangeContext ctx) {
    OrderGuards.requireWorkedByOom(order);
    String from = requireLocation("fromLocationId", fromLocationId);
    String to = requireLocation("toLocationId", toLocationId);
    if (from.equals(to)) {
      throw new InvalidCommand("toLocationId", "must differ from fromLocationId (" + from + ")");
    }
    if (expectedDate == null) {
      throw new InvalidCommand("expectedDate", "is required");
    }
    LocalDate today = ctx.at().atZone(order.details().timeZone()).toLocalDate();
    if (expectedDate.isBefore(today)) {
      throw new InvalidCommand("expectedDate", "must not be before today (" + today + ")");
    }
    String why = Comments.requireFrom(ctx.actor(), comment);
    Transfer current = order.transfer();
    if (current != null && current.sameMoveAs(from, to, expectedDate)) {
      return OrderUpdate.unchanged(order);
    }
    Transfer booked = Transfer.booked(from, to, expectedDate, ctx.at(), ctx.actor());
    return new OrderChangeBuilder(order, ctx)
        .change(b -> b.transfer(booked))
        .event(
            new OrderEvent.TransferBooked(
                ctx.eventId(order.orderId(), "transfer"),
                order.orderId(),
                ctx.at(),
                ctx.actor(),
                current,
                booked,
                why))
        .build();
  }

  /**
   * Whether the guest is texted by the transfer's arrival rather than by the merchandise becoming
   * available: a transfer is pending on {@code order}.
   */
  static boolean textsInsteadOfAvailability(OpenOrder order) {
    return order.awaitsTransfer();
  }

  /**
   * Records the arrival of the pending transfer when the snapshot just applied ({@code
   * change.current()}) shows the order at its destination with every line available. The arrival is
   * OOM's finding ({@link Actor#SYSTEM}), so it is written back to the ERP.
   */
  static void recogniseArrival(OrderChangeBuilder change, ChangeContext ctx) {
    OpenOrder order = change.current();
    if (!order.awaitsTransfer() || !isAtDestination(order.details(), order.transfer())) {
      return;
    }
    Transfer arrived = order.transfer().arrived(ctx.at());
    change
        .change(b -> b.transfer(arrived))
        .event(
            new OrderEvent.TransferArrived(
                ctx.eventId(order.orderId(), "transfer-arrived"),
                order.orderId(),
                ctx.at(),
                Actor.SYSTEM,
                arrived))
        .touchPoint(TouchPoint.TRANSFER_ARRIVED, trigger(arrived));
  }

  /** The ERP shows the order at the transfer's destination, every line available. */
  public static boolean isAtDestination(OrderDetails details, Transfer transfer) {
    return transfer.toLocationId().equals(details.locationId()) && details.isAvailable();
  }

  /** One arrival text per transfer. */
  static String trigger(Transfer transfer) {
    return "transfer:" + transfer.key();
  }

  private static String requireLocation(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidCommand(field, "is required");
    }
    return value.strip();
  }
}
