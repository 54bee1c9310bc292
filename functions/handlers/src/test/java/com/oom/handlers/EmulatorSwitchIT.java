package com.oom.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.testing.AwsStack;
import com.oom.aws.testing.RecordingEmulator;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.handlers.api.ApiTestbed;
import com.oom.handlers.testing.HttpEvents;
import com.oom.handlers.webhook.JennyWebhookHandler;
import com.oom.tooling.emulator.Emulators;
import com.oom.tooling.emulator.MotoServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The emulator switch reaches the handlers' suites: with a fake emulator chosen, the agent API's
 * testbed and a function wired from its environment send their requests to the fake's endpoint. The
 * fake forwards to moto, so the functions work.
 */
class EmulatorSwitchIT {
  @Test
  @SuppressWarnings("try") // the choice is held open, not used
  void the_agent_api_testbed_answers_from_the_chosen_emulator() {
    try (RecordingEmulator fake = new RecordingEmulator(MotoServer.get());
        Emulators.Choice chosen = Emulators.choose("recording", fake)) {
      fake.reset();
      ApiTestbed api = new ApiTestbed();
      api.ingest(Orders.defaultOrder().orderId("SO-1001"));
      fake.clear();

      ApiTestbed.Reply reply =
          api.call(
              HttpEvents.route("GET /orders/{orderId}", "orderId", "SO-1001")
                  .as("agent-7", "oom-agent"));

      assertThat(reply.status()).isEqualTo(200);
      assertThat(fake.requests()).isNotEmpty().hasSize(Math.toIntExact(api.aws.requests.total()));
    }
  }

  @Test
  @SuppressWarnings("try") // the choice is held open, not used
  void a_function_wired_from_its_environment_reads_its_secret_from_the_chosen_emulator() {
    try (RecordingEmulator fake = new RecordingEmulator(MotoServer.get());
        Emulators.Choice chosen = Emulators.choose("recording", fake)) {
      fake.reset();
      AwsStack aws = new AwsStack(new MutableClock(Orders.MONDAY_10_AM_WINNIPEG));
      String arn =
          aws.clients
              .secretsManager()
              .createSecret(b -> b.name("oom/jenny-webhook").secretString("whsec_switch_test"))
              .arn();
      fake.clear();
      Map<String, String> env = new HashMap<>(AwsStack.emulatorEnvironment());
      env.put("OOM_TABLE", AwsStack.TABLE);
      env.put(JennyWebhookHandler.SECRET_ARN, arn);

      new JennyWebhookHandler(env, new MutableClock(Orders.MONDAY_10_AM_WINNIPEG));

      assertThat(fake.requests()).contains("GetSecretValue");
    }
  }
}
