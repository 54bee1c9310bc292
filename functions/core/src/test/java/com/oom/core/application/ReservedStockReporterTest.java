package com.oom.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.port.BusinessCalendars;
import com.oom.core.time.BusinessCalendar;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which store's start of day states a location's reserved stock: one store per location. */
class ReservedStockReporterTest {

  /** Stores 303, 101, 202 (not in id order); 202 and 303 pick up at 888, 101 at its own floor. */
  private static final BusinessCalendars STORES =
      new BusinessCalendars() {
        private final Map<String, String> pickup = Map.of("202", "888", "303", "888", "101", "101");

        @Override
        public BusinessCalendar forStore(String storeId) {
          return BusinessCalendar.standard(storeId, ZoneId.of("America/Winnipeg"));
        }

        @Override
        public List<String> storeIds() {
          return List.of("303", "101", "202");
        }

        @Override
        public Optional<String> pickupLocationOf(String storeId) {
          return Optional.ofNullable(pickup.get(storeId));
        }
      };

  @Test
  void a_pick_up_location_is_reported_by_the_first_store_by_id_that_uses_it() {
    assertThat(MeasureReservedStock.reporterOf("888", STORES)).contains("202");
    assertThat(MeasureReservedStock.reporterOf("101", STORES)).contains("101");
  }

  @Test
  void a_location_no_store_uses_is_reported_by_the_first_store_of_the_directory() {
    assertThat(MeasureReservedStock.reporterOf("777", STORES)).contains("101");
  }

  @Test
  void a_directory_that_cannot_list_its_stores_names_no_reporter_so_every_store_reports() {
    BusinessCalendars storeByStore =
        storeId -> BusinessCalendar.standard(storeId, ZoneId.of("America/Winnipeg"));

    assertThat(MeasureReservedStock.reporterOf("888", storeByStore)).isEmpty();
  }
}
