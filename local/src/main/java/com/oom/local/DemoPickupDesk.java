package com.oom.local;

import com.oom.core.application.ListPickupDesk;
import com.oom.core.application.RecordPickupEvent;
import com.oom.core.order.Actor;
import com.oom.core.order.PickupEvent;
import com.oom.core.order.RuleViolation;
import com.oom.core.worklist.PickupDeskItem;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Random;

/**
 * The CPU duties at the 888 distribution centre, once a demo day: the desk's agent reads the day's
 * pick-up desk list (each order's today) and, for each guest, records the arrival and the release
 * of the merchandise; a few guests never come, and once their window is over they are recorded as
 * no-shows (the order goes on the missed list, for an agent to rebook). Its own seeded chance, so
 * the rest of the demo's story does not move with it.
 */
final class DemoPickupDesk {
  static final String LOCATION = "888";
  private static final Actor DESK_AGENT = Actor.agent("agent-888-desk");
  private static final double NO_SHOW = 0.12;

  /** One day at the desk: pick-ups due, released, recorded as no-shows. */
  record Tally(int due, int released, int noShows) {
    static final Tally NONE = new Tally(0, 0, 0);
  }

  private final LocalSuite suite;
  private final Random random = new Random(888);

  DemoPickupDesk(LocalSuite suite) {
    this.suite = suite;
  }

  Tally work() {
    Instant now = suite.now();
    ListPickupDesk.DeskList desk = suite.services.listPickupDesk().handle(LOCATION, null, null);
    int released = 0;
    int noShows = 0;
    for (ListPickupDesk.DeskLine line : desk.lines()) {
      PickupDeskItem item = line.item();
      if (item.noShowAt() != null) {
        continue;
      }
      boolean windowOver =
          !now.isBefore(
              ZonedDateTime.of(item.date(), item.windowEnd(), item.timeZone()).toInstant());
      try {
        if (windowOver && item.arrivedAt() == null && random.nextDouble() < NO_SHOW) {
          record(item, PickupEvent.NO_SHOW, "The guest did not come for the pick-up.");
          noShows++;
        } else {
          if (item.arrivedAt() == null) {
            record(item, PickupEvent.ARRIVED, "Guest at the 888 desk.");
          }
          record(item, PickupEvent.RELEASED, "Merchandise handed over at the 888 desk.");
          released++;
        }
      } catch (RuleViolation refused) {
        // the order changed since the list was read (e.g. the ERP closed it): nothing to do
      }
    }
    suite.drain();
    return new Tally(desk.lines().size(), released, noShows);
  }

  private void record(PickupDeskItem item, PickupEvent event, String comment) {
    suite
        .services
        .recordPickupEvent()
        .handle(
            new RecordPickupEvent.Command(
                "desk-" + item.orderId() + "-" + item.date() + "-" + event,
                item.orderId(),
                DESK_AGENT,
                event,
                comment));
  }
}
