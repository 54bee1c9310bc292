package com.oom.aws.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.oom.aws.testing.AwsStack;
import com.oom.aws.wire.MessageJson;
import com.oom.aws.wire.outbox.ErpUpdateWire;
import com.oom.aws.wire.outbox.HandOffWire;
import com.oom.aws.wire.sms.SmsRequestWire;
import com.oom.catalogue.Queues;
import com.oom.catalogue.StoreDirectory;
import com.oom.core.audit.AuditEntry;
import com.oom.core.order.Actor;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.EscalationReason;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent.FieldChange;
import com.oom.core.order.TouchPoint;
import com.oom.core.outbox.ErpChanges;
import com.oom.core.outbox.OrderSummary;
import com.oom.core.outbox.OutboxMessage.ErpUpdate;
import com.oom.core.outbox.OutboxMessage.HandOff;
import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/** The outbox publisher on moto's SQS: batching, destinations, FIFO ids, URL cache, failures. */
@ExtendWith(EmulatorExtension.class)
class SqsOutboxPublisherIT {
  private static final Instant NOW = Instant.parse("2026-12-07T16:05:00Z");
  private AwsStack aws;
  private SqsAdapters sqs;

  @BeforeEach
  void stack() {
    aws = new AwsStack(new MutableClock(NOW));
    sqs = aws.sqsAdapters;
  }

  private static ErpUpdate erpUpdate(int n) {
    return new ErpUpdate(
        "upd-" + n,
        "SO-" + (2000 + n),
        NOW.plusSeconds(n),
        n % 2 == 0 ? Actor.agent("agent-" + n) : Actor.SYSTEM,
        n % 5 == 0 ? "ESCALATED" : "CONTACT_STATUS",
        ContactStatus.HOLD,
        LocalDate.of(2026, 12, 10),
        n % 5 == 0 ? FulfilmentStatus.CWC : null,
        n % 5 == 0
            ? new ErpChanges(
                null,
                null,
                null,
                null,
                null,
                new ErpChanges.CwcChange(EscalationReason.NO_CONTACT, "no contact " + n))
            : ErpChanges.NONE,
        "update " + n);
  }

  private static HandOff handOff(String handOffId, String orderId, String storeId) {
    OpenOrder order = Orders.defaultOrder().orderId(orderId).storeId(storeId).build();
    return new HandOff(
        handOffId,
        orderId,
        storeId,
        EscalationReason.NO_CONTACT,
        NOW,
        OrderSummary.of(order),
        List.of(Orders.unansweredCall(Orders.MOBILE, NOW.minusSeconds(86_400))),
        List.of(
            new AuditEntry(
                "au-" + handOffId,
                orderId,
                NOW,
                Actor.SYSTEM,
                "ESCALATED",
                List.of(new FieldChange("status", "EST", "CWC")),
                "No contact after five attempts")));
  }

  private static SmsRequest smsRequest(String id, String orderId) {
    return new SmsRequest(
        id, orderId, TouchPoint.MERCHANDISE_AVAILABLE, orderId + "#available", Orders.MOBILE, NOW);
  }

  private static String outboxIdOf(Message message) {
    return message.messageAttributes().get("outboxId").stringValue();
  }

  @Test
  void twenty_five_erp_updates_go_out_in_three_batches_with_their_outbox_ids() {
    List<ErpUpdate> updates = IntStream.rangeClosed(1, 25).mapToObj(n -> erpUpdate(n)).toList();

    var published = sqs.erpUpdates().publishErpUpdates(updates);

    assertThat(published)
        .containsExactlyInAnyOrderElementsOf(updates.stream().map(ErpUpdate::updateId).toList());
    assertThat(aws.requests.count("Sqs.SendMessageBatch")).isEqualTo(3);
    List<Message> messages = aws.drain(OomQueues.ERP_UPDATES);
    assertThat(messages).hasSize(25);
    assertThat(messages)
        .allSatisfy(
            m ->
                assertThat(outboxIdOf(m))
                    .isEqualTo(MessageJson.read(m.body(), ErpUpdateWire.class).updateId()));
    assertThat(
            messages.stream()
                .map(m -> MessageJson.read(m.body(), ErpUpdateWire.class).toDomain())
                .toList())
        .containsExactlyInAnyOrderElementsOf(updates);
  }

  @Test
  void hand_offs_go_to_each_stores_own_fifo_queue_grouped_by_order_and_deduplicated_by_id() {
    HandOff toWinnipeg = handOff("h-1", "SO-1001", "101");
    HandOff toRegina = handOff("h-2", "SO-2002", "202");

    var published = sqs.handOffs().publishHandOffs(List.of(toWinnipeg, toRegina));

    assertThat(published).containsExactlyInAnyOrder("h-1", "h-2");
    assertThat(aws.drain(Queues.defaultHandOff("101")))
        .singleElement()
        .satisfies(m -> assertDelivered(m, toWinnipeg));
    assertThat(aws.drain(Queues.defaultHandOff("202")))
        .singleElement()
        .satisfies(m -> assertDelivered(m, toRegina));
  }

  private static void assertDelivered(Message message, HandOff handOff) {
    assertThat(MessageJson.read(message.body(), HandOffWire.class).toDomain()).isEqualTo(handOff);
    assertThat(message.attributes())
        .containsEntry(MessageSystemAttributeName.MESSAGE_GROUP_ID, handOff.orderId())
        .containsEntry(MessageSystemAttributeName.MESSAGE_DEDUPLICATION_ID, handOff.handoffId());
    assertThat(outboxIdOf(message)).isEqualTo(handOff.handoffId());
  }

  @Test
  void the_same_hand_off_published_twice_within_the_dedup_window_is_delivered_once() {
    HandOff handOff = handOff("h-1", "SO-1001", "101");

    var first = sqs.handOffs().publishHandOffs(List.of(handOff));
    var again = sqs.handOffs().publishHandOffs(List.of(handOff)); // e.g. the sweep re-publishes

    // SQS accepts the duplicate (so the outbox marks it published) but does not enqueue it
    assertThat(first).containsExactly("h-1");
    assertThat(again).containsExactly("h-1");
    assertThat(aws.drain(Queues.defaultHandOff("101")))
        .extracting(SqsOutboxPublisherIT::outboxIdOf)
        .containsExactly("h-1");
  }

  @Test
  void hand_offs_of_one_order_keep_their_order_in_its_message_group() {
    List<HandOff> handOffs =
        IntStream.rangeClosed(1, 12).mapToObj(n -> handOff("h-" + n, "SO-1001", "101")).toList();

    sqs.handOffs().publishHandOffs(handOffs);

    assertThat(aws.drain(Queues.defaultHandOff("101")))
        .extracting(SqsOutboxPublisherIT::outboxIdOf)
        .containsExactlyElementsOf(handOffs.stream().map(HandOff::handoffId).toList());
  }

  @Test
  void queue_urls_are_resolved_once_per_queue() {
    sqs.erpUpdates().publishErpUpdates(List.of(erpUpdate(1)));
    sqs.erpUpdates().publishErpUpdates(List.of(erpUpdate(2)));
    sqs.handOffs().publishHandOffs(List.of(handOff("h-1", "SO-1001", "101")));
    sqs.handOffs().publishHandOffs(List.of(handOff("h-2", "SO-1002", "101")));

    assertThat(aws.requests.snapshot())
        .containsEntry("Sqs.GetQueueUrl", 2L) // oom-erp-updates, oom-handoff-101.fifo
        .containsEntry("Sqs.SendMessageBatch", 4L);
    assertThat(aws.drain(OomQueues.ERP_UPDATES)).hasSize(2);
    assertThat(aws.drain(Queues.defaultHandOff("101"))).hasSize(2);
  }

  @Test
  void a_store_without_a_queue_loses_only_its_own_hand_offs() {
    List<HandOff> handOffs =
        List.of(
            handOff("h-101", "SO-1001", "101"),
            handOff("h-999", "SO-9999", "999"), // no oom-handoff-999.fifo
            handOff("h-202", "SO-2002", "202"));

    var published = sqs.handOffs().publishHandOffs(handOffs);

    assertThat(published).containsExactlyInAnyOrder("h-101", "h-202");
    assertThat(aws.drain(Queues.defaultHandOff("101")))
        .extracting(SqsOutboxPublisherIT::outboxIdOf)
        .containsExactly("h-101");
    assertThat(aws.drain(Queues.defaultHandOff("202")))
        .extracting(SqsOutboxPublisherIT::outboxIdOf)
        .containsExactly("h-202");
  }

  @Test
  void a_missing_store_listed_first_does_not_hold_back_the_others() {
    var published =
        sqs.handOffs()
            .publishHandOffs(
                List.of(handOff("h-999", "SO-9999", "999"), handOff("h-101", "SO-1001", "101")));

    assertThat(published).containsExactly("h-101");
    assertThat(aws.drain(Queues.defaultHandOff("101"))).hasSize(1);
  }

  @Test
  void a_store_id_that_cannot_name_a_queue_loses_only_its_own_hand_offs() {
    var published =
        sqs.handOffs()
            .publishHandOffs(
                List.of(
                    handOff("h-bad", "SO-9999", "store 9"), handOff("h-101", "SO-1001", "101")));

    assertThat(published).containsExactly("h-101");
  }

  @Test
  void a_queue_created_after_a_failed_lookup_is_found_on_the_next_publish() {
    StoreDirectory withToronto =
        StoreDirectory.standardStores(
            "101=America/Winnipeg,202=America/Winnipeg,303=America/Toronto");
    SqsAdapters publisher = new SqsAdapters(aws.sqs, withToronto::handOffQueue);
    assertThat(publisher.handOffs().publishHandOffs(List.of(handOff("h-1", "SO-3003", "303"))))
        .isEmpty();
    OomQueues.create(aws.sqs, withToronto);

    var published = publisher.handOffs().publishHandOffs(List.of(handOff("h-1", "SO-3003", "303")));

    assertThat(published).containsExactly("h-1");
  }

  @Test
  void a_store_the_directory_does_not_have_keeps_its_hand_offs_in_the_outbox() {
    var published = sqs.handOffs().publishHandOffs(List.of(handOff("h-1", "SO-3003", "303")));

    assertThat(published).isEmpty();
  }

  @Test
  void a_store_with_its_own_queue_name_gets_its_hand_offs_there() {
    StoreDirectory directory =
        StoreDirectory.standardStores("101=America/Winnipeg").stores().stream()
            .map(
                s ->
                    new com.oom.catalogue.Store(
                        s.id(),
                        s.name(),
                        s.zone(),
                        s.province(),
                        s.hours(),
                        s.endOfBusinessDay(),
                        s.closures(),
                        s.opensOn(),
                        s.pickupLocationId(),
                        "storis-101-oom.fifo"))
            .collect(
                java.util.stream.Collectors.collectingAndThen(
                    java.util.stream.Collectors.toList(), StoreDirectory::new));
    String own = OomQueues.create(aws.sqs, directory).get("storis-101-oom.fifo");
    SqsAdapters publisher = new SqsAdapters(aws.sqs, directory::handOffQueue);

    var published = publisher.handOffs().publishHandOffs(List.of(handOff("h-7", "SO-1007", "101")));

    assertThat(published).containsExactly("h-7");
    assertThat(OomQueues.receiveBatch(aws.sqs, own)).hasSize(1);
    assertThat(aws.drain(Queues.defaultHandOff("101"))).isEmpty();
  }

  @Test
  void sms_requests_go_to_the_sms_request_queue_only() {
    List<SmsRequest> requests =
        List.of(smsRequest("sms-1", "SO-1001"), smsRequest("sms-2", "SO-1002"));

    var published = sqs.smsRequests().publishSmsRequests(requests);

    assertThat(published).containsExactlyInAnyOrder("sms-1", "sms-2");
    assertThat(aws.requests.snapshot())
        .isEqualTo(Map.of("Sqs.GetQueueUrl", 1L, "Sqs.SendMessageBatch", 1L));
    List<Message> messages = aws.drain(OomQueues.SMS_REQUESTS);
    assertThat(messages)
        .extracting(
            SqsOutboxPublisherIT::outboxIdOf,
            m -> MessageJson.read(m.body(), SmsRequestWire.class).toDomain())
        .containsExactlyInAnyOrder(
            tuple("sms-1", requests.get(0)), tuple("sms-2", requests.get(1)));
    assertThat(aws.drain(OomQueues.ERP_UPDATES)).isEmpty();
  }
}
