package com.oom.core.rules;

import com.oom.core.order.GuestPhone;
import com.oom.core.order.OrderDetails;
import com.oom.core.order.OrderEvent.FieldChange;
import com.oom.core.order.OrderLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ERP fields a snapshot changed, for the audit trail (no phone number in clear). */
final class SnapshotFieldChanges {
  private SnapshotFieldChanges() {}

  static List<FieldChange> fieldChanges(OrderDetails old, OrderDetails now) {
    List<FieldChange> changes = new ArrayList<>();
    compare(changes, "status", old.status(), now.status());
    compare(changes, "fulfilmentDate", old.fulfilmentDate(), now.fulfilmentDate());
    compare(changes, "atpDate", old.atpDate(), now.atpDate());
    compare(changes, "appointment", old.appointment(), now.appointment());
    compareMoney(changes, "value", old.value(), now.value());
    compareMoney(changes, "balanceDue", old.balanceDue(), now.balanceDue());
    compare(changes, "available", old.isAvailable(), now.isAvailable());
    compare(changes, "storeId", old.storeId(), now.storeId());
    compare(changes, "locationId", old.locationId(), now.locationId());
    compare(changes, "language", old.language(), now.language());
    compare(changes, "guestName", guestName(old), guestName(now));
    // Compared by content (a number or a line can change without the count changing), rendered
    // without full phone numbers: audit text only ever shows masked numbers.
    compare(changes, "lines", old.lines(), now.lines(), SnapshotFieldChanges::describeLines);
    compare(
        changes,
        "phones",
        old.guest().phones(),
        now.guest().phones(),
        SnapshotFieldChanges::describePhones);
    return changes;
  }

  private static <T> void compare(
      List<FieldChange> changes, String field, T from, T to, Function<T, String> describe) {
    if (!Objects.equals(from, to)) {
      changes.add(new FieldChange(field, describe.apply(from), describe.apply(to)));
    }
  }

  private static String guestName(OrderDetails details) {
    return (Objects.toString(details.guest().firstName(), "")
            + " "
            + Objects.toString(details.guest().lastName(), ""))
        .strip();
  }

  private static String describeLines(List<OrderLine> lines) {
    return lines.stream()
        .map(
            l ->
                l.lineId()
                    + ": "
                    + l.quantity()
                    + " x "
                    + l.sku()
                    + " "
                    + l.value().toPlainString()
                    + (l.available() ? " available" : " ATP " + l.atpDate()))
        .collect(Collectors.joining("; ", "[", "]"));
  }

  private static String describePhones(List<GuestPhone> phones) {
    return phones.stream()
        .map(p -> p.type() + " " + p.number().masked() + (p.smsConsent() ? " texts" : ""))
        .collect(Collectors.joining("; ", "[", "]"));
  }

  private static void compare(List<FieldChange> changes, String field, Object from, Object to) {
    if (!Objects.equals(from, to)) {
      changes.add(new FieldChange(field, String.valueOf(from), String.valueOf(to)));
    }
  }

  private static void compareMoney(
      List<FieldChange> changes, String field, BigDecimal from, BigDecimal to) {
    if (from.compareTo(to) != 0) {
      changes.add(new FieldChange(field, from.toPlainString(), to.toPlainString()));
    }
  }
}
