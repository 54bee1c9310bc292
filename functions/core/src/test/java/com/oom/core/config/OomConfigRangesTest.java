package com.oom.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OomConfigRangesTest {

  @Test
  void theDefaultsAreInsideEveryRange() {
    assertThat(OomConfig.defaults().smsDailyCap()).isEqualTo(3);
  }

  @Test
  void aWholeNumberOutsideItsRangeIsRefusedWithItsNameAndRange() {
    assertThatThrownBy(() -> OomConfig.defaults().withSmsDailyCap(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("smsDailyCap must be between 1 and 20, was 0");
    assertThatThrownBy(() -> OomConfig.defaults().withSmsDailyCap(21))
        .hasMessage("smsDailyCap must be between 1 and 20, was 21");
    assertThatThrownBy(() -> OomConfig.defaults().withNoContactMinAttempts(-1))
        .hasMessage("noContactMinAttempts must be between 1 and 20, was -1");
  }

  @Test
  void theBoundsThemselvesAreAllowed() {
    assertThat(OomConfig.defaults().withSmsDailyCap(1).smsDailyCap()).isEqualTo(1);
    assertThat(OomConfig.defaults().withSmsDailyCap(20).smsDailyCap()).isEqualTo(20);
  }

  @Test
  void aDurationOutsideItsRangeIsRefusedWithItsNameAndRange() {
    assertThatThrownBy(() -> OomConfigRanges.ERP_ECHO_WITHIN.require(Duration.ZERO))
        .hasMessage("erpEchoWithin must be between PT1M and PT72H, was PT0S");
    assertThatThrownBy(() -> OomConfigRanges.BALANCE_DUE_GRACE.require(Duration.ofHours(-1)))
        .hasMessage("balanceDueGrace must be between PT0S and PT720H, was PT-1H");
    assertThatThrownBy(() -> OomConfigRanges.TIME_FRAME_LEAD.require(null))
        .hasMessage("timeFrameLead must be set");
  }

  @Test
  void noContactSlotsMustNameAtLeastOneSlot() {
    OomConfig d = OomConfig.defaults();
    assertThatThrownBy(
            () ->
                new OomConfig(
                    d.noContactMinAttempts(),
                    d.noContactSpan(),
                    Set.of(),
                    d.balanceDueGrace(),
                    d.cancelRequestGrace(),
                    d.slotBoundaries(),
                    d.quietHours(),
                    d.smsDailyCap(),
                    d.confirmationWindowBusinessDays(),
                    d.pastDueAfterDays(),
                    d.reminderLeadBusinessDays(),
                    d.erpEchoWithin(),
                    d.svcDueBusinessDays(),
                    d.starvationAfterBusinessDays(),
                    d.timeFrameLead()))
        .hasMessageContaining("noContactSlots must name at least one");
  }
}
