package com.oom.core.sync;

import com.oom.core.order.ErpSync;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PendingBooking;
import com.oom.core.order.PendingCode;
import com.oom.core.order.PendingRedate;
import java.time.Instant;
import java.util.Objects;

/**
 * Marks what OOM changed in shared fields as pending, whichever rule changed it: applied to every
 * change OOM makes (never to the ERP's own), so no rule can change a shared field without the ERP
 * being expected to echo it.
 */
public final class PendingTracking {
  private PendingTracking() {}

  public static OpenOrder track(OpenOrder before, OpenOrder after, Instant at) {
    ErpSync sync = after.sync();
    if (!Objects.equals(before.details().appointment(), after.details().appointment())) {
      sync =
          sync.withBooking(
              after.details().appointment() == null
                  ? null
                  : new PendingBooking(after.details().appointment(), at, null));
    }
    if (!Objects.equals(before.details().fulfilmentDate(), after.details().fulfilmentDate())) {
      sync =
          sync.withRedate(
              after.details().fulfilmentDate() == null
                  ? null
                  : new PendingRedate(after.details().fulfilmentDate(), at, null));
    }
    if (before.contactStatus() != after.contactStatus()
        || !Objects.equals(before.contactDate(), after.contactDate())) {
      sync = sync.withCode(new PendingCode(after.contactStatus(), after.contactDate(), at, null));
    }
    return sync.equals(after.sync()) ? after : after.toBuilder().sync(sync).build();
  }
}
