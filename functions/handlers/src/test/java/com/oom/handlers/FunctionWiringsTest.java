package com.oom.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.application.AddComment;
import com.oom.core.application.AuditConfirmations;
import com.oom.core.application.BackfillWorkLists;
import com.oom.core.application.BookAppointment;
import com.oom.core.application.BookTransfer;
import com.oom.core.application.EscalateDueOrders;
import com.oom.core.application.FindOrdersByPhone;
import com.oom.core.application.HandleInboundSms;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.ListWorkList;
import com.oom.core.application.OrderTransactions;
import com.oom.core.application.PlanTheDay;
import com.oom.core.application.PublishOutbox;
import com.oom.core.application.ReadConfirmationAudit;
import com.oom.core.application.RecordAgentConfirmation;
import com.oom.core.application.RecordConfirmationResult;
import com.oom.core.application.RecordContactAttempt;
import com.oom.core.application.RecordFulfilmentOutcome;
import com.oom.core.application.RedateOrder;
import com.oom.core.application.ReportTrouble;
import com.oom.core.application.SendDeferredSms;
import com.oom.core.application.SendTouchPoint;
import com.oom.core.application.SetContactStatus;
import com.oom.core.application.TextGuest;
import com.oom.core.application.ViewOrder;
import com.oom.core.sync.EchoDeadlines;
import com.oom.core.worklist.WorkLists;
import com.oom.handlers.api.AgentApiWiring;
import com.oom.handlers.common.FunctionWiring;
import com.oom.handlers.confirmations.ConfirmationFeedWiring;
import com.oom.handlers.orderfeed.OrderFeedWiring;
import com.oom.handlers.schedule.DailyPlanWiring;
import com.oom.handlers.schedule.TimerSweepWiring;
import com.oom.handlers.smsinbound.SmsInboundWiring;
import com.oom.handlers.smssender.SmsSenderWiring;
import com.oom.handlers.webhook.JennyWebhookWiring;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What each function's wiring builds from its environment — the SDK clients, the use cases — and
 * which SnapStart priming steps it names. The clients point at a stub that records every request
 * and answers only what the webhook asks at start (its queue's URL, its secret).
 */
class FunctionWiringsTest {
  private static final List<String> PUBLISHING_STEPS =
      List.of("json", "lambda-events", "dynamodb-order", "sqs-oom-erp-updates");

  /** What the stub's Secrets Manager holds under any ARN (long enough for a cursor key). */
  private static final String FROM_ARN = "from-arn-0123456789abcdef0123456789abcdef";

  private final List<String> requests = new CopyOnWriteArrayList<>();
  private HttpServer aws;
  private Map<String, String> env;

  @BeforeEach
  void startStub() throws Exception {
    aws = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    aws.createContext(
        "/",
        exchange -> {
          String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
          requests.add(target);
          String body =
              switch (target) {
                case "AmazonSQS.GetQueueUrl" -> "{\"QueueUrl\":\"http://127.0.0.1/q\"}";
                case "secretsmanager.GetSecretValue" -> "{\"SecretString\":\"" + FROM_ARN + "\"}";
                default -> null;
              };
          byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
          exchange.sendResponseHeaders(body == null ? 400 : 200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    aws.start();
    env = new HashMap<>();
    env.put("AWS_REGION", "us-east-1");
    env.put("OOM_AWS_ENDPOINT", "http://127.0.0.1:" + aws.getAddress().getPort());
    env.put("OOM_TABLE", "oom");
    env.put(
        "OOM_STORE_DIRECTORY",
        com.oom.aws.testing.AwsStack.storeDirectoryFile("101=America/Winnipeg").toString());
    env.put("OOM_SMS_POOL_ID", "pool-test");
    env.put("OOM_SMS_CONFIGURATION_SET", "oom-test");
    env.put("OOM_JENNY_SECRET", "test-secret");
    env.put("OOM_CURSOR_SECRET", "test-work-list-cursor-key-0123456789");
  }

  @AfterEach
  void stopStub() {
    aws.stop(0);
  }

  private FunctionWiring wired(Consumer<FunctionWiring> wire) {
    FunctionWiring wiring = new FunctionWiring(env, Clock.systemUTC());
    wire.accept(wiring);
    return wiring;
  }

  @Test
  void theOrderFeedBuildsNoSmsClient() {
    FunctionWiring wiring = wired(OrderFeedWiring::wire);
    assertThat(wiring.clients().built()).containsExactlyInAnyOrder("dynamodb", "sqs");
    assertThat(wiring.useCases().built())
        .containsExactlyInAnyOrder(
            PublishOutbox.class,
            OrderTransactions.class,
            EchoDeadlines.class,
            WorkLists.class,
            IngestSnapshot.class,
            RecordFulfilmentOutcome.class);
    assertThat(wiring.primingSteps()).isEqualTo(PUBLISHING_STEPS);
    assertThat(requests).isEmpty();
  }

  @Test
  void theConfirmationFeedBuildsNoSmsClient() {
    FunctionWiring wiring = wired(ConfirmationFeedWiring::wire);
    assertThat(wiring.clients().built()).containsExactlyInAnyOrder("dynamodb", "sqs");
    assertThat(wiring.useCases().built())
        .containsExactlyInAnyOrder(
            PublishOutbox.class,
            OrderTransactions.class,
            EchoDeadlines.class,
            WorkLists.class,
            RecordConfirmationResult.class);
    assertThat(wiring.primingSteps()).isEqualTo(PUBLISHING_STEPS);
    assertThat(requests).isEmpty();
  }

  @Test
  void theSmsSenderPublishesNothingSoBuildsNoSqsClient() {
    FunctionWiring wiring = wired(SmsSenderWiring::wire);
    assertThat(wiring.clients().built()).containsExactlyInAnyOrder("dynamodb", "sms-voice");
    assertThat(wiring.useCases().built()).containsExactly(SendTouchPoint.class);
    assertThat(wiring.primingSteps()).containsExactly("json", "lambda-events", "dynamodb-order");
    assertThat(requests).isEmpty();
  }

  @Test
  void theInboundSmsFunctionTextsAndPublishes() {
    FunctionWiring wiring = wired(SmsInboundWiring::wire);
    assertThat(wiring.clients().built()).containsExactlyInAnyOrder("dynamodb", "sqs", "sms-voice");
    assertThat(wiring.useCases().built())
        .containsExactlyInAnyOrder(
            PublishOutbox.class,
            OrderTransactions.class,
            EchoDeadlines.class,
            WorkLists.class,
            HandleInboundSms.class);
    assertThat(wiring.primingSteps()).isEqualTo(PUBLISHING_STEPS);
    assertThat(requests).isEmpty();
  }

  @Test
  void theTimerSweepEscalatesTextsAndRepublishes() {
    FunctionWiring wiring = wired(TimerSweepWiring::wire);
    assertThat(wiring.clients().built()).containsExactlyInAnyOrder("dynamodb", "sqs", "sms-voice");
    assertThat(wiring.useCases().built())
        .containsExactlyInAnyOrder(
            PublishOutbox.class,
            OrderTransactions.class,
            EchoDeadlines.class,
            WorkLists.class,
            EscalateDueOrders.class,
            SendTouchPoint.class,
            SendDeferredSms.class,
            BackfillWorkLists.class);
    assertThat(wiring.primingSteps()).isEqualTo(PUBLISHING_STEPS);
    assertThat(requests).isEmpty();
  }

  @Test
  void theDailyPlanRequestsTextsButSendsNone() {
    FunctionWiring wiring = wired(DailyPlanWiring::wire);
    assertThat(wiring.clients().built()).containsExactlyInAnyOrder("dynamodb", "sqs");
    assertThat(wiring.useCases().built())
        .containsExactlyInAnyOrder(
            PublishOutbox.class,
            OrderTransactions.class,
            EchoDeadlines.class,
            WorkLists.class,
            ListWorkList.class,
            PlanTheDay.class,
            AuditConfirmations.class,
            com.oom.core.application.MeasureReservedStock.class);
    assertThat(wiring.primingSteps()).isEqualTo(PUBLISHING_STEPS);
    assertThat(requests).isEmpty();
  }

  @Test
  void theAgentApiBuildsItsRoutesUseCasesAndNoSmsClient() {
    FunctionWiring wiring = wired(AgentApiWiring::wire);
    assertThat(wiring.clients().built()).containsExactlyInAnyOrder("dynamodb", "sqs");
    assertThat(wiring.useCases().built())
        .containsExactlyInAnyOrder(
            PublishOutbox.class,
            OrderTransactions.class,
            EchoDeadlines.class,
            WorkLists.class,
            ViewOrder.class,
            ListWorkList.class,
            RecordContactAttempt.class,
            SetContactStatus.class,
            RedateOrder.class,
            BookAppointment.class,
            ReportTrouble.class,
            AddComment.class,
            RecordAgentConfirmation.class,
            ReadConfirmationAudit.class,
            com.oom.core.application.ListPickupDesk.class,
            com.oom.core.application.RecordPickupEvent.class,
            BookTransfer.class,
            FindOrdersByPhone.class,
            TextGuest.class);
    assertThat(wiring.primingSteps()).isEqualTo(PUBLISHING_STEPS);
    assertThat(requests).isEmpty();
  }

  @Test
  void theAgentApiReadsItsCursorKeyOnceAtStartFromSecretsManagerOnlyForAnArn() {
    env.remove("OOM_CURSOR_SECRET");
    env.put("OOM_CURSOR_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:c");

    FunctionWiring byArn = wired(AgentApiWiring::wire);

    assertThat(byArn.clients().built())
        .containsExactlyInAnyOrder("secretsmanager", "dynamodb", "sqs");
    assertThat(requests).containsExactly("secretsmanager.GetSecretValue");
  }

  @Test
  void theAgentApiRefusesToStartWithoutACursorKeyOrWithBoth() {
    env.remove("OOM_CURSOR_SECRET");
    assertThatThrownBy(() -> wired(AgentApiWiring::wire))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OOM_CURSOR_SECRET_ARN");

    env.put("OOM_CURSOR_SECRET", "test-work-list-cursor-key-0123456789");
    env.put("OOM_CURSOR_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:c");
    assertThatThrownBy(() -> wired(AgentApiWiring::wire))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly one");
    assertThat(requests).isEmpty();
  }

  @Test
  void theWebhookBuildsNoUseCaseAndSecretsManagerOnlyForAnArn() {
    FunctionWiring wiring = wired(JennyWebhookWiring::wire);
    assertThat(wiring.clients().built()).containsExactlyInAnyOrder("dynamodb", "sqs");
    assertThat(wiring.primingSteps())
        .containsExactly("json", "lambda-events", "dynamodb-webhook-record");
    assertThat(requests).containsExactly("AmazonSQS.GetQueueUrl");

    env.remove("OOM_JENNY_SECRET");
    env.put("OOM_JENNY_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:j");
    FunctionWiring byArn = new FunctionWiring(env, Clock.systemUTC());
    assertThat(JennyWebhookWiring.wire(byArn).secret()).isEqualTo(FROM_ARN);
    assertThat(byArn.clients().built())
        .containsExactlyInAnyOrder("secretsmanager", "dynamodb", "sqs");
  }
}
