package com.oom.core.config;

import java.time.Duration;
import java.util.Objects;

/**
 * The allowed range of every numeric and duration setting of {@link OomConfig}, in one place: the
 * config's constructor checks them, the settings document's errors and the operations doc quote
 * them. A refusal names the setting and its range: {@code smsDailyCap must be between 1 and 20, was
 * 0}.
 */
public final class OomConfigRanges {
  public static final Whole NO_CONTACT_MIN_ATTEMPTS = new Whole("noContactMinAttempts", 1, 20);
  public static final Span NO_CONTACT_SPAN =
      new Span("noContactSpan", Duration.ofHours(1), Duration.ofDays(30));
  public static final Span BALANCE_DUE_GRACE =
      new Span("balanceDueGrace", Duration.ZERO, Duration.ofDays(30));
  public static final Span CANCEL_REQUEST_GRACE =
      new Span("cancelRequestGrace", Duration.ZERO, Duration.ofDays(30));
  public static final Whole SMS_DAILY_CAP = new Whole("smsDailyCap", 1, 20);
  public static final Whole CONFIRMATION_WINDOW_BUSINESS_DAYS =
      new Whole("confirmationWindowBusinessDays", 1, 10);
  public static final Whole PAST_DUE_AFTER_DAYS = new Whole("pastDueAfterDays", 1, 30);
  public static final Whole REMINDER_LEAD_BUSINESS_DAYS =
      new Whole("reminderLeadBusinessDays", 1, 10);
  public static final Span ERP_ECHO_WITHIN =
      new Span("erpEchoWithin", Duration.ofMinutes(1), Duration.ofDays(3));
  public static final Whole SVC_DUE_BUSINESS_DAYS = new Whole("svcDueBusinessDays", 1, 30);
  public static final Whole STARVATION_AFTER_BUSINESS_DAYS =
      new Whole("starvationAfterBusinessDays", 1, 60);
  public static final Span TIME_FRAME_LEAD =
      new Span("timeFrameLead", Duration.ZERO, Duration.ofHours(24));

  private OomConfigRanges() {}

  /** A whole-number setting's inclusive range. */
  public record Whole(String name, int min, int max) {
    public void require(int value) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            name + " must be between " + min + " and " + max + ", was " + value);
      }
    }
  }

  /** A duration setting's inclusive range. */
  public record Span(String name, Duration min, Duration max) {
    public void require(Duration value) {
      Objects.requireNonNull(value, name + " must be set");
      if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
        throw new IllegalArgumentException(
            name + " must be between " + min + " and " + max + ", was " + value);
      }
    }
  }
}
