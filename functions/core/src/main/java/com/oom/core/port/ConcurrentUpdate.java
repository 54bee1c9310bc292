package com.oom.core.port;

/** Someone else changed the order since it was read: read it again and retry. */
public final class ConcurrentUpdate extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConcurrentUpdate(String orderId) {
    super("order " + orderId + " was changed concurrently");
  }
}
