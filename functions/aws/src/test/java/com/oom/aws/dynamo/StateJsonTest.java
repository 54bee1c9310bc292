package com.oom.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactAttempt;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.Fulfilment;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.Guest;
import com.oom.core.order.GuestLanguage;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderDetails;
import com.oom.core.order.OrderLine;
import com.oom.core.order.OrderType;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.PhoneType;
import com.oom.core.time.ContactSlot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DynamoDB item documents: values as the catalogue writes them, records read back equal. */
class StateJsonTest {
  static final PhoneNumber MOBILE = PhoneNumber.parse("204-555-0142");

  static OpenOrder sampleOrder() {
    OrderDetails details =
        new OrderDetails(
            "SO-1",
            OrderType.SALE,
            Fulfilment.DELIVERY,
            "101",
            "888",
            ZoneId.of("America/Winnipeg"),
            GuestLanguage.FRENCH,
            FulfilmentStatus.EST,
            LocalDate.of(2026, 12, 10),
            LocalDate.of(2026, 11, 20),
            new Appointment(
                LocalDate.of(2026, 12, 1),
                LocalTime.of(8, 0),
                LocalTime.of(12, 0),
                AppointmentKind.DELIVERY),
            new BigDecimal("1500.10"),
            new BigDecimal("0.00"),
            "CAD",
            new Guest(
                "G-1", "Alex", "Martin", List.of(new GuestPhone(MOBILE, PhoneType.MOBILE, true))),
            List.of(new OrderLine("1", "SKU", "Sofa", 1, new BigDecimal("1500.10"), true, null)));
    return OpenOrder.first(details, 7, Instant.parse("2026-11-01T15:00:00Z")).toBuilder()
        .contactStatus(ContactStatus.HOLD, Instant.parse("2026-11-02T15:00:00Z"))
        .addAttempt(
            new ContactAttempt(
                "a-1",
                MOBILE,
                ContactChannel.PHONE,
                AttemptOutcome.NO_ANSWER,
                "agent-1",
                "rang",
                Instant.parse("2026-11-02T16:00:00Z"),
                ContactSlot.WEEKDAY_DAY))
        .addTouchPointKey("SO-1#MERCHANDISE_AVAILABLE#available")
        .build();
  }

  @Test
  void order_state_survives_a_round_trip() {
    OpenOrder order = sampleOrder();
    assertThat(StateJson.read(StateJson.write(order), OpenOrder.class)).isEqualTo(order);
  }

  @Test
  void contract_formats_money_as_decimal_strings_dates_as_iso_and_phones_as_e164() {
    String json = StateJson.write(sampleOrder());
    assertThat(json)
        .contains("\"value\":\"1500.10\"")
        .contains("\"fulfilmentDate\":\"2026-12-10\"")
        .contains("\"firstSeenAt\":\"2026-11-01T15:00:00Z\"")
        .contains("\"number\":\"+12045550142\"")
        .contains("\"timeZone\":\"America/Winnipeg\"")
        .doesNotContain("\"cwc\"")
        .doesNotContain("\"available\":true,\"open\"");
  }

  @Test
  void phone_numbers_written_the_north_american_way_are_read_as_e164() {
    assertThat(StateJson.read("\"(204) 555-0142\"", PhoneNumber.class)).isEqualTo(MOBILE);
    assertThat(StateJson.read("\"1-204-555-0142\"", PhoneNumber.class)).isEqualTo(MOBILE);
    assertThat(StateJson.read("\"+12045550142\"", PhoneNumber.class)).isEqualTo(MOBILE);
  }

  @Test
  void phones_written_loosely_are_read_as_e164_and_languages_by_tag() {
    GuestPhone phone =
        StateJson.read(
            "{\"number\":\"(204) 555-0142\",\"type\":\"MOBILE\",\"smsConsent\":true}",
            GuestPhone.class);
    assertThat(phone.number()).isEqualTo(MOBILE);
    assertThat(StateJson.read("\"fr\"", GuestLanguage.class)).isEqualTo(GuestLanguage.FRENCH);
    assertThat(StateJson.write(GuestLanguage.FRENCH)).isEqualTo("\"fr-CA\"");
  }

  @Test
  void a_chat_attempt_keeps_its_transcript_and_an_attempt_stored_before_it_existed_reads_fine() {
    ContactAttempt chat =
        new ContactAttempt(
            "a-2",
            MOBILE,
            ContactChannel.CHAT,
            AttemptOutcome.REACHED,
            "jenny",
            "Chat with Jenny: CONFIRMED.",
            Instant.parse("2026-11-02T17:00:00Z"),
            ContactSlot.WEEKDAY_DAY,
            "https://chat.package.ai/t/c-1");
    assertThat(StateJson.read(StateJson.write(chat), ContactAttempt.class)).isEqualTo(chat);

    String older =
        "{\"attemptId\":\"a-1\",\"phone\":\"+12045550142\",\"channel\":\"PHONE\","
            + "\"outcome\":\"NO_ANSWER\",\"agent\":\"agent-1\",\"comment\":\"rang\","
            + "\"at\":\"2026-11-02T16:00:00Z\",\"slot\":\"WEEKDAY_DAY\"}";
    assertThat(StateJson.read(older, ContactAttempt.class).transcriptRef()).isNull();
    assertThat(StateJson.write(sampleOrder().attempts().getFirst()))
        .doesNotContain("transcriptRef");
  }
}
