package com.oom.core.order;

/** The contact status OOM sets on an order. {@code NONE} means OOM has yet to reach the guest. */
public enum ContactStatus {
  NONE,
  HOLD,
  BALDUE,
  SVC,
  CANCEL,
  CALLBACK;

  public boolean isCoded() {
    return this != NONE;
  }
}
