package com.oom.local;

import com.oom.core.order.Fulfilment;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.Guest;
import com.oom.core.order.GuestLanguage;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.OrderDetails;
import com.oom.core.order.OrderLine;
import com.oom.core.order.OrderType;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.PhoneType;
import com.oom.core.time.BusinessCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo's open orders as the ERP first describes them: seven in ten available (the others arrive
 * within two weeks), one to three lines, fulfilment dates from five days ago to two weeks ahead,
 * one in five a pick-up at DC 888, one in ten a service order, some with a balance owing,
 * French-speaking guests mostly in Toronto.
 */
final class DemoOrderBook {
  private final Random random;

  /**
   * @param random the demo's one seeded source of chance
   */
  DemoOrderBook(Random random) {
    this.random = random;
  }

  OrderDetails order(String orderId, String store, BusinessCalendar calendar, LocalDate today) {
    int lineCount = 1 + random.nextInt(3);
    boolean available = random.nextDouble() < 0.7;
    List<OrderLine> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int l = 0; l < lineCount; l++) {
      BigDecimal value =
          BigDecimal.valueOf(150 + random.nextInt(3500)).setScale(2, RoundingMode.HALF_UP);
      total = total.add(value);
      boolean lineAvailable = available || l > 0;
      lines.add(
          new OrderLine(
              orderId + "-" + (l + 1),
              "SKU-" + (1000 + random.nextInt(9000)),
              "Item " + (l + 1),
              1,
              value,
              lineAvailable,
              today.plusDays(lineAvailable ? -2 : 3 + random.nextInt(10))));
    }
    List<GuestPhone> phones = new ArrayList<>();
    phones.add(new GuestPhone(phone(store), PhoneType.MOBILE, random.nextDouble() < 0.75));
    if (random.nextDouble() < 0.6) {
      phones.add(new GuestPhone(phone(store), PhoneType.HOME, false));
    }
    boolean french = store.equals("303") ? random.nextDouble() < 0.4 : random.nextDouble() < 0.1;
    Fulfilment fulfilment = random.nextDouble() < 0.8 ? Fulfilment.DELIVERY : Fulfilment.PICKUP;
    OrderType type =
        switch (random.nextInt(10)) {
          case 0 -> OrderType.EXCHANGE;
          case 1 -> OrderType.SERVICE;
          case 2 -> OrderType.TRANSFER;
          default -> OrderType.SALE;
        };
    BigDecimal balance =
        random.nextDouble() < 0.15
            ? BigDecimal.valueOf(100 + random.nextInt(900)).setScale(2, RoundingMode.HALF_UP)
            : BigDecimal.ZERO;
    return new OrderDetails(
        orderId,
        type,
        fulfilment,
        store,
        fulfilment == Fulfilment.PICKUP ? "888" : "DC-" + store,
        calendar.zone(),
        french ? GuestLanguage.FRENCH : GuestLanguage.ENGLISH,
        random.nextDouble() < 0.7 ? FulfilmentStatus.EST : FulfilmentStatus.SCH,
        today.plusDays(random.nextInt(20) - 5),
        lines.stream().map(OrderLine::atpDate).max(LocalDate::compareTo).orElse(today),
        null,
        total,
        balance,
        "CAD",
        new Guest(
            "G-" + orderId, french ? "Camille" : "Alex", french ? "Tremblay" : "Martin", phones),
        lines);
  }

  private PhoneNumber phone(String store) {
    String area =
        switch (store) {
          case "202" -> "306";
          case "303" -> "416";
          default -> "204";
        };
    return PhoneNumber.parse(area + "555" + String.format("%04d", random.nextInt(10000)));
  }
}
