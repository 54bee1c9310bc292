package com.oom.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.oom.core.time.Holidays;
import com.oom.core.time.Province;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreDirectoryTest {

  private static final LocalDate LOUIS_RIEL_DAY_2028 = LocalDate.of(2028, 2, 21);
  private static final LocalDate BOXING_DAY_2028 = LocalDate.of(2028, 12, 26);

  @Test
  void a_store_with_a_province_keeps_that_provinces_holidays() {
    StoreDirectory stores =
        StoreDirectory.standardStores(
            "101=America/Winnipeg@MB, 202=America/Regina@sk,303=America/Toronto");

    assertThat(stores.storeIds()).containsExactly("101", "202", "303");
    assertThat(stores.province("101")).contains(Province.MB);
    assertThat(stores.province("202")).contains(Province.SK);
    assertThat(stores.province("303")).isEmpty();
    assertThat(stores.forStore("101").zone()).isEqualTo(ZoneId.of("America/Winnipeg"));
    assertThat(stores.forStore("101").holidays()).isEqualTo(Holidays.of(Province.MB));
    assertThat(stores.forStore("101").isBusinessDay(LOUIS_RIEL_DAY_2028)).isFalse();
    assertThat(stores.forStore("101").isBusinessDay(BOXING_DAY_2028)).isTrue();
  }

  @Test
  void a_store_without_a_province_keeps_the_federal_holidays_for_any_year() {
    StoreDirectory stores = StoreDirectory.standardStores("303=America/Toronto");

    assertThat(stores.forStore("303").holidays()).isEqualTo(Holidays.federal());
    assertThat(stores.forStore("303").isBusinessDay(BOXING_DAY_2028)).isFalse();
    assertThat(stores.forStore("303").isBusinessDay(LOUIS_RIEL_DAY_2028)).isTrue();
    assertThat(stores.forStore("303").isHoliday(LocalDate.of(2100, 12, 25))).isTrue();
  }

  @Test
  void an_unknown_province_is_refused_naming_the_store_and_the_value() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> StoreDirectory.standardStores("101=America/Winnipeg@MB,202=America/Regina@XX"))
        .withMessageContaining("store 202")
        .withMessageContaining("unknown province 'XX'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StoreDirectory.standardStores("101=America/Winnipeg@"))
        .withMessageContaining("store 101")
        .withMessageContaining("unknown province ''");
  }

  @Test
  void an_unknown_zone_or_malformed_entry_is_still_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StoreDirectory.standardStores("101=America/Nowhere@MB"))
        .withMessage("store 101: unknown time zone America/Nowhere");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StoreDirectory.standardStores("101"))
        .withMessageContaining("is not id=TimeZone");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StoreDirectory.standardStores(" "))
        .withMessageContaining("no stores configured");
  }

  @Test
  void a_province_for_a_store_not_in_the_directory_is_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new StoreDirectory(
                    Map.of("101", ZoneId.of("America/Winnipeg")), Map.of("999", Province.MB)))
        .withMessage("province given for unknown store 999");
  }
}
