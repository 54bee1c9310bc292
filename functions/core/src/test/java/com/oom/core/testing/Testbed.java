package com.oom.core.testing;

import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.Ports;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.OrderDetails;
import com.oom.core.port.BusinessCalendars;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.util.List;

/** Every use case wired to in-memory fakes, with a clock the test moves. */
public final class Testbed {
  public final MutableClock clock;
  public final InMemoryOpenOrders orders = new InMemoryOpenOrders();
  public final RecordingPublishers queues = new RecordingPublishers();
  public final InMemorySmsLog smsLog = new InMemorySmsLog(orders::addToOutbox);
  public final InMemoryConsentLedger consent = new InMemoryConsentLedger(orders::addToOutbox);
  public final InMemoryConfirmationAudits confirmationAudits = new InMemoryConfirmationAudits();
  public final FakeSmsGateway gateway;
  public final OomConfig config;
  public final Ports ports;
  public final UseCaseFactory services;

  public Testbed(Instant start) {
    this(start, OomConfig.defaults());
  }

  public Testbed(Instant start, OomConfig config) {
    this(start, config, storeId -> BusinessCalendar.standard(storeId, Orders.WINNIPEG));
  }

  /** With a store directory that knows only {@code stores}, all in Winnipeg. */
  public static Testbed withStores(Instant start, java.util.Set<String> stores) {
    return new Testbed(
        start,
        OomConfig.defaults(),
        new BusinessCalendars() {
          @Override
          public BusinessCalendar forStore(String storeId) {
            if (!stores.contains(storeId)) {
              throw new IllegalArgumentException("unknown store " + storeId);
            }
            return BusinessCalendar.standard(storeId, Orders.WINNIPEG);
          }

          @Override
          public List<String> storeIds() {
            return stores.stream().sorted().toList();
          }
        });
  }

  private Testbed(Instant start, OomConfig config, BusinessCalendars calendars) {
    this.clock = new MutableClock(start);
    this.config = config;
    this.gateway = new FakeSmsGateway(clock);
    this.ports =
        Ports.of(
            orders,
            orders,
            queues,
            queues,
            queues,
            gateway,
            consent,
            smsLog,
            confirmationAudits,
            orders,
            calendars,
            queues);
    this.services = new UseCaseFactory(ports, config, clock);
  }

  /** The ERP's snapshot of {@code details} at {@code sequence}, produced now. */
  public IngestSnapshot.Command snapshot(String eventId, long sequence, OrderDetails details) {
    return new IngestSnapshot.Command(
        eventId, new ErpSnapshot(details, sequence, clock.instant(), null));
  }
}
