package com.oom.catalogue;

import com.oom.core.time.OpeningHours;
import com.oom.core.time.Province;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A deployment's store directory as one JSON document, the file a stage names ({@code
 * infrastructure/stores/<stage>.json}):
 *
 * <pre>{@code
 * {"stores": [{
 *   "id": "101", "name": "Winnipeg Kenaston", "zone": "America/Winnipeg", "province": "MB",
 *   "hours": {"MONDAY-FRIDAY": "09:00-21:00", "SATURDAY": "09:00-18:00"},
 *   "endOfBusinessDay": "20:30",
 *   "closures": ["2026-12-24", "2027-01-02/2027-01-03"], "opensOn": ["2026-12-26"],
 *   "pickupLocationId": "888", "handOffQueue": "oom-handoff-101.fifo"}]}
 * }</pre>
 *
 * <p>{@code id}, {@code name}, {@code zone} and {@code hours} are required; without a {@code
 * province} a store keeps the federal holidays, without {@code endOfBusinessDay} its day ends when
 * it closes, without {@code handOffQueue} its queue is {@code oom-handoff-<id>.fifo}. Errors name
 * the store and the field: an unknown zone or province, hours that overlap (a day given twice) or
 * close before they open, a store listed twice, two stores sharing a hand-off queue, an unknown
 * field.
 *
 * <p>JDK only: it reads the document already parsed into maps, lists and strings, so the CDK app
 * validates at synth time exactly what the functions validate at start.
 */
public final class StoreDirectoryDocument {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  public static final List<String> FIELDS =
      List.of(
          "id",
          "name",
          "zone",
          "province",
          "hours",
          "endOfBusinessDay",
          "closures",
          "opensOn",
          "pickupLocationId",
          "handOffQueue");

  private StoreDirectoryDocument() {}

  /**
   * The directory a parsed document describes.
   *
   * @throws IllegalArgumentException naming the store and the field that is wrong
   */
  public static StoreDirectory read(Map<String, ?> document) {
    if (document == null) {
      throw new IllegalArgumentException("the store directory must be a JSON object");
    }
    for (String key : document.keySet()) {
      if (!key.equals("stores")) {
        throw new IllegalArgumentException(
            "unknown field '" + key + "' in the store directory (expected only 'stores')");
      }
    }
    if (!(document.get("stores") instanceof List<?> entries) || entries.isEmpty()) {
      throw new IllegalArgumentException(
          "the store directory needs 'stores': a list of at least one store");
    }
    List<Store> stores = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (!(entries.get(i) instanceof Map<?, ?> entry)) {
        throw new IllegalArgumentException("stores[" + i + "] must be an object");
      }
      stores.add(store(entry, i));
    }
    return new StoreDirectory(stores);
  }

  /** The directory as the JSON document {@link #read} reads back (every field written out). */
  public static String write(StoreDirectory directory) {
    StringJoiner stores = new StringJoiner(",", "{\"stores\":[", "]}");
    for (Store store : directory.stores()) {
      StringJoiner json = new StringJoiner(",", "{", "}");
      json.add(field("id", quoted(store.id())));
      json.add(field("name", quoted(store.name())));
      json.add(field("zone", quoted(store.zone().getId())));
      store.province().ifPresent(p -> json.add(field("province", quoted(p.code()))));
      json.add(field("hours", hours(store.hours())));
      store
          .endOfBusinessDay()
          .ifPresent(end -> json.add(field("endOfBusinessDay", quoted(HH_MM.format(end)))));
      json.add(field("closures", list(store.closures())));
      json.add(field("opensOn", list(store.opensOn())));
      store.pickupLocationId().ifPresent(l -> json.add(field("pickupLocationId", quoted(l))));
      json.add(field("handOffQueue", quoted(store.handOffQueue())));
      stores.add(json.toString());
    }
    return stores.toString();
  }

  /** Consecutive days with the same hours as one range: {@code "MONDAY-FRIDAY":"09:00-21:00"}. */
  private static String hours(Map<DayOfWeek, OpeningHours> hours) {
    StringJoiner json = new StringJoiner(",", "{", "}");
    DayOfWeek first = null;
    DayOfWeek previous = null;
    for (DayOfWeek day : DayOfWeek.values()) {
      OpeningHours open = hours.get(day);
      if (first != null && (open == null || !open.equals(hours.get(previous)))) {
        json.add(dayRange(first, previous, hours.get(first)));
        first = null;
      }
      if (open != null && first == null) {
        first = day;
      }
      previous = day;
    }
    if (first != null) {
      json.add(dayRange(first, DayOfWeek.SUNDAY, hours.get(first)));
    }
    return json.toString();
  }

  private static String dayRange(DayOfWeek first, DayOfWeek last, OpeningHours open) {
    String days = first == last ? first.name() : first + "-" + last;
    return field(days, quoted(HH_MM.format(open.opens()) + "-" + HH_MM.format(open.closes())));
  }

  private static String list(List<?> values) {
    StringJoiner json = new StringJoiner(",", "[", "]");
    values.forEach(value -> json.add(quoted(value.toString())));
    return json.toString();
  }

  private static String field(String name, String value) {
    return quoted(name) + ":" + value;
  }

  /** A JSON string: quotes, backslashes and control characters escaped. */
  private static String quoted(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }

  private static Store store(Map<?, ?> entry, int index) {
    Object rawId = entry.get("id");
    if (!(rawId instanceof String id) || id.isBlank()) {
      throw new IllegalArgumentException("stores[" + index + "]: 'id' is required (a string)");
    }
    Fields f = new Fields(entry, "store " + id + ": ");
    for (Object key : entry.keySet()) {
      if (!FIELDS.contains(String.valueOf(key))) {
        throw f.error("unknown field '" + key + "' (known: " + String.join(", ", FIELDS) + ")");
      }
    }
    return new Store(
        id,
        f.required("name"),
        zone(f),
        f.optional("province").map(code -> province(f, code)),
        hours(f),
        f.optional("endOfBusinessDay").map(time -> time(f, "endOfBusinessDay", time)),
        f.list("closures").stream().map(value -> closure(f, value)).toList(),
        f.list("opensOn").stream().map(value -> date(f, "opensOn", value)).toList(),
        f.optional("pickupLocationId"),
        f.optional("handOffQueue").orElseGet(() -> Queues.defaultHandOff(id)));
  }

  private static ZoneId zone(Fields f) {
    String zone = f.required("zone");
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw f.error("unknown time zone '" + zone + "' (expected an IANA zone: America/Winnipeg)");
    }
  }

  private static Province province(Fields f, String code) {
    return Province.fromCode(code)
        .orElseThrow(
            () ->
                f.error(
                    "unknown province '"
                        + code
                        + "' (expected a two-letter code: "
                        + Arrays.toString(Province.values())
                        + ")"));
  }

  private static Map<DayOfWeek, OpeningHours> hours(Fields f) {
    Map<?, ?> object = f.object("hours");
    Map<DayOfWeek, OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
    Map<DayOfWeek, String> givenBy = new HashMap<>();
    object.forEach(
        (key, value) -> {
          String days = String.valueOf(key);
          OpeningHours open = openingHours(f, days, value);
          for (DayOfWeek day : days(f, days)) {
            String earlier = givenBy.put(day, days);
            if (earlier != null) {
              throw f.error("hours overlap: " + day + " is in both " + earlier + " and " + days);
            }
            hours.put(day, open);
          }
        });
    return hours;
  }

  /** {@code MONDAY} or {@code MONDAY-FRIDAY}. */
  private static List<DayOfWeek> days(Fields f, String key) {
    String[] ends = key.split("-", -1);
    if (ends.length > 2) {
      throw f.error("hours: '" + key + "' is not a day or a range of days (MONDAY-FRIDAY)");
    }
    DayOfWeek first = day(f, key, ends[0]);
    DayOfWeek last = ends.length == 2 ? day(f, key, ends[1]) : first;
    if (last.compareTo(first) < 0) {
      throw f.error("hours: '" + key + "' must run from Monday towards Sunday");
    }
    return Arrays.stream(DayOfWeek.values())
        .filter(d -> d.compareTo(first) >= 0 && d.compareTo(last) <= 0)
        .toList();
  }

  private static DayOfWeek day(Fields f, String key, String name) {
    try {
      return DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw f.error("hours: '" + key + "' names no day of the week (MONDAY ... SUNDAY)");
    }
  }

  private static OpeningHours openingHours(Fields f, String days, Object value) {
    String text = String.valueOf(value);
    String[] ends = text.split("-", -1);
    if (!(value instanceof String) || ends.length != 2) {
      throw f.error("hours." + days + " must be 'HH:mm-HH:mm' such as 09:00-21:00, was " + value);
    }
    LocalTime opens = time(f, "hours." + days, ends[0]);
    LocalTime closes = time(f, "hours." + days, ends[1]);
    if (!opens.isBefore(closes)) {
      throw f.error("hours." + days + " closes (" + closes + ") before it opens (" + opens + ")");
    }
    return new OpeningHours(opens, closes);
  }

  private static Store.Closure closure(Fields f, Object value) {
    String text = String.valueOf(value);
    String[] ends = text.split("/", -1);
    if (!(value instanceof String) || ends.length > 2) {
      throw f.error("closures: '" + value + "' is not a date or a range (2027-01-02/2027-01-03)");
    }
    LocalDate first = date(f, "closures", ends[0]);
    LocalDate last = ends.length == 2 ? date(f, "closures", ends[1]) : first;
    try {
      return new Store.Closure(first, last);
    } catch (IllegalArgumentException e) {
      throw f.error(e.getMessage());
    }
  }

  private static LocalDate date(Fields f, String field, Object value) {
    try {
      return LocalDate.parse(String.valueOf(value).strip());
    } catch (DateTimeParseException e) {
      throw f.error(field + ": '" + value + "' is not a date (2026-12-24)");
    }
  }

  private static LocalTime time(Fields f, String field, String value) {
    try {
      return LocalTime.parse(value.strip(), HH_MM);
    } catch (DateTimeParseException e) {
      throw f.error(field + ": '" + value + "' is not a time HH:mm such as 09:00");
    }
  }

  /** Typed reads of one store's fields, each error naming the store. */
  private record Fields(Map<?, ?> entry, String where) {

    String required(String name) {
      return optional(name).orElseThrow(() -> error("'" + name + "' is required"));
    }

    Optional<String> optional(String name) {
      Object value = entry.get(name);
      if (value == null) {
        return Optional.empty();
      }
      if (!(value instanceof String text)) {
        throw error("'" + name + "' must be a string, was " + value);
      }
      return Optional.of(text.strip()).filter(s -> !s.isEmpty());
    }

    Map<?, ?> object(String name) {
      Object value = entry.get(name);
      if (value == null) {
        throw error("'" + name + "' is required");
      }
      if (!(value instanceof Map<?, ?> map)) {
        throw error("'" + name + "' must be an object, was " + value);
      }
      return map;
    }

    List<?> list(String name) {
      Object value = entry.get(name);
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof List<?> list)) {
        throw error("'" + name + "' must be a list, was " + value);
      }
      return list;
    }

    IllegalArgumentException error(String message) {
      return new IllegalArgumentException(where + message);
    }
  }
}
