package com.oom.handlers.testing;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;

/** SQS events as Lambda delivers them, built from message bodies. */
public final class SqsEvents {
  private SqsEvents() {}

  /** Message ids are "m-0", "m-1", … in the order given. */
  public static SQSEvent of(String queueName, String... bodies) {
    List<SQSEvent.SQSMessage> records = new ArrayList<>();
    for (int i = 0; i < bodies.length; i++) {
      SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
      message.setMessageId("m-" + i);
      message.setReceiptHandle("rh-" + i);
      message.setBody(bodies[i]);
      message.setEventSource("aws:sqs");
      message.setEventSourceArn("arn:aws:sqs:ca-central-1:123456789012:" + queueName);
      message.setAwsRegion("ca-central-1");
      records.add(message);
    }
    SQSEvent event = new SQSEvent();
    event.setRecords(records);
    return event;
  }
}
