package com.oom.core.application;

/** No order with this id is known to OOM (the API answers 404; a queue message fails). */
public final class UnknownOrder extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String orderId;

  public UnknownOrder(String orderId) {
    super("unknown order " + orderId);
    this.orderId = orderId;
  }

  public String orderId() {
    return orderId;
  }
}
