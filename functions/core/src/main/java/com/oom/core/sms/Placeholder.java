package com.oom.core.sms;

import com.oom.core.order.GuestLanguage;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * A {@code {name}} slot in a template, named after the {@link SmsParameters} component that fills
 * it. Required placeholders fail rendering when their parameter is missing; optional ones fall back
 * to neutral wording.
 */
enum Placeholder {
  GUEST_FIRST_NAME("guestFirstName", false) {
    @Override
    String value(SmsParameters parameters, GuestLanguage language) {
      String name = parameters.guestFirstName();
      return isBlank(name) ? "" : name.strip();
    }
  },
  STORE_NAME("storeName", false) {
    @Override
    String value(SmsParameters parameters, GuestLanguage language) {
      String store = parameters.storeName();
      if (!isBlank(store)) {
        return store.strip();
      }
      return switch (language) {
        case ENGLISH -> "your store";
        case FRENCH -> "votre magasin";
      };
    }
  },
  ORDER_ID("orderId", true) {
    @Override
    String value(SmsParameters parameters, GuestLanguage language) {
      String orderId = parameters.orderId();
      return isBlank(orderId) ? null : orderId.strip();
    }
  },
  DATE("date", true) {
    @Override
    String value(SmsParameters parameters, GuestLanguage language) {
      return parameters.date() == null
          ? null
          : GuestFacingFormats.date(parameters.date(), language);
    }
  },
  WINDOW_START("windowStart", true) {
    @Override
    String value(SmsParameters parameters, GuestLanguage language) {
      return parameters.windowStart() == null
          ? null
          : GuestFacingFormats.time(parameters.windowStart(), language);
    }
  },
  WINDOW_END("windowEnd", true) {
    @Override
    String value(SmsParameters parameters, GuestLanguage language) {
      if (parameters.windowEnd() == null) {
        return null;
      }
      if (parameters.windowStart() != null
          && parameters.windowEnd().isBefore(parameters.windowStart())) {
        throw new IllegalArgumentException(
            "windowEnd "
                + parameters.windowEnd()
                + " is before windowStart "
                + parameters.windowStart());
      }
      return GuestFacingFormats.time(parameters.windowEnd(), language);
    }
  },
  BALANCE_DUE("balanceDue", true) {
    @Override
    String value(SmsParameters parameters, GuestLanguage language) {
      String balance = parameters.balanceDue();
      if (isBlank(balance)) {
        return null;
      }
      return GuestFacingFormats.money(positiveAmount(balance.strip()), language);
    }
  };

  private final String parameterName;
  private final boolean required;

  Placeholder(String parameterName, boolean required) {
    this.parameterName = parameterName;
    this.required = required;
  }

  /** The {@link SmsParameters} component name, also the text between the braces. */
  String parameterName() {
    return parameterName;
  }

  boolean required() {
    return required;
  }

  /**
   * The text that replaces this placeholder; null when a required parameter is missing (or blank),
   * empty when an optional one has nothing to say.
   *
   * @throws IllegalArgumentException when the parameter is present but unusable
   */
  abstract String value(SmsParameters parameters, GuestLanguage language);

  static Optional<Placeholder> named(String parameterName) {
    return Arrays.stream(values())
        .filter(placeholder -> placeholder.parameterName.equals(parameterName))
        .findFirst();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static BigDecimal positiveAmount(String decimal) {
    BigDecimal amount;
    try {
      amount = new BigDecimal(decimal);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "balanceDue must be a decimal string such as \"125.50\", was \"" + decimal + "\"", e);
    }
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("balanceDue must be positive, was " + decimal);
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "balanceDue must have at most two decimals, was " + decimal);
    }
    return amount;
  }
}
