package com.oom.core.application;

/** A message names a store the suite does not know (not in the store directory). */
public final class UnknownStore extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String storeId;

  public UnknownStore(String storeId) {
    super("store " + storeId + " is not in the store directory");
    this.storeId = storeId;
  }

  public String storeId() {
    return storeId;
  }
}
