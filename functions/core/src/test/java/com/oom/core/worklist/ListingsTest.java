package com.oom.core.worklist;

import static com.oom.core.testing.Orders.MONDAY_10_AM_WINNIPEG;
import static com.oom.core.testing.Orders.WINNIPEG;
import static com.oom.core.testing.Orders.defaultOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.sync.EchoDeadlines;
import com.oom.core.testing.Orders;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ListingsTest {
  private static final Instant NOW = MONDAY_10_AM_WINNIPEG;
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private static final OomConfig CONFIG = OomConfig.defaults();

  private final Listings listings =
      new Listings(
          new WorkLists(CONFIG, EscalationRules.from(CONFIG)),
          EscalationRules.from(CONFIG),
          new EchoDeadlines(CONFIG.erpEchoWithin()));
  private final BusinessCalendar winnipeg = BusinessCalendar.standard("101", WINNIPEG);

  private static Instant midnightOf(LocalDate day) {
    return day.atStartOfDay(WINNIPEG).toInstant();
  }

  @Test
  void an_order_due_today_is_relisted_at_the_stores_midnight_when_it_becomes_past_due() {
    OpenOrder order = defaultOrder().fulfilmentDate(TODAY).build();

    Listing now = listings.of(order, winnipeg, NOW);
    Listing tomorrow = listings.of(order, winnipeg, now.refreshAt());

    assertThat(now.refreshAt()).isEqualTo(midnightOf(TODAY.plusDays(1)));
    assertThat(now.entries()).extracting(ListEntry::kind).doesNotContain(WorkListKind.PAST_DUE);
    assertThat(tomorrow.entries()).extracting(ListEntry::kind).contains(WorkListKind.PAST_DUE);
  }

  @Test
  void a_booked_visit_is_relisted_at_the_midnight_its_confirmation_day_begins() {
    LocalDate thursday = TODAY.plusDays(3);
    OpenOrder order =
        defaultOrder().fulfilmentDate(thursday).appointment(Orders.appointment(thursday)).build();

    Listing now = listings.of(order, winnipeg, NOW);

    assertThat(now.entries()).isEmpty();
    assertThat(now.appointmentDate()).isEqualTo(thursday);
    assertThat(now.refreshAt()).isEqualTo(midnightOf(thursday.minusDays(1)));
    assertThat(listings.of(order, winnipeg, now.refreshAt()).entries())
        .extracting(ListEntry::kind)
        .containsExactly(WorkListKind.CONFIRMATION);
  }

  @Test
  void an_order_whose_lines_never_change_is_relisted_at_the_horizon() {
    OpenOrder waitingForStock = defaultOrder().notAvailable().fulfilmentDate(null).build();

    Listing now = listings.of(waitingForStock, winnipeg, NOW);

    assertThat(now.entries()).isEmpty();
    assertThat(now.withoutNextStep()).isFalse();
    assertThat(now.refreshAt()).isEqualTo(midnightOf(TODAY.plusDays(Listings.HORIZON_DAYS)));
  }

  @Test
  void a_closed_order_has_no_lines_and_is_never_relisted() {
    OpenOrder delivered = defaultOrder().status(FulfilmentStatus.DELIVERED).build();

    Listing listing = listings.of(delivered, winnipeg, NOW);

    assertThat(listing.entries()).isEmpty();
    assertThat(listing.index()).isEmpty();
    assertThat(listing.refreshAt()).isNull();
  }

  @Test
  void the_index_is_written_when_never_written_changed_or_due_for_its_refresh() {
    OpenOrder order = defaultOrder().fulfilmentDate(TODAY).build();
    Listing listing = listings.of(order, winnipeg, NOW);
    IndexedListing stored = listing.indexed();

    assertThat(listing.needsWriteOver(null, NOW)).isTrue();
    assertThat(listing.needsWriteOver(stored, NOW)).isFalse();
    assertThat(listing.needsWriteOver(stored, listing.refreshAt())).isTrue();
    assertThat(
            listing.needsWriteOver(
                new IndexedListing(java.util.Map.of(), listing.refreshAt()), NOW))
        .isTrue();
  }
}
