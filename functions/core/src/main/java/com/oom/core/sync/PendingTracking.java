package com.oom.core.sync;

import com.oom.core.order.ErpSync;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PendingBooking;
import com.oom.core.order.PendingCode;
import com.oom.core.order.PendingRedate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    var oldAppointment = before.details().appointment();
    var newAppointment = after.details().appointment();
    if (!Objects.equals(oldAppointment, newAppointment)) {
      PendingBooking was = sync.booking();
      sync =
          sync.withBooking(
              newAppointment == null
                  ? null
                  : new PendingBooking(
                      newAppointment,
                      at,
                      null,
                      superseded(
                          was == null ? List.of() : was.superseded(),
                          oldAppointment,
                          newAppointment)));
    }
    var oldDate = before.details().fulfilmentDate();
    var newDate = after.details().fulfilmentDate();
    if (!Objects.equals(oldDate, newDate)) {
      PendingRedate was = sync.redate();
      sync =
          sync.withRedate(
              newDate == null
                  ? null
                  : new PendingRedate(
                      newDate,
                      at,
                      null,
                      superseded(was == null ? List.of() : was.superseded(), oldDate, newDate)));
    }
    if (before.contactStatus() != after.contactStatus()
        || !Objects.equals(before.contactDate(), after.contactDate())) {
      sync = sync.withCode(new PendingCode(after.contactStatus(), after.contactDate(), at, null));
    }
    return sync.equals(after.sync()) ? after : after.toBuilder().sync(sync).build();
  }

  /** The values replaced so far plus the one just replaced, without the new value. */
  private static <T> List<T> superseded(List<T> earlier, T replaced, T now) {
    List<T> all = new ArrayList<>(earlier);
    if (replaced != null && !all.contains(replaced)) {
      all.add(replaced);
    }
    all.remove(now);
    return all;
  }
}
