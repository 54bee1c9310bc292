package com.oom.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidaysTest {

  private static final LocalDate CHRISTMAS_2100 = LocalDate.of(2100, 12, 25);

  @Test
  void answers_any_year_not_only_2026_and_2027() {
    Holidays federal = Holidays.federal();

    assertThat(federal.isHoliday(LocalDate.of(2028, 12, 25))).isTrue();
    assertThat(federal.isHoliday(CHRISTMAS_2100)).isTrue();
    assertThat(federal.isHoliday(LocalDate.of(2100, 3, 26))).isTrue(); // Good Friday 2100
    assertThat(federal.isHoliday(LocalDate.of(2100, 12, 24))).isFalse();
  }

  @Test
  void a_province_replaces_the_federal_list() {
    Holidays manitoba = Holidays.of(Province.MB);
    Holidays ontario = Holidays.of(Province.ON);
    LocalDate louisRielDay2028 = LocalDate.of(2028, 2, 21);
    LocalDate remembranceDay2026 = LocalDate.of(2026, 11, 11);
    LocalDate boxingDay2028 = LocalDate.of(2028, 12, 26);

    assertThat(manitoba.isHoliday(louisRielDay2028)).isTrue();
    assertThat(Holidays.federal().isHoliday(louisRielDay2028)).isFalse();
    assertThat(manitoba.isHoliday(boxingDay2028)).isFalse();
    assertThat(ontario.isHoliday(boxingDay2028)).isTrue();
    assertThat(ontario.isHoliday(remembranceDay2026)).isFalse();
    assertThat(Holidays.forProvince(Optional.empty())).isEqualTo(Holidays.federal());
    assertThat(Holidays.forProvince(Optional.of(Province.ON))).isEqualTo(ontario);
  }

  @Test
  void the_retailer_can_add_or_remove_a_day_for_a_store() {
    LocalDate stocktaking = LocalDate.of(2028, 1, 4);
    LocalDate boxingDay = LocalDate.of(2028, 12, 26);
    Holidays store = Holidays.of(Province.ON).plus(stocktaking).minus(boxingDay);

    assertThat(store.isHoliday(stocktaking)).isTrue();
    assertThat(store.isHoliday(boxingDay)).isFalse();
    assertThat(store.datesIn(2028)).contains(stocktaking).doesNotContain(boxingDay);
    assertThat(store.plus(boxingDay).isHoliday(boxingDay)).isTrue();
    assertThat(store.minus(stocktaking).isHoliday(stocktaking)).isFalse();
    assertThat(Holidays.of(Province.ON).isHoliday(boxingDay)).isTrue();
  }

  @Test
  void the_year_is_computed_once_and_kept() {
    Holidays quebec = Holidays.of(Province.QC);

    assertThat(quebec.inYear(2050)).isSameAs(quebec.inYear(2050));
  }

  @Test
  void equal_when_jurisdiction_and_adjustments_are_equal() {
    LocalDate day = LocalDate.of(2030, 3, 4);

    assertThat(Holidays.of(Province.SK).plus(day)).isEqualTo(Holidays.of(Province.SK).plus(day));
    assertThat(Holidays.of(Province.SK)).isNotEqualTo(Holidays.of(Province.MB));
    assertThat(Holidays.exactly(Set.of(day))).isEqualTo(Holidays.exactly(Set.of(day)));
    assertThat(Holidays.exactly(Set.of(day)).isHoliday(day)).isTrue();
    assertThat(Holidays.exactly(Set.of()).isHoliday(CHRISTMAS_2100)).isFalse();
  }

  @Test
  void rejects_null_days() {
    assertThatNullPointerException()
        .isThrownBy(() -> Holidays.exactly(null))
        .withMessage("holidays must not be null");
    assertThatNullPointerException().isThrownBy(() -> Holidays.federal().plus(null));
  }

  @Test
  void a_stores_own_closures_and_openings_adjust_its_province_days() {
    LocalDate renovation = LocalDate.of(2027, 3, 3);
    LocalDate louisRielDay2027 = LocalDate.of(2027, 2, 15);

    Holidays adjusted =
        Holidays.of(Province.MB).adjusted(Set.of(renovation), Set.of(louisRielDay2027));

    assertThat(adjusted.isHoliday(renovation)).isTrue();
    assertThat(adjusted.isHoliday(louisRielDay2027)).isFalse();
    assertThat(adjusted.isHoliday(LocalDate.of(2027, 12, 25))).isTrue();
    assertThat(adjusted.datesIn(2027)).contains(renovation).doesNotContain(louisRielDay2027);
  }

  @Test
  void a_day_both_closed_and_open_is_refused() {
    LocalDate day = LocalDate.of(2027, 3, 3);

    assertThatThrownBy(() -> Holidays.federal().adjusted(Set.of(day), Set.of(day)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2027-03-03 cannot be both closed and open");
  }
}
