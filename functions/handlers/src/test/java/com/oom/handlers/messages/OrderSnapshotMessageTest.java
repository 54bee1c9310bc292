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
import org.junit.jupiter.api.Test;

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

  @Test
  void a_contact_date_without_a_contact_status_is_refused_naming_the_field() {
    InvalidMessage e =
        refused(
            coded(ContactStatus.BALDUE, FRIDAY, FeedMessages.OCCURRED_AT)
                .replace("\"contactStatus\":\"BALDUE\",", ""));

    assertThat(e.field()).isEqualTo("order.contactDate");
    assertThat(e.getMessage()).contains("only allowed with contactStatus");
  }

  @Test
  void a_contact_status_time_without_a_contact_status_is_refused_naming_the_field() {
    InvalidMessage e =
        refused(
            coded(ContactStatus.BALDUE, null, SET_IN_STORIS)
                .replace("\"contactStatus\":\"BALDUE\",", ""));

    assertThat(e.field()).isEqualTo("order.contactStatusSince");
  }

  @Test
  void an_unknown_contact_status_is_refused_naming_the_field() {
    InvalidMessage e =
        refused(
            coded(ContactStatus.BALDUE, FRIDAY, SET_IN_STORIS)
                .replace("\"BALDUE\"", "\"PENDING\""));

    assertThat(e.field()).isEqualTo("order.contactStatus");
    assertThat(e.getMessage()).contains("must be one of");
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
}
