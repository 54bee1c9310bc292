package com.oom.handlers.webhook;

import com.oom.aws.OomSettings;
import com.oom.aws.client.AwsClients;
import com.oom.aws.dynamo.DynamoAdapters;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.sqs.SqsQueueSender;
import com.oom.catalogue.Setting;
import com.oom.handlers.common.FunctionSecrets;
import com.oom.handlers.common.FunctionWiring;
import com.oom.handlers.common.SnapStartPriming;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The wiring of {@link JennyWebhookHandler}'s function: no use case, only the DynamoDB client for
 * its replay records, the SQS client for {@code oom-confirmations}, Secrets Manager only when the
 * secret comes by ARN; and its named SnapStart priming steps.
 */
public final class JennyWebhookWiring {
  private JennyWebhookWiring() {}

  public static JennyWebhookHandler.Parts wire(FunctionWiring wiring) {
    Map<String, String> env = wiring.env();
    AwsClients clients = wiring.clients();
    String secret =
        FunctionSecrets.read(
            wiring, Setting.JENNY_SECRET, Setting.JENNY_SECRET_ARN, "the Jenny webhook");
    String table = env.getOrDefault(OomSettings.TABLE, "oom");
    DynamoDbClient dynamoDb = clients.dynamoDb();
    // GetQueueUrl runs here, so the SQS path is warm already; priming adds the table's path.
    SqsQueueSender sender = SqsQueueSender.resolve(clients.sqs(), OomQueues.CONFIRMATIONS);
    return wiring.prime(
        new JennyWebhookHandler.Parts(secret, DynamoAdapters.replayGuard(dynamoDb, table), sender),
        SnapStartPriming.json(),
        SnapStartPriming.lambdaEvents(),
        SnapStartPriming.webhookRecord(dynamoDb, table));
  }
}
