package com.oom.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.time.BusinessCalendar;
import com.oom.core.time.OpeningHours;
import com.oom.core.time.Province;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** The store directory document: what it says, and every mistake named with its store. */
class StoreDirectoryDocumentTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String HALIFAX =
      """
      {"id": "404", "name": "Halifax Bayers Lake", "zone": "America/Halifax", "province": "NS",
       "hours": {"MONDAY-SATURDAY": "10:00-20:00", "SUNDAY": "12:00-17:00"},
       "endOfBusinessDay": "17:00",
       "closures": ["2027-01-04", "2027-03-01/2027-03-03"], "opensOn": ["2027-02-15"],
       "pickupLocationId": "888", "handOffQueue": "storis-404-oom.fifo"}
      """;

  private static final String WINNIPEG =
      """
      {"id": "101", "name": "Winnipeg", "zone": "America/Winnipeg", "province": "MB",
       "hours": {"MONDAY-FRIDAY": "09:00-21:00", "SATURDAY": "09:00-18:00"}}
      """;

  static StoreDirectory read(String... stores) {
    return StoreDirectoryDocument.read(parse("{\"stores\": [" + String.join(",", stores) + "]}"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String json) {
    return JSON.readValue(json, Map.class);
  }

  private static String halifaxWith(String field, String value) {
    return HALIFAX.replaceFirst("\"" + field + "\": (\"[^\"]*\"|\\[[^]]*]|\\{[^}]*})", value);
  }

  @Test
  void a_store_has_its_own_hours_per_weekday_zone_province_and_hand_off_queue() {
    Store halifax = read(HALIFAX).store("404").orElseThrow();

    assertThat(halifax.name()).isEqualTo("Halifax Bayers Lake");
    assertThat(halifax.zone()).isEqualTo(ZoneId.of("America/Halifax"));
    assertThat(halifax.province()).contains(Province.NS);
    assertThat(halifax.hours())
        .hasSize(7)
        .containsEntry(
            DayOfWeek.WEDNESDAY, new OpeningHours(LocalTime.of(10, 0), LocalTime.of(20, 0)))
        .containsEntry(
            DayOfWeek.SUNDAY, new OpeningHours(LocalTime.of(12, 0), LocalTime.of(17, 0)));
    assertThat(halifax.pickupLocationId()).contains("888");
    assertThat(halifax.handOffQueue()).isEqualTo("storis-404-oom.fifo");
    assertThat(halifax.endOfBusinessDay(DayOfWeek.MONDAY)).isEqualTo(LocalTime.of(17, 0));
  }

  @Test
  void without_the_optional_fields_a_store_keeps_federal_holidays_its_closing_time_and_own_queue() {
    Store store =
        read("""
                {"id": "505", "name": "Edmonton", "zone": "America/Edmonton",
                 "hours": {"TUESDAY": "08:00-16:00"}}
                """)
            .store("505")
            .orElseThrow();

    assertThat(store.province()).isEmpty();
    assertThat(store.calendar().holidays().jurisdiction()).isEqualTo("federal");
    assertThat(store.endOfBusinessDay(DayOfWeek.TUESDAY)).isEqualTo(LocalTime.of(16, 0));
    assertThat(store.handOffQueue()).isEqualTo("oom-handoff-505.fifo");
    assertThat(store.pickupLocationId()).isEmpty();
    assertThat(store.closures()).isEmpty();
  }

  @Test
  void closures_are_closed_days_and_opens_on_reopens_a_provincial_holiday() {
    BusinessCalendar calendar = read(HALIFAX).forStore("404");
    LocalDate heritageDay2027 = LocalDate.of(2027, 2, 15);

    assertThat(calendar.isBusinessDay(LocalDate.of(2027, 1, 4))).isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.of(2027, 3, 1))).isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.of(2027, 3, 3))).isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.of(2027, 3, 4))).isTrue();
    assertThat(calendar.isBusinessDay(heritageDay2027)).isTrue();
    assertThat(calendar.isBusinessDay(LocalDate.of(2027, 12, 25))).isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.of(2027, 1, 3))).isTrue(); // a Sunday it opens
  }

  @Test
  void written_out_the_directory_reads_back_the_same() {
    StoreDirectory directory = read(HALIFAX, WINNIPEG);

    StoreDirectory again =
        StoreDirectoryDocument.read(parse(StoreDirectoryDocument.write(directory)));

    assertThat(again.stores()).isEqualTo(directory.stores());
    assertThat(StoreDirectoryDocument.write(directory))
        .contains("\"MONDAY-SATURDAY\":\"10:00-20:00\",\"SUNDAY\":\"12:00-17:00\"")
        .contains("\"closures\":[\"2027-01-04\",\"2027-03-01/2027-03-03\"]");
  }

  @Test
  void a_name_with_quotes_survives_the_round_trip() {
    StoreDirectory directory =
        read(WINNIPEG.replace("\"Winnipeg\"", "\"Kenaston \\\"Big\\\" Store \\\\ Outlet\""));

    StoreDirectory again =
        StoreDirectoryDocument.read(parse(StoreDirectoryDocument.write(directory)));

    assertThat(again.store("101").orElseThrow().name())
        .isEqualTo("Kenaston \"Big\" Store \\ Outlet");
  }

  @Test
  void an_unknown_zone_is_refused_naming_the_store() {
    assertThatThrownBy(() -> read(WINNIPEG, halifaxWith("zone", "\"zone\": \"Canada/Nowhere\"")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "store 404: unknown time zone 'Canada/Nowhere' (expected an IANA zone:"
                + " America/Winnipeg)");
  }

  @Test
  void an_unknown_province_is_refused_naming_the_store() {
    assertThatThrownBy(() -> read(halifaxWith("province", "\"province\": \"XX\"")))
        .hasMessageContaining("store 404: unknown province 'XX'");
  }

  @Test
  void overlapping_hours_are_refused_naming_the_day_and_both_entries() {
    String overlapping =
        halifaxWith(
            "hours",
            "\"hours\": {\"MONDAY-SATURDAY\": \"10:00-20:00\", \"SATURDAY-SUNDAY\": \"12:00-17:00\"}");

    assertThatThrownBy(() -> read(overlapping))
        .hasMessage(
            "store 404: hours overlap: SATURDAY is in both MONDAY-SATURDAY and SATURDAY-SUNDAY");
  }

  @Test
  void hours_that_close_before_they_open_are_refused() {
    assertThatThrownBy(() -> read(halifaxWith("hours", "\"hours\": {\"MONDAY\": \"20:00-10:00\"}")))
        .hasMessage("store 404: hours.MONDAY closes (10:00) before it opens (20:00)");
    assertThatThrownBy(() -> read(halifaxWith("hours", "\"hours\": {\"MONDAY\": \"9-5\"}")))
        .hasMessageContaining("store 404: hours.MONDAY: '9' is not a time HH:mm");
    assertThatThrownBy(
            () -> read(halifaxWith("hours", "\"hours\": {\"FRIDAY-MONDAY\": \"09:00-17:00\"}")))
        .hasMessageContaining("'FRIDAY-MONDAY' must run from Monday towards Sunday");
    assertThatThrownBy(
            () -> read(halifaxWith("hours", "\"hours\": {\"MONDAYS\": \"09:00-17:00\"}")))
        .hasMessageContaining("'MONDAYS' names no day of the week");
    assertThatThrownBy(() -> read(halifaxWith("hours", "\"hours\": {}")))
        .hasMessageContaining("store 404: it opens on no day of the week");
  }

  @Test
  void a_store_listed_twice_is_refused() {
    assertThatThrownBy(() -> read(WINNIPEG, HALIFAX, WINNIPEG))
        .hasMessage("store 101 is listed twice");
  }

  @Test
  void two_stores_sharing_a_hand_off_queue_are_refused() {
    String second =
        WINNIPEG.replace(
            "\"id\": \"101\"", "\"id\": \"102\", \"handOffQueue\": \"oom-handoff-101.fifo\"");

    assertThatThrownBy(() -> read(WINNIPEG, second))
        .hasMessage(
            "stores 101 and 102 both name hand-off queue oom-handoff-101.fifo: each store needs its own");
  }

  @Test
  void an_end_of_business_day_outside_a_days_hours_is_refused() {
    assertThatThrownBy(
            () -> read(halifaxWith("endOfBusinessDay", "\"endOfBusinessDay\": \"18:00\"")))
        .hasMessageContaining(
            "store 404: endOfBusinessDay 18:00 is outside its SUNDAY hours 12:00-17:00");
    assertThatThrownBy(
            () -> read(halifaxWith("endOfBusinessDay", "\"endOfBusinessDay\": \"12:04\"")))
        .hasMessageContaining("at least 5 minutes after opening");
  }

  @Test
  void closures_and_openings_that_make_no_sense_are_refused() {
    assertThatThrownBy(
            () -> read(halifaxWith("closures", "\"closures\": [\"2027-03-03/2027-03-01\"]")))
        .hasMessage("store 404: closure 2027-03-03/2027-03-01 ends before it starts");
    assertThatThrownBy(
            () -> read(halifaxWith("closures", "\"closures\": [\"2027-01-01/2028-06-01\"]")))
        .hasMessageContaining("longer than 366 days: take the store out of the directory instead");
    assertThatThrownBy(() -> read(halifaxWith("closures", "\"closures\": [\"next week\"]")))
        .hasMessageContaining("store 404: closures: 'next week' is not a date");
    assertThatThrownBy(() -> read(halifaxWith("opensOn", "\"opensOn\": [\"2027-02-16\"]")))
        .hasMessage("store 404: opensOn 2027-02-16 is not one of its NS holidays");
    assertThatThrownBy(() -> read(halifaxWith("closures", "\"closures\": [\"2027-02-15\"]")))
        .hasMessage("store 404: 2027-02-15 is both in closures and in opensOn");
  }

  @Test
  void a_field_the_document_does_not_know_is_refused_rather_than_ignored() {
    assertThatThrownBy(() -> read(WINNIPEG.replace("\"zone\"", "\"timezone\": \"x\", \"zone\"")))
        .hasMessageStartingWith("store 101: unknown field 'timezone' (known: id, name, zone,");
    assertThatThrownBy(() -> StoreDirectoryDocument.read(parse("{\"store\": []}")))
        .hasMessageContaining("unknown field 'store' in the store directory");
    assertThatThrownBy(() -> StoreDirectoryDocument.read(parse("{\"stores\": []}")))
        .hasMessageContaining("a list of at least one store");
  }

  @Test
  void a_missing_required_field_or_a_bad_queue_name_is_named() {
    assertThatThrownBy(() -> read(WINNIPEG.replace("\"name\": \"Winnipeg\",", "")))
        .hasMessage("store 101: 'name' is required");
    assertThatThrownBy(() -> read("{\"name\": \"x\"}"))
        .hasMessage("stores[0]: 'id' is required (a string)");
    assertThatThrownBy(() -> read(halifaxWith("handOffQueue", "\"handOffQueue\": \"storis-404\"")))
        .hasMessageContaining("store 404: handOffQueue 'storis-404' is not a FIFO queue name");
    assertThatThrownBy(() -> read(halifaxWith("pickupLocationId", "\"pickupLocationId\": \"8 8\"")))
        .hasMessageContaining("store 404: pickupLocationId '8 8' is not 1 to 40 letters");
  }
}
