package com.oom.core.sms;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Values a template may use. Any may be null when the touch point does not need it.
 *
 * @param guestFirstName the guest's first name; optional (the greeting is then just "Hi,")
 * @param orderId the order number; every touch point needs it
 * @param storeName the sender's name; optional ("your store" / "votre magasin" otherwise)
 * @param date the appointment or expected availability date, in the order's time zone
 * @param windowStart start of the appointment time window
 * @param windowEnd end of the appointment time window; not before {@code windowStart}
 * @param balanceDue the balance owing as a positive decimal string with at most two decimals, e.g.
 *     {@code "125.50"}
 */
public record SmsParameters(
    String guestFirstName,
    String orderId,
    String storeName,
    LocalDate date,
    LocalTime windowStart,
    LocalTime windowEnd,
    String balanceDue) {}
