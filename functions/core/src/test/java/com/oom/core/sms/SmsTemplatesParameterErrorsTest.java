package com.oom.core.sms;

import static com.oom.core.order.GuestLanguage.ENGLISH;
import static com.oom.core.order.GuestLanguage.FRENCH;
import static com.oom.core.sms.SampleParameters.withBalance;
import static com.oom.core.sms.SampleParameters.withDate;
import static com.oom.core.sms.SampleParameters.withOrderId;
import static com.oom.core.sms.SampleParameters.withWindow;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.oom.core.order.TouchPoint;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsTemplatesParameterErrorsTest {

  private final SmsTemplates templates = SmsTemplates.defaults();

  @Test
  void appointmentBookedWithoutAnyWindowValueNamesDateWindowStartAndWindowEnd() {
    SmsParameters orderOnly = new SmsParameters("Marie", "4512345", null, null, null, null, null);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> templates.render(TouchPoint.APPOINTMENT_BOOKED, ENGLISH, orderOnly))
        .withMessage(
            "APPOINTMENT_BOOKED message in en-CA needs parameters date, windowStart, windowEnd");
  }

  @ParameterizedTest
  @EnumSource(
      value = TouchPoint.class,
      names = {"APPOINTMENT_BOOKED", "APPOINTMENT_REMINDER", "TIME_FRAME", "REVISED_ATP"})
  void touchPointsAboutADateNameTheMissingDate(TouchPoint touchPoint) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> templates.render(touchPoint, FRENCH, withDate(null)))
        .withMessage(touchPoint + " message in fr-CA needs parameter date");
  }

  @ParameterizedTest
  @EnumSource(
      value = TouchPoint.class,
      names = {"APPOINTMENT_BOOKED", "APPOINTMENT_REMINDER", "TIME_FRAME"})
  void touchPointsAboutATimeWindowNameTheMissingEnd(TouchPoint touchPoint) {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> templates.render(touchPoint, ENGLISH, withWindow(LocalTime.of(8, 0), null)))
        .withMessageEndingWith("needs parameter windowEnd");
  }

  @ParameterizedTest
  @EnumSource(value = TouchPoint.class, mode = EnumSource.Mode.EXCLUDE, names = "AGENT_TEXT")
  void everyTouchPointNamesAMissingOrderId(TouchPoint touchPoint) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> templates.render(touchPoint, ENGLISH, withOrderId(null)))
        .withMessageContaining("orderId");
  }

  @Test
  void treatsABlankOrderIdAsMissing() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> templates.render(TouchPoint.MERCHANDISE_AVAILABLE, FRENCH, withOrderId(" ")))
        .withMessage("MERCHANDISE_AVAILABLE message in fr-CA needs parameter orderId");
  }

  @Test
  void balanceDueNamesTheMissingBalance() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> templates.render(TouchPoint.BALANCE_DUE, ENGLISH, withBalance(null)))
        .withMessage("BALANCE_DUE message in en-CA needs parameter balanceDue");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12,50", "abc", "$125.50", "125.505", "0", "0.00", "-10.00"})
  void rejectsABalanceThatIsNotAPositiveAmountInCents(String balance) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> templates.render(TouchPoint.BALANCE_DUE, FRENCH, withBalance(balance)))
        .withMessageStartingWith("balanceDue must");
  }

  @Test
  void rejectsAWindowThatEndsBeforeItStarts() {
    SmsParameters backwards = withWindow(LocalTime.of(12, 0), LocalTime.of(8, 0));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> templates.render(TouchPoint.TIME_FRAME, ENGLISH, backwards))
        .withMessage("windowEnd 08:00 is before windowStart 12:00");
  }

  @Test
  void ignoresParametersTheTouchPointDoesNotUse() {
    SmsParameters unusable =
        new SmsParameters(
            null, "4512345", null, null, LocalTime.of(12, 0), LocalTime.of(8, 0), "not money");

    assertThatNoException()
        .isThrownBy(() -> templates.render(TouchPoint.MERCHANDISE_AVAILABLE, ENGLISH, unusable));
  }
}
