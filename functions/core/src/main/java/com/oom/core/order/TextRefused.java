package com.oom.core.order;

import java.util.Objects;

/**
 * The texting policy forbids an agent's text to the guest (the API answers 409 {@code text-refused}
 * naming the {@link Reason}). Quiet hours and the daily cap never refuse: the text is deferred
 * instead.
 */
public final class TextRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the text may not go to the guest. */
  public enum Reason {
    ORDER_CLOSED("the order is closed"),
    ORDER_IN_CWC("the order is with its store (CWC)"),
    NUMBER_NOT_ON_FILE("the number is not one of the guest's numbers"),
    NOT_MOBILE("the number is not a mobile number"),
    NO_CONSENT("the guest has not agreed to texts on this number"),
    OPTED_OUT("the number opted out of texts (STOP)"),
    WRONG_NUMBER("the number was reported to reach someone else");

    private final String words;

    Reason(String words) {
      this.words = words;
    }

    /** The reason in words, for the problem's detail. */
    public String words() {
      return words;
    }
  }

  private final transient Reason reason;

  public TextRefused(Reason reason) {
    super("The text was not sent: " + Objects.requireNonNull(reason, "reason").words() + ".");
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
