package com.oom.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.testing.AwsStack;
import com.oom.core.testing.MutableClock;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(EmulatorExtension.class)
class DynamoReplayGuardIT {
  private static final Instant NOW = Instant.parse("2026-11-30T16:00:00Z");
  private AwsStack aws;
  private DynamoReplayGuard guard;

  @BeforeEach
  void stack() {
    aws = new AwsStack(new MutableClock(NOW));
    guard = DynamoAdapters.replayGuard(aws.dynamo, AwsStack.TABLE, Duration.ofSeconds(60));
  }

  private Map<String, AttributeValue> item(String eventId) {
    return aws.dynamo
        .getItem(
            b ->
                b.tableName(AwsStack.TABLE)
                    .key(
                        Items.key(
                            DynamoReplayGuard.partitionKey(eventId), DynamoReplayGuard.SORT_KEY)))
        .item();
  }

  @Test
  void an_accepted_event_is_a_replay_for_a_day_and_carries_its_ttl() {
    assertThat(guard.claim("evt-1", NOW)).isEqualTo(DynamoReplayGuard.Claim.CLAIMED);
    guard.accepted("evt-1", NOW);

    assertThat(guard.claim("evt-1", NOW.plusSeconds(5)))
        .isEqualTo(DynamoReplayGuard.Claim.ALREADY_ACCEPTED);
    assertThat(guard.claim("evt-1", NOW.plus(Duration.ofHours(23))))
        .isEqualTo(DynamoReplayGuard.Claim.ALREADY_ACCEPTED);
    assertThat(item("evt-1").get(OomTable.TTL).n())
        .isEqualTo(Long.toString(NOW.plus(Duration.ofDays(1)).getEpochSecond()));
    assertThat(item("evt-1").get("state").s()).isEqualTo("ACCEPTED");
  }

  @Test
  void an_expired_record_not_yet_deleted_by_ttl_no_longer_counts() {
    guard.claim("evt-1", NOW);
    guard.accepted("evt-1", NOW);

    assertThat(guard.claim("evt-1", NOW.plus(Duration.ofDays(1)).plusSeconds(1)))
        .isEqualTo(DynamoReplayGuard.Claim.CLAIMED);
  }

  @Test
  void a_concurrent_delivery_sees_the_claim_in_flight_until_its_lease_runs_out() {
    guard.claim("evt-1", NOW);

    assertThat(guard.claim("evt-1", NOW.plusSeconds(59)))
        .isEqualTo(DynamoReplayGuard.Claim.IN_FLIGHT);
    assertThat(guard.claim("evt-1", NOW.plusSeconds(61)))
        .isEqualTo(DynamoReplayGuard.Claim.CLAIMED);
  }

  @Test
  void a_released_claim_is_claimable_at_once_but_an_accepted_event_is_never_released() {
    guard.claim("evt-1", NOW);
    guard.release("evt-1");
    assertThat(item("evt-1")).isEmpty();
    assertThat(guard.claim("evt-1", NOW.plusSeconds(1))).isEqualTo(DynamoReplayGuard.Claim.CLAIMED);

    guard.accepted("evt-1", NOW.plusSeconds(1));
    guard.release("evt-1");
    assertThat(guard.claim("evt-1", NOW.plusSeconds(2)))
        .isEqualTo(DynamoReplayGuard.Claim.ALREADY_ACCEPTED);
  }

  @Test
  void events_are_independent() {
    guard.claim("evt-1", NOW);
    guard.accepted("evt-1", NOW);

    assertThat(guard.claim("evt-2", NOW)).isEqualTo(DynamoReplayGuard.Claim.CLAIMED);
  }
}
