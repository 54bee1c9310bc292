package com.oom.core.order;

/** How an agent tried to reach the guest. */
public enum ContactChannel {
  PHONE,
  SMS
}
