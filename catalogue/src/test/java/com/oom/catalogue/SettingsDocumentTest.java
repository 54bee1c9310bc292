package com.oom.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.config.OomConfig;
import com.oom.core.time.ContactSlot;
import com.oom.core.time.QuietHours;
import com.oom.core.time.SlotBoundaries;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.ObjectMapper;

class SettingsDocumentTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @SuppressWarnings("unchecked")
  private static OomConfig parse(String json) {
    return SettingsDocument.read(JSON.readValue(json, Map.class));
  }

  @Test
  void anEmptyDocumentIsTheDefaults() {
    assertThat(parse("{}")).isEqualTo(OomConfig.defaults());
  }

  @Test
  void everyFieldIsSettable() throws Exception {
    OomConfig config =
        parse(
            """
            {"noContactMinAttempts": 4, "noContactSpan": "P5D",
             "noContactSlots": ["WEEKDAY_DAY", "WEEKEND"],
             "balanceDueGrace": "PT48H", "cancelRequestGrace": "PT24H",
             "slotBoundaries": {"dayStarts": "07:30", "nightStarts": "16:00"},
             "quietHours": {"weekdayStart": "08:00", "weekdayEnd": "20:00",
                            "weekendStart": "11:00", "weekendEnd": "17:00"},
             "smsDailyCap": 2, "confirmationWindowBusinessDays": 3, "pastDueAfterDays": 4,
             "reminderLeadBusinessDays": 2, "erpEchoWithin": "PT6H", "svcDueBusinessDays": 5,
             "starvationAfterBusinessDays": 12, "timeFrameLead": "PT90M"}
            """);
    assertThat(config)
        .isEqualTo(
            new OomConfig(
                4,
                Duration.ofDays(5),
                EnumSet.of(ContactSlot.WEEKDAY_DAY, ContactSlot.WEEKEND),
                Duration.ofHours(48),
                Duration.ofHours(24),
                new SlotBoundaries(LocalTime.of(7, 30), LocalTime.of(16, 0)),
                new QuietHours(
                    LocalTime.of(8, 0),
                    LocalTime.of(20, 0),
                    LocalTime.of(11, 0),
                    LocalTime.of(17, 0)),
                2,
                3,
                4,
                2,
                Duration.ofHours(6),
                5,
                12,
                Duration.ofMinutes(90)));
    for (String field : SettingsDocument.FIELDS) {
      java.lang.reflect.Method accessor = OomConfig.class.getMethod(field);
      assertThat(accessor.invoke(config))
          .as(field + " differs from its default")
          .isNotEqualTo(accessor.invoke(OomConfig.defaults()));
    }
  }

  @Test
  void anAbsentFieldKeepsItsDefaultEvenInsideANestedObject() {
    OomConfig config = parse("{\"quietHours\": {\"weekdayEnd\": \"20:00\"}}");
    assertThat(config.quietHours().weekdayEnd()).isEqualTo(LocalTime.of(20, 0));
    assertThat(config.quietHours().weekdayStart()).isEqualTo(LocalTime.of(9, 0));
    assertThat(config.smsDailyCap()).isEqualTo(3);
  }

  @Test
  void whatIsWrittenReadsBackAsTheSameConfig() {
    OomConfig config = OomConfig.defaults().withSmsDailyCap(7).withNoContactMinAttempts(2);
    assertThat(parse(SettingsDocument.write(config))).isEqualTo(config);
    assertThat(parse(SettingsDocument.write(OomConfig.defaults()))).isEqualTo(OomConfig.defaults());
    assertThat(SettingsDocument.write(OomConfig.defaults()))
        .contains(
            "\"smsDailyCap\":3", "\"balanceDueGrace\":\"PT72H\"", "\"weekdayStart\":\"09:00\"");
  }

  @ParameterizedTest(name = "{0} refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"noContactMinAttempts\": 0}|noContactMinAttempts must be between 1 and 20, was 0",
        "{\"noContactSpan\": \"PT0S\"}|noContactSpan must be between PT1H and PT720H, was PT0S",
        "{\"noContactSpan\": \"a week\"}|noContactSpan must be an ISO-8601 duration",
        "{\"noContactSlots\": []}|noContactSlots must name at least one",
        "{\"noContactSlots\": [\"LUNCH\"]}|noContactSlots must be a list of WEEKDAY_DAY",
        "{\"noContactSlots\": \"WEEKEND\"}|noContactSlots must be a list of WEEKDAY_DAY",
        "{\"balanceDueGrace\": \"-PT1H\"}|balanceDueGrace must be between PT0S and PT720H",
        "{\"cancelRequestGrace\": \"P31D\"}|cancelRequestGrace must be between PT0S and PT720H",
        "{\"slotBoundaries\": {\"dayStarts\": \"18:00\"}}|slotBoundaries: dayStarts (18:00) must be before nightStarts",
        "{\"slotBoundaries\": {\"nightStarts\": \"5pm\"}}|slotBoundaries.nightStarts must be a time HH:mm",
        "{\"slotBoundaries\": {\"dusk\": \"20:00\"}}|unknown setting 'slotBoundaries.dusk'",
        "{\"slotBoundaries\": 8}|slotBoundaries must be an object",
        "{\"quietHours\": {\"weekdayStart\": \"22:00\"}}|quietHours: weekdayStart (22:00) must be before weekdayEnd",
        "{\"quietHours\": {\"weekendEnd\": \"25:00\"}}|quietHours.weekendEnd must be a time HH:mm",
        "{\"smsDailyCap\": 0}|smsDailyCap must be between 1 and 20, was 0",
        "{\"smsDailyCap\": 2.5}|smsDailyCap must be a whole number, was 2.5",
        "{\"smsDailyCap\": \"3\"}|smsDailyCap must be a whole number, was 3",
        "{\"confirmationWindowBusinessDays\": 11}|confirmationWindowBusinessDays must be between 1 and 10, was 11",
        "{\"pastDueAfterDays\": 0}|pastDueAfterDays must be between 1 and 30, was 0",
        "{\"reminderLeadBusinessDays\": 0}|reminderLeadBusinessDays must be between 1 and 10, was 0",
        "{\"erpEchoWithin\": \"PT0S\"}|erpEchoWithin must be between PT1M and PT72H, was PT0S",
        "{\"svcDueBusinessDays\": 31}|svcDueBusinessDays must be between 1 and 30, was 31",
        "{\"starvationAfterBusinessDays\": 0}|starvationAfterBusinessDays must be between 1 and 60, was 0",
        "{\"timeFrameLead\": \"PT25H\"}|timeFrameLead must be between PT0S and PT24H, was PT25H",
        "{\"smsDailyCaps\": 3}|unknown setting 'smsDailyCaps'",
      })
  void eachInvalidValueIsRefusedWithItsName(String document, String message) {
    assertThatThrownBy(() -> parse(document))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void theFieldsAreTheConfigsComponentsInOrder() {
    List<String> components =
        java.util.Arrays.stream(OomConfig.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName)
            .toList();
    assertThat(SettingsDocument.FIELDS).isEqualTo(components);
  }
}
