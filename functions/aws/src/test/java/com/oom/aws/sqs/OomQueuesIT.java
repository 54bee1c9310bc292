package com.oom.aws.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.client.AwsClients;
import com.oom.aws.testing.AwsStack;
import com.oom.aws.wire.MessageJson;
import com.oom.catalogue.StoreDirectory;
import com.oom.tooling.emulator.EmulatorExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The queue catalogue created on moto: names, DLQs, redrive, FIFO, idempotent creation. */
@ExtendWith(EmulatorExtension.class)
class OomQueuesIT {
  private static final StoreDirectory STORES =
      StoreDirectory.standardStores("101=America/Winnipeg,202=America/Regina");
  private static final List<String> MAIN_QUEUES =
      List.of(
          "oom-order-feed",
          "oom-confirmations",
          "oom-sms-inbound",
          "oom-sms-requests",
          "oom-erp-updates",
          "oom-handoff-101.fifo",
          "oom-handoff-202.fifo");
  private static final List<String> DEAD_LETTER_QUEUES =
      List.of(
          "oom-order-feed-dlq",
          "oom-confirmations-dlq",
          "oom-sms-inbound-dlq",
          "oom-sms-requests-dlq",
          "oom-erp-updates-dlq",
          "oom-handoff-101-dlq.fifo",
          "oom-handoff-202-dlq.fifo");

  private final SqsClient sqs = new AwsClients(AwsStack.emulatorSettings(), List.of()).sqs();

  private Set<String> queueNamesOnTheServer() {
    return sqs.listQueues(b -> b.maxResults(1000)).queueUrls().stream()
        .map(url -> url.substring(url.lastIndexOf('/') + 1))
        .collect(Collectors.toSet());
  }

  private Map<QueueAttributeName, String> attributes(String url) {
    return sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.ALL))
        .attributes();
  }

  @Test
  void create_makes_every_queue_of_the_catalogue_and_its_dlq() {
    Map<String, String> urls = OomQueues.create(sqs, STORES);

    List<String> all = Stream.concat(MAIN_QUEUES.stream(), DEAD_LETTER_QUEUES.stream()).toList();
    assertThat(urls.keySet()).containsExactlyInAnyOrderElementsOf(all);
    assertThat(queueNamesOnTheServer()).containsExactlyInAnyOrderElementsOf(all);
    urls.forEach((name, url) -> assertThat(url).endsWith("/" + name));
  }

  @Test
  void every_queue_redrives_to_its_own_dlq_after_five_receives() {
    Map<String, String> urls = OomQueues.create(sqs, STORES);

    for (int i = 0; i < MAIN_QUEUES.size(); i++) {
      String queue = MAIN_QUEUES.get(i);
      String dlqArn =
          attributes(urls.get(DEAD_LETTER_QUEUES.get(i))).get(QueueAttributeName.QUEUE_ARN);
      JsonNode policy =
          MessageJson.read(
              attributes(urls.get(queue)).get(QueueAttributeName.REDRIVE_POLICY), JsonNode.class);
      assertThat(policy.get("deadLetterTargetArn").asText()).as(queue).isEqualTo(dlqArn);
      assertThat(policy.get("maxReceiveCount").asInt()).as(queue).isEqualTo(5);
    }
  }

  @Test
  void dead_letter_queues_have_no_dlq_of_their_own() {
    Map<String, String> urls = OomQueues.create(sqs, STORES);

    for (String dlq : DEAD_LETTER_QUEUES) {
      assertThat(attributes(urls.get(dlq)))
          .as(dlq)
          .doesNotContainKey(QueueAttributeName.REDRIVE_POLICY);
    }
  }

  @Test
  void hand_off_queues_and_their_dlqs_are_fifo_and_the_others_are_standard() {
    Map<String, String> urls = OomQueues.create(sqs, STORES);

    urls.forEach(
        (name, url) -> {
          String fifo = attributes(url).get(QueueAttributeName.FIFO_QUEUE);
          if (name.startsWith("oom-handoff-")) {
            assertThat(fifo).as(name).isEqualTo("true");
          } else {
            assertThat(fifo).as(name).isNotEqualTo("true");
          }
        });
  }

  @Test
  void queues_hide_a_received_message_as_long_as_the_deployed_ones_do() {
    Map<String, String> urls = OomQueues.create(sqs, STORES);
    // six times the consumer's timeout plus its batching window; a minute for the ERP's and stores'
    Map<String, String> expected =
        Map.of(
            "oom-order-feed", "182",
            "oom-confirmations", "181",
            "oom-sms-requests", "360",
            "oom-sms-inbound", "360",
            "oom-erp-updates", "60",
            "oom-handoff-101.fifo", "60");

    expected.forEach(
        (queue, seconds) ->
            assertThat(attributes(urls.get(queue)).get(QueueAttributeName.VISIBILITY_TIMEOUT))
                .as(queue)
                .isEqualTo(seconds));
  }

  @Test
  void creating_the_queues_twice_is_harmless_and_keeps_waiting_messages() {
    Map<String, String> first = OomQueues.create(sqs, STORES);
    sqs.sendMessage(b -> b.queueUrl(first.get("oom-erp-updates")).messageBody("waiting"));

    Map<String, String> second = OomQueues.create(sqs, STORES);

    assertThat(second).isEqualTo(first);
    assertThat(queueNamesOnTheServer()).hasSize(MAIN_QUEUES.size() + DEAD_LETTER_QUEUES.size());
    assertThat(
            sqs.receiveMessage(b -> b.queueUrl(second.get("oom-erp-updates")).waitTimeSeconds(0))
                .messages())
        .extracting(Message::body)
        .containsExactly("waiting");
  }

  @Test
  void adding_a_store_later_creates_only_its_queues() {
    OomQueues.create(sqs, STORES);

    Map<String, String> urls =
        OomQueues.create(
            sqs,
            StoreDirectory.standardStores(
                "101=America/Winnipeg,202=America/Regina,303=America/Toronto"));

    assertThat(urls).containsKeys("oom-handoff-303.fifo", "oom-handoff-303-dlq.fifo");
    assertThat(queueNamesOnTheServer()).hasSize(MAIN_QUEUES.size() + DEAD_LETTER_QUEUES.size() + 2);
  }

  @Test
  void a_message_received_five_times_without_being_deleted_moves_to_the_dlq() {
    Map<String, String> urls = OomQueues.create(sqs, STORES);
    String queue = urls.get("oom-erp-updates");
    sqs.sendMessage(b -> b.queueUrl(queue).messageBody("{\"updateId\":\"poison\"}"));

    List<String> receiveCounts = receiveWithoutDeleting(queue, 7);

    assertThat(receiveCounts).containsExactly("1", "2", "3", "4", "5");
    assertThat(receive(urls.get("oom-erp-updates-dlq")))
        .extracting(Message::body)
        .containsExactly("{\"updateId\":\"poison\"}");
  }

  @Test
  void a_hand_off_received_five_times_without_being_deleted_moves_to_the_stores_fifo_dlq() {
    Map<String, String> urls = OomQueues.create(sqs, STORES);
    String queue = urls.get("oom-handoff-101.fifo");
    sqs.sendMessage(
        b ->
            b.queueUrl(queue)
                .messageBody("{\"handoffId\":\"h-1\"}")
                .messageGroupId("SO-1001")
                .messageDeduplicationId("h-1"));

    List<String> receiveCounts = receiveWithoutDeleting(queue, 7);

    assertThat(receiveCounts).containsExactly("1", "2", "3", "4", "5");
    assertThat(receive(urls.get("oom-handoff-101-dlq.fifo")))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.body()).isEqualTo("{\"handoffId\":\"h-1\"}");
              assertThat(m.attributes())
                  .containsEntry(MessageSystemAttributeName.MESSAGE_GROUP_ID, "SO-1001");
            });
    assertThat(receive(urls.get("oom-handoff-202-dlq.fifo"))).isEmpty();
  }

  /**
   * Receives {@code attempts} times with visibility timeout 0 (so the message is visible again at
   * once, as if its consumer had failed) and returns the ApproximateReceiveCount of each delivery.
   */
  private List<String> receiveWithoutDeleting(String queueUrl, int attempts) {
    List<String> counts = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      sqs.receiveMessage(
              b ->
                  b.queueUrl(queueUrl)
                      .visibilityTimeout(0)
                      .waitTimeSeconds(0)
                      .messageSystemAttributeNames(
                          MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
          .messages()
          .forEach(
              m ->
                  counts.add(
                      m.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)));
    }
    return counts;
  }

  private List<Message> receive(String queueUrl) {
    return sqs.receiveMessage(
            b ->
                b.queueUrl(queueUrl)
                    .maxNumberOfMessages(10)
                    .waitTimeSeconds(0)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL))
        .messages();
  }
}
