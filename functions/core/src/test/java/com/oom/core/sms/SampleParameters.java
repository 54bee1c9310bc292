package com.oom.core.sms;

import java.time.LocalDate;
import java.time.LocalTime;

/** Parameters used across the SMS tests: a typical set, and typical with one value changed. */
final class SampleParameters {

  private static final SmsParameters TYPICAL =
      new SmsParameters(
          "Marie",
          "4512345",
          "Maple Home",
          LocalDate.of(2026, 12, 1), // a Tuesday
          LocalTime.of(8, 0),
          LocalTime.of(12, 0),
          "125.50");

  private SampleParameters() {}

  /** Every parameter filled in, as the SMS sender would for any touch point. */
  static SmsParameters typical() {
    return TYPICAL;
  }

  /** Long but realistic values: the longest day and month names, a long store name. */
  static SmsParameters longest() {
    return new SmsParameters(
        "Marie-Christine",
        "4512345678",
        "Northgate Furniture & Appliances",
        LocalDate.of(2026, 9, 30), // Wednesday, September / mercredi, septembre
        LocalTime.of(10, 30),
        LocalTime.of(12, 30),
        "12345.67");
  }

  static SmsParameters withName(String guestFirstName) {
    SmsParameters p = TYPICAL;
    return new SmsParameters(
        guestFirstName,
        p.orderId(),
        p.storeName(),
        p.date(),
        p.windowStart(),
        p.windowEnd(),
        p.balanceDue());
  }

  static SmsParameters withOrderId(String orderId) {
    SmsParameters p = TYPICAL;
    return new SmsParameters(
        p.guestFirstName(),
        orderId,
        p.storeName(),
        p.date(),
        p.windowStart(),
        p.windowEnd(),
        p.balanceDue());
  }

  static SmsParameters withStore(String storeName) {
    SmsParameters p = TYPICAL;
    return new SmsParameters(
        p.guestFirstName(),
        p.orderId(),
        storeName,
        p.date(),
        p.windowStart(),
        p.windowEnd(),
        p.balanceDue());
  }

  static SmsParameters withDate(LocalDate date) {
    SmsParameters p = TYPICAL;
    return new SmsParameters(
        p.guestFirstName(),
        p.orderId(),
        p.storeName(),
        date,
        p.windowStart(),
        p.windowEnd(),
        p.balanceDue());
  }

  static SmsParameters withWindow(LocalTime start, LocalTime end) {
    SmsParameters p = TYPICAL;
    return new SmsParameters(
        p.guestFirstName(), p.orderId(), p.storeName(), p.date(), start, end, p.balanceDue());
  }

  static SmsParameters withBalance(String balanceDue) {
    SmsParameters p = TYPICAL;
    return new SmsParameters(
        p.guestFirstName(),
        p.orderId(),
        p.storeName(),
        p.date(),
        p.windowStart(),
        p.windowEnd(),
        balanceDue);
  }
}
