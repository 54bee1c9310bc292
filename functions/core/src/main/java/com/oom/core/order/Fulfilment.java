package com.oom.core.order;

/** How the guest takes possession. */
public enum Fulfilment {
  DELIVERY,
  PICKUP
}
