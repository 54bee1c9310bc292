package com.oom.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.testing.AwsStack;
import com.oom.catalogue.StoreDirectory;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.RecordPickupEvent;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.Actor;
import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.PickupEvent;
import com.oom.core.port.WorkListIndex;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.core.worklist.PickupDeskItem;
import com.oom.core.worklist.ReservedStock;
import com.oom.core.worklist.WorkLists;
import com.oom.tooling.emulator.EmulatorExtension;
import com.oom.tooling.emulator.Emulators;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The pick-up desk's and reserved stock's partitions of the work-list index on moto, written by the
 * use cases' own transactions: a booked pick-up in {@code PICKUP#<location>} under {@code
 * <day>#<order>}, moved when the pick-up moves and gone when the order closes; an available order
 * in {@code RESERVED#<location>} under {@code <availableSince>#<order>}, counted in {@code
 * RESERVEDCOUNT}.
 */
@ExtendWith(EmulatorExtension.class)
class PickupDeskIndexIT {
  private static final Instant MONDAY_10_AM = Orders.MONDAY_10_AM_WINNIPEG;
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private static final OomConfig CONFIG = OomConfig.defaults();

  private final MutableClock clock = new MutableClock(MONDAY_10_AM);
  private AwsStack aws;
  private UseCaseFactory oom;
  private WorkListIndex index;
  private IndexedLists lists;

  private void stack() {
    aws = new AwsStack(clock, Emulators.shared().endpoint(), List.of());
    oom = aws.services(new FakeSmsGateway(clock), CONFIG, clock);
    index = aws.dynamoAdapters.workListIndex();
    lists =
        new IndexedLists(
            aws,
            new WorkLists(CONFIG, EscalationRules.from(CONFIG)),
            StoreDirectory.standardStores("101=America/Winnipeg,202=America/Winnipeg"),
            clock);
  }

  private void ingest(Orders.Builder order, long sequence) {
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-" + order.details().orderId() + "-" + sequence,
                new ErpSnapshot(order.details(), sequence, clock.instant(), null)));
  }

  private static Orders.Builder pickUp(String orderId, LocalDate day) {
    return Orders.defaultOrder()
        .orderId(orderId)
        .status(FulfilmentStatus.SCH)
        .appointment(
            new Appointment(day, LocalTime.of(13, 0), LocalTime.of(15, 0), AppointmentKind.PICKUP));
  }

  private List<String> deskKeys() {
    return lists.partition(WorkListItems.pickupDesk("888")).stream()
        .map(item -> item.get(OomTable.SK).s())
        .toList();
  }

  @Test
  void a_booked_pick_up_is_on_its_days_desk_and_moves_with_the_pick_up() {
    stack();
    ingest(pickUp("SO-1", TODAY), 1);

    assertThat(deskKeys()).containsExactly(TODAY + "#SO-1");
    List<PickupDeskItem> desk = index.pickupDesk("888", TODAY, TODAY);
    assertThat(desk).singleElement().extracting(PickupDeskItem::orderId).isEqualTo("SO-1");
    assertThat(desk.getFirst().windowStart()).isEqualTo(LocalTime.of(13, 0));
    assertThat(lists.state("SO-1").get(WorkListItems.LISTED).m())
        .containsKey("P|888|" + TODAY + "|SO-1");

    ingest(pickUp("SO-1", TODAY.plusDays(2)), 2);

    assertThat(deskKeys()).containsExactly(TODAY.plusDays(2) + "#SO-1");
    assertThat(index.pickupDesk("888", TODAY, TODAY)).isEmpty();
  }

  @Test
  void an_arrival_rewrites_the_line_and_a_release_takes_it_off_the_desk_and_the_reserved_stock() {
    stack();
    ingest(pickUp("SO-1", TODAY), 1);
    clock.set(Orders.winnipeg("2026-11-30T13:05"));

    oom.recordPickupEvent()
        .handle(
            new RecordPickupEvent.Command(
                "k1", "SO-1", Actor.agent("a"), PickupEvent.ARRIVED, "guest at the desk"));

    assertThat(index.pickupDesk("888", TODAY, TODAY))
        .singleElement()
        .extracting(PickupDeskItem::arrivedAt)
        .isEqualTo(clock.instant());

    oom.recordPickupEvent()
        .handle(
            new RecordPickupEvent.Command(
                "k2", "SO-1", Actor.agent("a"), PickupEvent.RELEASED, "handed over"));

    assertThat(deskKeys()).isEmpty();
    assertThat(lists.partition(WorkListItems.reserved("888"))).isEmpty();
    assertThat(index.reservedStockCounts()).containsEntry("888", 0L);
  }

  @Test
  void reserved_stock_is_kept_oldest_first_and_counted_per_location() {
    stack();
    ingest(Orders.defaultOrder().orderId("SO-OLD"), 1);
    clock.advance(Duration.ofDays(1));
    ingest(Orders.defaultOrder().orderId("SO-NEW"), 1);
    ingest(Orders.defaultOrder().orderId("SO-WAITING").notAvailable(), 1);

    assertThat(index.reservedStockCounts()).isEqualTo(Map.of("888", 2L));
    assertThat(index.oldestReservedStock("888"))
        .get()
        .extracting(ReservedStock::orderId)
        .isEqualTo("SO-OLD");
    List<Map<String, AttributeValue>> partition = lists.partition(WorkListItems.reserved("888"));
    assertThat(partition)
        .extracting(item -> item.get(WorkListItems.ORDER_ID).s())
        .containsExactly("SO-OLD", "SO-NEW");

    // the merchandise of the oldest goes back to waiting: it leaves the reserved stock
    ingest(Orders.defaultOrder().orderId("SO-OLD").notAvailable(), 2);

    assertThat(index.reservedStockCounts()).isEqualTo(Map.of("888", 1L));
    assertThat(index.oldestReservedStock("888"))
        .get()
        .extracting(ReservedStock::orderId)
        .isEqualTo("SO-NEW");
  }
}
