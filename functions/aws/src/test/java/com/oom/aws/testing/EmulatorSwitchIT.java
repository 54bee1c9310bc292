package com.oom.aws.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.client.AwsClients;
import com.oom.aws.sqs.OomQueues;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.tooling.emulator.Emulators;
import com.oom.tooling.emulator.MotoServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The emulator switch reaches the aws suites: with a fake emulator chosen, everything {@link
 * AwsStack} hands the tests (its clients, the settings and environment it gives out) sends its
 * requests to the fake's endpoint, and nowhere else. The fake forwards to moto, so the stack works.
 */
class EmulatorSwitchIT {
  @Test
  @SuppressWarnings("try") // the choice is held open, not used
  void the_aws_stack_sends_every_request_to_the_chosen_emulators_endpoint() {
    try (RecordingEmulator fake = new RecordingEmulator(MotoServer.get());
        Emulators.Choice chosen = Emulators.choose("recording", fake)) {
      fake.reset();

      AwsStack aws = new AwsStack(new MutableClock(Orders.MONDAY_10_AM_WINNIPEG));

      assertThat(fake.endpointsAsked()).isPositive();
      assertThat(fake.requests()).contains("CreateTable", "CreateQueue");
      fake.clear();

      aws.dynamoAdapters.consent().optOut(Orders.MOBILE, Orders.MONDAY_10_AM_WINNIPEG, "STOP");
      aws.drain(OomQueues.ERP_UPDATES);

      // every request the stack's clients counted reached the fake, and only those
      assertThat(fake.requests()).hasSize(Math.toIntExact(aws.requests.total()));
      assertThat(fake.requests()).containsAll(operations(aws.requests.snapshot()));
    }
  }

  @Test
  @SuppressWarnings("try") // the choice is held open, not used
  void the_settings_and_environment_for_other_clients_name_the_chosen_emulator() {
    try (RecordingEmulator fake = new RecordingEmulator(MotoServer.get());
        Emulators.Choice chosen = Emulators.choose("recording", fake)) {
      fake.reset();

      new AwsClients(AwsStack.emulatorSettings(), List.of()).dynamoDb().listTables();

      assertThat(fake.requests()).containsExactly("ListTables");
      assertThat(AwsStack.emulatorEnvironment())
          .containsEntry("OOM_AWS_ENDPOINT", fake.endpoint().toString())
          .containsEntry("AWS_REGION", fake.region());
    }
  }

  private static List<String> operations(Map<String, Long> counted) {
    return counted.keySet().stream().map(name -> name.substring(name.indexOf('.') + 1)).toList();
  }
}
