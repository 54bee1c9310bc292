package com.oom.aws;

import com.oom.aws.client.AwsClients;
import com.oom.aws.dynamo.DynamoAdapters;
import com.oom.aws.sqs.SqsAdapters;
import com.oom.core.application.Ports;
import com.oom.core.port.SmsGateway;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The core's ports on the real AWS adapters: what every handler's no-arg constructor builds. */
public final class OomWiring {
  private OomWiring() {}

  public static Ports ports(
      OomSettings settings, AwsClients clients, SmsGateway smsGateway, Clock clock) {
    return ports(settings, clients.dynamoDb(), clients.sqs(), smsGateway, clock);
  }

  /** As above, on clients the caller built (and keeps, e.g. to prime them before a snapshot). */
  public static Ports ports(
      OomSettings settings,
      DynamoDbClient dynamoDb,
      SqsClient sqsClient,
      SmsGateway smsGateway,
      Clock clock) {
    DynamoAdapters dynamo =
        new DynamoAdapters(dynamoDb, settings.table(), settings.stores().storeIds(), clock);
    SqsAdapters sqs = new SqsAdapters(sqsClient);
    return new Ports(
        dynamo.orders(),
        dynamo.outbox(),
        sqs.handOffs(),
        sqs.erpUpdates(),
        sqs.smsRequests(),
        smsGateway,
        dynamo.consent(),
        dynamo.smsLog(),
        settings.stores());
  }
}
