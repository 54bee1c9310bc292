package com.oom.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stage's Jenny bus settings: what is refused at synth, and why. */
class JennyBusTest {
  private static final String PARTNER = "aws.partner/package.ai/7310045528/jenny-confirmations";
  private static final String LOCAL = "packageai.jenny";

  @Test
  void aBusThatIsNeitherCreatedNorAPartnerEventSourceIsRefusedSayingWhereToFindTheName() {
    for (String bus : new String[] {"oom-jenny-prod", "aws.partner/package.ai", "default"}) {
      assertThatThrownBy(() -> new JennyBus(bus, LOCAL, Optional.empty()))
          .as(bus)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("jennyEventBus must be 'create' or")
          .hasMessageContaining("aws events list-event-sources");
    }
  }

  @Test
  void jennysAccountIdIsTwelveDigitsAndBlankMeansNone() {
    assertThatThrownBy(() -> new JennyBus(JennyBus.CREATE, LOCAL, Optional.of("4444-5555-6666")))
        .hasMessage("jennyAccountId must be a 12-digit AWS account id, was 4444-5555-6666");
    assertThat(new JennyBus(JennyBus.CREATE, LOCAL, Optional.of(" ")).accountId()).isEmpty();
    assertThat(new JennyBus(JennyBus.CREATE, LOCAL, Optional.of("444455556666")).accountId())
        .contains("444455556666");
  }

  @Test
  void anAccountIdIsRefusedWithAPartnerBusWhichOnlyItsEventSourceFeeds() {
    assertThatThrownBy(() -> new JennyBus(PARTNER, PARTNER, Optional.of("444455556666")))
        .hasMessageContaining("jennyAccountId applies only to a bus the stack creates");
  }

  @Test
  void aSourceNoEventOnThePartnerBusCarriesIsRefusedAsNeverMatching() {
    assertThatThrownBy(() -> new JennyBus(PARTNER, LOCAL, Optional.empty()))
        .hasMessageContaining("jennySource 'packageai.jenny' would never match")
        .hasMessageContaining(PARTNER);
    assertThat(new JennyBus(PARTNER, "aws.partner/package.ai/", Optional.empty()).source())
        .isEqualTo("aws.partner/package.ai/");
  }

  @Test
  void aSourceWithCharactersEventBridgeDoesNotAcceptIsRefused() {
    assertThatThrownBy(() -> new JennyBus(JennyBus.CREATE, "package ai", Optional.empty()))
        .hasMessageContaining("jennySource must be");
  }

  @Test
  void aCreatedBusIsNamedAfterTheStageAPartnerBusAfterItsEventSource() {
    assertThat(JennyBus.created().busName(StageConfig.Stage.DEV)).isEqualTo("oom-jenny-dev");
    assertThat(JennyBus.created().busName(StageConfig.Stage.PROD)).isEqualTo("oom-jenny-prod");
    assertThat(JennyBus.partner(PARTNER).busName(StageConfig.Stage.PROD)).isEqualTo(PARTNER);
  }
}
