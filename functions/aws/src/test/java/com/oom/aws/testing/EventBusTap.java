package com.oom.aws.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.wire.MessageJson;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A consumer of a bus as a subscriber would be one: a rule on the bus matching {@code {"source":
 * ["oom"]}} with an SQS queue as its target. {@link #events} reads (and deletes) what reached it.
 */
public final class EventBusTap {
  private final SqsClient sqs;
  private final String queueUrl;

  /** A delivered event: the EventBridge envelope as the target received it. */
  public record Delivered(
      String source, String detailType, String time, JsonNode detail, String raw) {}

  public EventBusTap(EventBridgeClient events, SqsClient sqs, String bus, String name) {
    this.sqs = sqs;
    this.queueUrl = sqs.createQueue(b -> b.queueName(name)).queueUrl();
    sqs.purgeQueue(b -> b.queueUrl(queueUrl));
    String queueArn =
        sqs.getQueueAttributes(
                b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
            .attributes()
            .get(QueueAttributeName.QUEUE_ARN);
    events.putRule(b -> b.name(name).eventBusName(bus).eventPattern("{\"source\":[\"oom\"]}"));
    events.putTargets(
        b -> b.rule(name).eventBusName(bus).targets(t -> t.id("queue").arn(queueArn)));
  }

  /** The events that reached the target since the last call. */
  public List<Delivered> events() {
    List<Delivered> out = new ArrayList<>();
    while (true) {
      var batch = OomQueues.receiveBatch(sqs, queueUrl);
      if (batch.isEmpty()) {
        return out;
      }
      for (var m : batch) {
        try {
          JsonNode envelope = MessageJson.mapper().readTree(m.body());
          out.add(
              new Delivered(
                  envelope.path("source").asText(),
                  envelope.path("detail-type").asText(),
                  envelope.path("time").asText(),
                  envelope.path("detail"),
                  m.body()));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
      }
    }
  }
}
