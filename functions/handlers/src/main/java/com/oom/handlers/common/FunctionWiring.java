package com.oom.handlers.common;

import com.oom.aws.OomSettings;
import com.oom.aws.OomWiring;
import com.oom.aws.client.AwsClients;
import com.oom.aws.sms.SmsAdapters;
import com.oom.aws.sms.SmsSettings;
import com.oom.aws.sqs.OomQueues;
import com.oom.core.application.OomServices;
import com.oom.core.application.Ports;
import com.oom.core.config.OomConfig;
import com.oom.core.port.SmsGateway;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * What a handler's no-argument constructor builds, once per execution environment: settings from
 * the environment, SDK clients, the real adapters and every use case; and the SnapStart priming of
 * that wiring ({@link SnapStartPriming}), which runs only before a SnapStart snapshot.
 */
public final class FunctionWiring {
  private FunctionWiring() {}

  /**
   * @param sendsTexts true for the functions that call End User Messaging (SMS sender, inbound)
   */
  public static OomServices fromEnvironment(boolean sendsTexts) {
    return fromEnvironment(System.getenv(), sendsTexts, Clock.systemUTC());
  }

  public static OomServices fromEnvironment(
      Map<String, String> env, boolean sendsTexts, Clock clock) {
    OomSettings settings = OomSettings.fromEnvironment(env);
    AwsClients clients = new AwsClients(settings.aws(), List.of());
    SmsGateway gateway =
        sendsTexts
            ? SmsAdapters.endUserMessaging(clients, SmsSettings.fromEnvironment(env))
            : new NoSmsGateway();
    DynamoDbClient dynamoDb = clients.dynamoDb();
    SqsClient sqs = clients.sqs();
    Ports ports = OomWiring.ports(settings, dynamoDb, sqs, gateway, clock);
    SnapStartPriming.register(
        List.of(
            SnapStartPriming.json(),
            SnapStartPriming.lambdaEvents(),
            SnapStartPriming.orders(ports.orders()),
            SnapStartPriming.queue(sqs, OomQueues.ERP_UPDATES)));
    return new OomServices(ports, OomConfig.defaults(), clock);
  }
}
