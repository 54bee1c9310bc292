package com.oom.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.core.audit.AuditEntry;
import com.oom.core.order.Actor;
import com.oom.core.order.Confirmation;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpSync;
import com.oom.core.order.Escalation;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FollowUpRequest;
import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.order.GuestLanguage;
import com.oom.core.order.MissedFulfilment;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent.FieldChange;
import com.oom.core.order.PendingBooking;
import com.oom.core.order.PendingCode;
import com.oom.core.order.PendingRedate;
import com.oom.core.order.TouchPoint;
import com.oom.core.order.Transfer;
import com.oom.core.order.TroubleReason;
import com.oom.core.order.TroubleReport;
import com.oom.core.order.WrongNumber;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.port.SmsLog.SmsRecord;
import com.oom.core.testing.Orders;
import com.oom.core.time.ContactSlot;
import com.oom.core.worklist.ConfirmationAuditReport;
import com.oom.core.worklist.ConfirmationMiss;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The documents stored in DynamoDB items, pinned field for field: a fully populated order state
 * (every optional field set), an audit entry, an SMS record and a confirmation audit are written
 * exactly as the checked-in golden documents ({@code src/test/resources/stored/}), and those
 * documents read back to equal records. Renaming a domain field fails here instead of silently
 * changing (or losing) stored state; a deliberate change of the stored shape needs a migration of
 * the items already stored and a new golden document ({@code -Doom.stored.write=true} rewrites them
 * from the records).
 */
class StoredOrderDocumentTest {
  private static final Instant AT = Instant.parse("2026-11-30T16:00:00Z");

  static OpenOrder fullyPopulatedOrder() {
    return Orders.defaultOrder()
        .language(GuestLanguage.FRENCH)
        .appointment(Orders.appointment(LocalDate.of(2026, 12, 3)))
        .balanceDue("120.00")
        .build()
        .toBuilder()
        .contactStatus(ContactStatus.CALLBACK, AT)
        .contactDate(LocalDate.of(2026, 12, 2))
        .addAttempt(Orders.attempt(AT, ContactSlot.WEEKDAY_DAY))
        .confirmation(
            new Confirmation(
                LocalDate.of(2026, 12, 3),
                ConfirmationResultKind.CONFIRMED,
                ConfirmationChannel.SMS,
                AT.plusSeconds(60),
                Orders.MOBILE))
        .missed(new MissedFulfilment(FulfilmentOutcomeKind.NOT_HOME, AT.plusSeconds(120)))
        .trouble(new TroubleReport(TroubleReason.NO_FIT, "agent-7", "sofa too deep", AT))
        .escalation(new Escalation(EscalationReason.NO_FIT, AT.plusSeconds(180), true, "h-1"))
        .followUp(new FollowUpRequest(FollowUpRequest.Reason.GUEST_REPLY, AT.plusSeconds(240)))
        .addTouchPointKey("SO-1001#MERCHANDISE_AVAILABLE#available")
        .sync(
            new ErpSync(
                new PendingBooking(
                    Orders.appointment(LocalDate.of(2026, 12, 4)),
                    AT.plusSeconds(300),
                    AT.plusSeconds(900),
                    List.of(Orders.appointment(LocalDate.of(2026, 12, 3)))),
                new PendingRedate(
                    LocalDate.of(2026, 12, 5),
                    AT.plusSeconds(360),
                    AT.plusSeconds(960),
                    List.of(LocalDate.of(2026, 12, 10))),
                new PendingCode(
                    ContactStatus.CALLBACK, LocalDate.of(2026, 12, 2), AT, AT.plusSeconds(1020)),
                AT.plusSeconds(1080)))
        .addWrongNumber(new WrongNumber(Orders.HOME, AT.plusSeconds(420)))
        .transfer(
            new Transfer(
                "888",
                "101",
                LocalDate.of(2026, 12, 2),
                AT.plusSeconds(480),
                Actor.agent("agent-7"),
                AT.plusSeconds(540)))
        .build();
  }

  static AuditEntry auditEntry() {
    return new AuditEntry(
        "audit-1",
        "SO-1001",
        AT,
        Actor.agent("agent-7"),
        "CONTACT_STATUS_CHANGED",
        List.of(new FieldChange("contactStatus", "NONE", "CALLBACK")),
        "guest asked to be called back");
  }

  static SmsRecord smsRecord() {
    SmsRequest request =
        new SmsRequest(
            "sms-1",
            "SO-1001",
            TouchPoint.MERCHANDISE_AVAILABLE,
            "SO-1001#MERCHANDISE_AVAILABLE#available",
            Orders.MOBILE,
            AT);
    return new SmsRecord(
        request,
        TouchPoint.MERCHANDISE_AVAILABLE,
        com.oom.core.port.SmsLog.Status.DEFERRED,
        AT,
        AT.plusSeconds(3600),
        "quiet hours",
        "Votre commande est arrivée");
  }

  static ConfirmationAuditReport confirmationAudit() {
    return new ConfirmationAuditReport(
        "101",
        LocalDate.of(2026, 11, 30),
        3,
        List.of(
            new ConfirmationMiss(
                "SO-1001", "101", LocalDate.of(2026, 12, 1), List.of(Orders.MOBILE, Orders.HOME))),
        AT);
  }

  @Test
  void order_state_is_stored_as_the_golden_document_and_read_back() {
    assertStoredAs("stored/order-state.json", fullyPopulatedOrder(), OpenOrder.class);
  }

  @Test
  void every_optional_field_of_the_order_is_set_in_the_golden_document() {
    OpenOrder order = fullyPopulatedOrder();
    assertThat(order.details().appointment()).isNotNull();
    assertThat(order.confirmation()).isNotNull();
    assertThat(order.missed()).isNotNull();
    assertThat(order.trouble()).isNotNull();
    assertThat(order.escalation()).isNotNull();
    assertThat(order.followUp()).isNotNull();
    assertThat(order.contactDate()).isNotNull();
    assertThat(order.attempts()).isNotEmpty();
    assertThat(order.touchPointKeys()).isNotEmpty();
    assertThat(order.confirmation().phone()).isNotNull();
    assertThat(order.sync().booking()).hasNoNullFieldsOrProperties();
    assertThat(order.sync().redate()).hasNoNullFieldsOrProperties();
    assertThat(order.sync().code()).hasNoNullFieldsOrProperties();
    assertThat(order.sync().booking().superseded()).isNotEmpty();
    assertThat(order.sync().redate().superseded()).isNotEmpty();
    assertThat(order.sync().escalationOverdueReportedAt()).isNotNull();
    assertThat(order.wrongNumbers()).isNotEmpty();
    assertThat(order.transfer()).hasNoNullFieldsOrProperties();
  }

  /**
   * A state stored before OOM tracked its changes to shared fields and wrong numbers (no {@code
   * sync}, no {@code wrongNumbers}, a confirmation without {@code phone}, an escalation without
   * {@code handOffId}, no {@code availableSince}) still reads: nothing pending, no number marked.
   * The golden document is {@code order-state.json} as it was stored then, and is never rewritten.
   */
  @Test
  void an_order_stored_before_the_erp_sync_reads_with_nothing_pending_and_no_wrong_number() {
    String before = resource("stored/order-state-before-erp-sync.json");
    assertThat(tree(before).has("sync")).isFalse();
    assertThat(tree(before).has("wrongNumbers")).isFalse();

    OpenOrder read = StateJson.read(before, OpenOrder.class);

    assertThat(read.sync()).isEqualTo(ErpSync.NONE);
    assertThat(read.wrongNumbers()).isEmpty();
    assertThat(read.confirmation().phone()).isNull();
    assertThat(read.escalation().handOffId()).isNull();
    // available then, with no record of since when: waiting counts from when OOM first saw it
    assertThat(read.availableSince()).isEqualTo(read.firstSeenAt());
    // and no transfer: stored orders without one read as none, and are stored without one
    assertThat(read.transfer()).isNull();
    // and an order with nothing pending and no wrong number is still stored so, plus availableSince
    com.fasterxml.jackson.databind.node.ObjectNode written =
        (com.fasterxml.jackson.databind.node.ObjectNode) tree(StateJson.write(read));
    assertThat(written.remove("availableSince").asText()).isEqualTo("2026-11-01T15:00:00Z");
    assertThat(written).isEqualTo(tree(before));
    OpenOrder now = fullyPopulatedOrder();
    assertThat(read)
        .usingRecursiveComparison()
        .ignoringFields(
            "sync", "wrongNumbers", "confirmation.phone", "escalation.handOffId", "transfer")
        .isEqualTo(now);
  }

  @Test
  void audit_entry_is_stored_as_the_golden_document_and_read_back() {
    assertStoredAs("stored/audit-entry.json", auditEntry(), AuditEntry.class);
  }

  @Test
  void sms_record_is_stored_as_the_golden_document_and_read_back() {
    assertStoredAs("stored/sms-record.json", smsRecord(), SmsRecord.class);
  }

  @Test
  void confirmation_audit_is_stored_as_the_golden_document_and_read_back() {
    assertStoredAs(
        "stored/confirmation-audit.json", confirmationAudit(), ConfirmationAuditReport.class);
  }

  private static <T> void assertStoredAs(String golden, T value, Class<T> type) {
    if (Boolean.getBoolean("oom.stored.write")) {
      rewrite(golden, value);
    }
    String expected = resource(golden);
    JsonNode written = tree(StateJson.write(value));
    assertThat(written).as("written as %s", golden).isEqualTo(tree(expected));
    assertThat(StateJson.read(expected, type)).as("%s read back", golden).isEqualTo(value);
  }

  private static void rewrite(String golden, Object value) {
    try {
      java.nio.file.Path file = java.nio.file.Path.of("src/test/resources", golden);
      java.nio.file.Files.writeString(
          file,
          StateJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode tree(String json) {
    try {
      return StateJson.mapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String path) {
    try (InputStream in =
        StoredOrderDocumentTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
