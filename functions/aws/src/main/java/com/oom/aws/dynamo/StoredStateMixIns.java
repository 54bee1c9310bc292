package com.oom.aws.dynamo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.oom.core.order.ErpSync;
import com.oom.core.order.TextMessage;
import com.oom.core.order.WrongNumber;
import java.util.List;

/**
 * The mix-ins of {@link StateJson}: what an order has only now and then is left out of its stored
 * state while it is empty, so the state of an order with nothing pending and no wrong number is
 * stored as before these fields existed (and stays under the write-unit size it had); the core
 * reads the missing fields as empty.
 */
final class StoredStateMixIns {
  private StoredStateMixIns() {}

  /**
   * {@code sync} only while something is pending, {@code wrongNumbers} and {@code texts} only when
   * there are any.
   */
  abstract static class OpenOrderLeavesOutEmpty {
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NothingPending.class)
    ErpSync sync;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<WrongNumber> wrongNumbers;

    /** The conversation with the guest, only once there is one. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<TextMessage> texts;
  }

  /** Jackson's value filter: "equal" means left out. */
  static final class NothingPending {
    @Override
    public boolean equals(Object value) {
      return ErpSync.NONE.equals(value);
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }
}
