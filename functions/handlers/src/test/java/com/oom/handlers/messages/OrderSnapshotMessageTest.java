package com.oom.handlers.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.oom.aws.wire.order.OrderSnapshotWire;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpContactCode;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.testing.Orders;
import com.oom.events.Contracts;
import com.oom.handlers.common.InvalidMessage;
import com.oom.handlers.testing.FeedMessages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An {@code OrderSnapshot} becomes the core's {@link ErpSnapshot}: the order, its sequence, when
 * the ERP produced it, and the contact code the ERP states (none when the snapshot has no {@code
 * contactStatus}; dated by {@code contactStatusSince}, else by the snapshot's own time).
 */
class OrderSnapshotMessageTest {
  private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);
  private static final Instant SET_IN_STORIS = Instant.parse("2026-11-30T15:40:00Z");

  private static ErpSnapshot read(String body) {
    return ((OrderFeedMessage.OrderSnapshot) OrderFeedMessage.parse(body)).snapshot();
  }

  /** The default order's snapshot stating {@code code}. */
  private static String coded(ContactStatus status, LocalDate date, Instant since) {
    return FeedMessages.snapshot(
        "e-1", 3, Orders.defaultOrder(), new ErpContactCode(status, date, since));
  }

  private static InvalidMessage refused(String body) {
    return catchThrowableOfType(InvalidMessage.class, () -> OrderFeedMessage.parse(body));
  }

  @Test
  void a_snapshot_without_a_contact_status_says_nothing_about_the_code() {
    ErpSnapshot snapshot = read(FeedMessages.snapshot("e-1", 3, Orders.defaultOrder()));

    assertThat(snapshot.contactCode()).isNull();
    assertThat(snapshot.order()).isEqualTo(Orders.defaultOrder().details());
    assertThat(snapshot.sequence()).isEqualTo(3);
    assertThat(snapshot.occurredAt()).isEqualTo(FeedMessages.OCCURRED_AT);
  }

  @Test
  void a_code_set_in_the_erp_keeps_its_status_date_and_time() {
    String body = coded(ContactStatus.BALDUE, FRIDAY, SET_IN_STORIS);

    assertThat(body).contains("\"contactStatusSince\":\"2026-11-30T15:40:00Z\"");
    assertThat(read(body).contactCode())
        .isEqualTo(new ErpContactCode(ContactStatus.BALDUE, FRIDAY, SET_IN_STORIS));
  }

  @Test
  void a_code_without_its_time_dates_from_the_snapshot() {
    String body =
        coded(ContactStatus.HOLD, null, SET_IN_STORIS)
            .replace(",\"contactStatusSince\":\"2026-11-30T15:40:00Z\"", "");

    assertThat(body).doesNotContain("contactStatusSince");
    assertThat(read(body).contactCode())
        .isEqualTo(new ErpContactCode(ContactStatus.HOLD, null, FeedMessages.OCCURRED_AT));
  }

  /** A contact date or time without a status, an unknown status: each refused, naming its field. */
  static Stream<Arguments> codesTheContractRefuses() {
    String withoutStatus = "\"contactStatus\":\"BALDUE\",";
    return Stream.of(
        Arguments.of(
            "order.contactDate",
            coded(ContactStatus.BALDUE, FRIDAY, FeedMessages.OCCURRED_AT)
                .replace(withoutStatus, ""),
            "only allowed with contactStatus"),
        Arguments.of(
            "order.contactStatusSince",
            coded(ContactStatus.BALDUE, null, SET_IN_STORIS).replace(withoutStatus, ""),
            "only allowed with contactStatus"),
        Arguments.of(
            "order.contactStatus",
            coded(ContactStatus.BALDUE, FRIDAY, SET_IN_STORIS).replace("\"BALDUE\"", "\"PENDING\""),
            "must be one of"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codesTheContractRefuses")
  void a_code_the_contract_refuses_is_refused_naming_its_field(
      String field, String body, String why) {
    InvalidMessage e = refused(body);

    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).contains(why);
  }

  @Test
  void the_sample_coded_in_storis_reads_into_the_erp_code_and_back() {
    ErpSnapshot snapshot =
        read(Contracts.read("samples/order-snapshot/regina-coded-baldue-in-storis.json"));

    assertThat(snapshot.contactCode())
        .isEqualTo(
            new ErpContactCode(
                ContactStatus.BALDUE, FRIDAY, Instant.parse("2026-12-02T18:31:55Z")));
    assertThat(OrderSnapshotWire.of("e-1", snapshot).toDomain()).isEqualTo(snapshot);
  }

  @Test
  void a_snapshot_may_say_how_far_the_erp_had_applied_ooms_updates() {
    ErpSnapshot says =
        read(
            Contracts.read(
                "samples/order-snapshot/winnipeg-showing-oom-booking-applied-through.json"));
    ErpSnapshot doesNotSay = read(FeedMessages.snapshot("e-1", 3, Orders.defaultOrder()));

    assertThat(says.oomUpdatesAppliedThrough()).isEqualTo(Instant.parse("2026-12-02T15:20:05Z"));
    assertThat(says.hasApplied(Instant.parse("2026-12-02T15:20:05Z"))).contains(true);
    assertThat(says.hasApplied(Instant.parse("2026-12-02T15:20:06Z"))).contains(false);
    assertThat(OrderSnapshotWire.of("e-1", says).toDomain()).isEqualTo(says);
    assertThat(doesNotSay.oomUpdatesAppliedThrough()).isNull();
  }
}
