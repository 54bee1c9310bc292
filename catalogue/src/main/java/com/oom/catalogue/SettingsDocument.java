package com.oom.catalogue;

import com.oom.core.config.OomConfig;
import com.oom.core.time.ContactSlot;
import com.oom.core.time.QuietHours;
import com.oom.core.time.SlotBoundaries;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A deployment's thresholds ({@link OomConfig}) as one JSON document, the value of {@link
 * Setting#SETTINGS}: {@code {"smsDailyCap": 3, "balanceDueGrace": "PT72H", "quietHours":
 * {"weekdayStart": "09:00", ...}, "noContactSlots": ["WEEKDAY_DAY", ...], ...}}. Durations are
 * ISO-8601, times {@code HH:mm}; an absent field keeps its default; an unknown field, a wrong type
 * or a value out of its range ({@code OomConfigRanges}) is refused with the setting's name.
 *
 * <p>JDK only: it reads the document already parsed into maps, lists, strings and numbers (the CDK
 * app's context, or a JSON parser on the functions' side) and writes it as JSON, so the CDK app
 * validates at synth time exactly what the functions validate at init.
 */
public final class SettingsDocument {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  /** Every top-level field, in the document's order. */
  public static final List<String> FIELDS =
      List.of(
          "noContactMinAttempts",
          "noContactSpan",
          "noContactSlots",
          "balanceDueGrace",
          "cancelRequestGrace",
          "slotBoundaries",
          "quietHours",
          "smsDailyCap",
          "confirmationWindowBusinessDays",
          "pastDueAfterDays",
          "reminderLeadBusinessDays",
          "erpEchoWithin",
          "svcDueBusinessDays",
          "starvationAfterBusinessDays",
          "timeFrameLead");

  private static final List<String> SLOT_FIELDS = List.of("dayStarts", "nightStarts");
  private static final List<String> QUIET_FIELDS =
      List.of("weekdayStart", "weekdayEnd", "weekendStart", "weekendEnd");

  private SettingsDocument() {}

  /**
   * The config a parsed document describes, the defaults where it is silent.
   *
   * @throws IllegalArgumentException naming the setting that is unknown, of the wrong type or out
   *     of its range
   */
  public static OomConfig read(Map<String, ?> document) {
    requireKnown(document, FIELDS, "");
    OomConfig d = OomConfig.defaults();
    Fields f = new Fields(document, "");
    return new OomConfig(
        f.whole("noContactMinAttempts", d.noContactMinAttempts()),
        f.duration("noContactSpan", d.noContactSpan()),
        f.slots("noContactSlots", d.noContactSlots()),
        f.duration("balanceDueGrace", d.balanceDueGrace()),
        f.duration("cancelRequestGrace", d.cancelRequestGrace()),
        slotBoundaries(f.object("slotBoundaries"), d.slotBoundaries()),
        quietHours(f.object("quietHours"), d.quietHours()),
        f.whole("smsDailyCap", d.smsDailyCap()),
        f.whole("confirmationWindowBusinessDays", d.confirmationWindowBusinessDays()),
        f.whole("pastDueAfterDays", d.pastDueAfterDays()),
        f.whole("reminderLeadBusinessDays", d.reminderLeadBusinessDays()),
        f.duration("erpEchoWithin", d.erpEchoWithin()),
        f.whole("svcDueBusinessDays", d.svcDueBusinessDays()),
        f.whole("starvationAfterBusinessDays", d.starvationAfterBusinessDays()),
        f.duration("timeFrameLead", d.timeFrameLead()));
  }

  /** Every field of {@code config}, as the JSON document {@link #read} reads back. */
  public static String write(OomConfig config) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("noContactMinAttempts", String.valueOf(config.noContactMinAttempts()));
    fields.put("noContactSpan", quoted(config.noContactSpan()));
    List<String> slots = new ArrayList<>();
    for (ContactSlot slot : ContactSlot.values()) {
      if (config.noContactSlots().contains(slot)) {
        slots.add(quoted(slot.name()));
      }
    }
    fields.put("noContactSlots", "[" + String.join(",", slots) + "]");
    fields.put("balanceDueGrace", quoted(config.balanceDueGrace()));
    fields.put("cancelRequestGrace", quoted(config.cancelRequestGrace()));
    SlotBoundaries s = config.slotBoundaries();
    fields.put(
        "slotBoundaries",
        object(
            Map.of("dayStarts", time(s.dayStarts()), "nightStarts", time(s.nightStarts())),
            SLOT_FIELDS));
    QuietHours q = config.quietHours();
    fields.put(
        "quietHours",
        object(
            Map.of(
                "weekdayStart", time(q.weekdayStart()),
                "weekdayEnd", time(q.weekdayEnd()),
                "weekendStart", time(q.weekendStart()),
                "weekendEnd", time(q.weekendEnd())),
            QUIET_FIELDS));
    fields.put("smsDailyCap", String.valueOf(config.smsDailyCap()));
    fields.put(
        "confirmationWindowBusinessDays", String.valueOf(config.confirmationWindowBusinessDays()));
    fields.put("pastDueAfterDays", String.valueOf(config.pastDueAfterDays()));
    fields.put("reminderLeadBusinessDays", String.valueOf(config.reminderLeadBusinessDays()));
    fields.put("erpEchoWithin", quoted(config.erpEchoWithin()));
    fields.put("svcDueBusinessDays", String.valueOf(config.svcDueBusinessDays()));
    fields.put("starvationAfterBusinessDays", String.valueOf(config.starvationAfterBusinessDays()));
    fields.put("timeFrameLead", quoted(config.timeFrameLead()));
    return object(fields, FIELDS);
  }

  private static SlotBoundaries slotBoundaries(Map<String, ?> object, SlotBoundaries d) {
    if (object == null) {
      return d;
    }
    requireKnown(object, SLOT_FIELDS, "slotBoundaries.");
    Fields f = new Fields(object, "slotBoundaries.");
    try {
      return new SlotBoundaries(
          f.time("dayStarts", d.dayStarts()), f.time("nightStarts", d.nightStarts()));
    } catch (IllegalArgumentException e) {
      throw nested("slotBoundaries", e);
    }
  }

  private static QuietHours quietHours(Map<String, ?> object, QuietHours d) {
    if (object == null) {
      return d;
    }
    requireKnown(object, QUIET_FIELDS, "quietHours.");
    Fields f = new Fields(object, "quietHours.");
    try {
      return new QuietHours(
          f.time("weekdayStart", d.weekdayStart()),
          f.time("weekdayEnd", d.weekdayEnd()),
          f.time("weekendStart", d.weekendStart()),
          f.time("weekendEnd", d.weekendEnd()));
    } catch (IllegalArgumentException e) {
      throw nested("quietHours", e);
    }
  }

  private static IllegalArgumentException nested(String name, IllegalArgumentException e) {
    return e.getMessage().startsWith(name + ".")
        ? e
        : new IllegalArgumentException(name + ": " + e.getMessage(), e);
  }

  private static void requireKnown(Map<String, ?> object, List<String> known, String prefix) {
    if (object == null) {
      throw new IllegalArgumentException("the settings document must be a JSON object");
    }
    for (Object key : object.keySet()) {
      if (!known.contains(String.valueOf(key))) {
        throw new IllegalArgumentException(
            "unknown setting '" + prefix + key + "' (known: " + String.join(", ", known) + ")");
      }
    }
  }

  /** Typed reads of one object's fields, each error naming {@code prefix + field}. */
  private record Fields(Map<String, ?> object, String prefix) {

    int whole(String name, int fallback) {
      Object value = object.get(name);
      if (value == null) {
        return fallback;
      }
      if (value instanceof Number n
          && n.doubleValue() == Math.rint(n.doubleValue())
          && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE) {
        return n.intValue();
      }
      throw wrong(name, "a whole number", value);
    }

    Duration duration(String name, Duration fallback) {
      Object value = object.get(name);
      if (value == null) {
        return fallback;
      }
      try {
        return Duration.parse(String.valueOf(value));
      } catch (DateTimeParseException e) {
        throw wrong(name, "an ISO-8601 duration such as PT72H or P7D", value);
      }
    }

    LocalTime time(String name, LocalTime fallback) {
      Object value = object.get(name);
      if (value == null) {
        return fallback;
      }
      try {
        return LocalTime.parse(String.valueOf(value), HH_MM);
      } catch (DateTimeParseException e) {
        throw wrong(name, "a time HH:mm such as 09:00", value);
      }
    }

    Set<ContactSlot> slots(String name, Set<ContactSlot> fallback) {
      Object value = object.get(name);
      if (value == null) {
        return fallback;
      }
      if (!(value instanceof List<?> list)) {
        throw wrong(name, "a list of WEEKDAY_DAY, WEEKDAY_NIGHT, WEEKEND", value);
      }
      Set<ContactSlot> slots = EnumSet.noneOf(ContactSlot.class);
      for (Object item : list) {
        try {
          slots.add(ContactSlot.valueOf(String.valueOf(item)));
        } catch (IllegalArgumentException e) {
          throw wrong(name, "a list of WEEKDAY_DAY, WEEKDAY_NIGHT, WEEKEND", value);
        }
      }
      return slots;
    }

    @SuppressWarnings("unchecked")
    Map<String, ?> object(String name) {
      Object value = object.get(name);
      if (value == null) {
        return null;
      }
      if (value instanceof Map<?, ?> map) {
        return (Map<String, ?>) map;
      }
      throw wrong(name, "an object", value);
    }

    private IllegalArgumentException wrong(String name, String expected, Object value) {
      return new IllegalArgumentException(
          prefix + name + " must be " + expected + ", was " + value);
    }
  }

  private static String object(Map<String, String> fields, List<String> order) {
    StringJoiner json = new StringJoiner(",", "{", "}");
    for (String name : order) {
      json.add(quoted(name) + ":" + fields.get(name));
    }
    return json.toString();
  }

  private static String time(LocalTime time) {
    return quoted(HH_MM.format(time));
  }

  private static String quoted(Object value) {
    return "\"" + value + "\"";
  }
}
