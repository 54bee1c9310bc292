package com.oom.aws.usecases;

import com.oom.aws.testing.AwsStack;
import com.oom.catalogue.StoreDirectory;
import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.Actor;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpContactCode;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderUpdate;
import com.oom.core.outbox.OutboxMessages;
import com.oom.core.port.OrderChange;
import com.oom.core.rules.ChangeContext;
import com.oom.core.rules.SnapshotIngestion;
import com.oom.core.sync.EchoDeadlines;
import com.oom.core.testing.Orders;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.worklist.Listing;
import com.oom.core.worklist.Listings;
import com.oom.core.worklist.WorkLists;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * A store's book of open orders for the scale tests: the same mix at every size, each order written
 * by the adapter exactly as a first ERP snapshot writes it (state, audit entry, idempotency record,
 * phone index and work-list entries in one {@code TransactWriteItems}, the listing computed by the
 * pure rules), only without its outbox message: the touch-point texts are not what these tests
 * measure, and publishing them would double the time to write the book on moto.
 *
 * <p>Of every 20 orders (values 1,000.00 to 1,960.00 by the order's number): 12 available and not
 * booked (the scheduling list), 2 waiting for stock (on no list), 2 available with a fulfilment
 * date past (past due, and scheduling), 2 on HOLD (coded), 2 booked: the store's first {@link
 * #BOOKED_TOMORROW} booked orders for {@link #TOMORROW} (the daily plan's reminders, the
 * confirmation list), the others for a day weeks ahead. Order ids have one width at every size
 * ({@code SO-<store>-<nnnnnn>}), so the entries at the top of a list are the same size in a small
 * and in a large store.
 */
final class OpenBook {
  /** Monday 30 November 2026, 10:00 in Winnipeg: when the book is written. */
  static final Instant NOW = Orders.MONDAY_10_AM_WINNIPEG;

  static final LocalDate TOMORROW = LocalDate.of(2026, 12, 1);

  /** Booked orders with their visit tomorrow, in a store of any size. */
  static final int BOOKED_TOMORROW = 10;

  /** Threads writing the book: moto answers one request at a time, the threads overlap the rest. */
  static final int THREADS = 4;

  private static final OomConfig CONFIG = OomConfig.defaults();
  private static final EscalationRules RULES = EscalationRules.from(CONFIG);
  private static final EchoDeadlines ECHO = new EchoDeadlines(CONFIG.erpEchoWithin());
  private static final Listings LISTINGS = new Listings(new WorkLists(CONFIG, RULES), RULES, ECHO);
  private static final StoreDirectory STORES =
      StoreDirectory.standardStores("101=America/Winnipeg,202=America/Winnipeg");

  private OpenBook() {}

  static String orderId(String storeId, int number) {
    return "SO-%s-%06d".formatted(storeId, number);
  }

  /** Order {@code number} of the store's book as the ERP's first snapshot of it. */
  static ErpSnapshot snapshot(String storeId, int number) {
    Orders.Builder order =
        Orders.defaultOrder()
            .orderId(orderId(storeId, number))
            .storeId(storeId)
            .value("%d.00".formatted(1_000 + 40 * (number % 25)));
    ErpContactCode code = null;
    switch (number % 20) {
      case 12, 13 -> order.notAvailable();
      case 14, 15 ->
          order.fulfilmentDate(LocalDate.of(2026, 11, 25)).atpDate(LocalDate.of(2026, 12, 3));
      case 16, 17 -> code = new ErpContactCode(ContactStatus.HOLD, null, NOW);
      case 18, 19 -> {
        int booked = number / 20 * 2 + number % 20 - 18; // the store's booked orders: 0, 1, 2, ...
        LocalDate day = booked < BOOKED_TOMORROW ? TOMORROW : LocalDate.of(2027, 1, 12);
        order.status(FulfilmentStatus.SCH).appointment(Orders.appointment(day));
      }
      default -> {}
    }
    return new ErpSnapshot(order.details(), 1, NOW, code);
  }

  /**
   * Writes orders {@code from..to-1} of the store's book, {@link #THREADS} at a time.
   *
   * @return milliseconds taken
   */
  static long write(AwsStack aws, String storeId, int from, int to) {
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
      List<Future<?>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int first = from + t;
        threads.add(
            pool.submit(
                () -> {
                  for (int n = first; n < to; n += THREADS) {
                    aws.dynamoAdapters.orders().save(firstSnapshotOf(storeId, n));
                  }
                }));
      }
      for (Future<?> thread : threads) {
        thread.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  /**
   * The change {@code OrderTransactions} commits for the order's first snapshot: the ingested
   * order, its audit, its listing now, its next timer (the earliest of its escalation timer, the
   * ERP's echo deadline and the moment its lines change), without the outbox.
   */
  private static OrderChange firstSnapshotOf(String storeId, int number) {
    ErpSnapshot snapshot = snapshot(storeId, number);
    String eventId = "erp-" + snapshot.orderId();
    OrderUpdate update =
        SnapshotIngestion.apply(
            Optional.empty(), snapshot, new ChangeContext(eventId, Actor.ERP, NOW));
    OpenOrder order = update.after();
    BusinessCalendar calendar = STORES.forStore(storeId);
    Listing listing = LISTINGS.of(order, calendar, NOW);
    Instant nextTimerAt =
        Stream.of(
                RULES.nextDueAt(order, NOW),
                ECHO.nextReport(order, calendar),
                Optional.ofNullable(listing.refreshAt()))
            .flatMap(Optional::stream)
            .min(Instant::compareTo)
            .orElse(null);
    return new OrderChange(
        null,
        order,
        0,
        OutboxMessages.auditEntries(update),
        List.of(),
        eventId + "#" + order.orderId(),
        nextTimerAt,
        null,
        listing);
  }
}
