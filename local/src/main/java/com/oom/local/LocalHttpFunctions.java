package com.oom.local;

import com.oom.aws.OomSettings;
import com.oom.aws.client.AwsClients;
import com.oom.aws.dynamo.DynamoAdapters;
import com.oom.aws.sqs.OomQueues;
import com.oom.aws.sqs.SqsQueueSender;
import com.oom.core.application.UseCaseFactory;
import com.oom.handlers.api.AgentApiWiring;
import com.oom.handlers.common.HttpFunction;
import com.oom.handlers.webhook.JennyWebhookHandler;
import java.time.Clock;

/** The HTTP API's functions, built for the local runner. */
final class LocalHttpFunctions {
  /** The webhook's shared secret locally (on AWS it lives in Secrets Manager). */
  static final String JENNY_SECRET = "oom-local-jenny-secret";

  /** The key the agent API signs work-list cursors with locally (on AWS: Secrets Manager). */
  static final String CURSOR_SECRET = "oom-local-work-list-cursor-key-not-a-secret";

  private LocalHttpFunctions() {}

  static HttpFunction agentApi(UseCaseFactory services) {
    return AgentApiWiring.over(services, CURSOR_SECRET);
  }

  static HttpFunction jennyWebhook(OomSettings settings, AwsClients clients, Clock clock) {
    return new JennyWebhookHandler(
        JENNY_SECRET,
        DynamoAdapters.replayGuard(clients.dynamoDb(), settings.table()),
        SqsQueueSender.resolve(clients.sqs(), OomQueues.CONFIRMATIONS),
        clock);
  }
}
