package com.oom.local;

import com.oom.core.worklist.WorkListKind;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The demo's daily table: one row a business day. The work-list columns are every {@link
 * WorkListKind}, in its order, each under a short label; the last, the agents' answers to guests'
 * texts: sent / deferred (quiet hours, the daily cap) / refused by the texting policy.
 */
final class DemoTable {
  private static final String ROW = "%-14s %-40s %7s %5s %-44s %-28s %6s %12s %-20s %-14s  %s%n";

  private DemoTable() {}

  static String header() {
    return ROW.formatted(
        "day",
        "work lists (" + joined(DemoTable::label) + ")",
        "no step",
        "calls",
        "SMS sent/deferred/blocked by touch point",
        "CWC hand-offs",
        "booked",
        "$ booked",
        "xfer booked/arrived/late",
        "888 desk d/r/ns",
        "agent texts sent/deferred/refused");
  }

  static String row(Demo.Day day) {
    return ROW.formatted(
        day.date() + " " + day.date().getDayOfWeek().name().substring(0, 3),
        joined(kind -> String.valueOf(day.workLists().get(kind))),
        day.withoutNextStep(),
        day.calls(),
        texts(day.textsByTouchPoint()),
        day.handOffsByStoreAndReason().isEmpty() ? "-" : day.handOffsByStoreAndReason().toString(),
        day.booked(),
        day.bookedValue().setScale(0, RoundingMode.HALF_UP).toPlainString(),
        "%d/%d/%d"
            .formatted(day.transfers().booked(), day.transfers().arrived(), day.transfers().late()),
        "%d/%d/%d"
            .formatted(
                day.pickupDesk().due(), day.pickupDesk().released(), day.pickupDesk().noShows()),
        "%d/%d/%d"
            .formatted(
                day.agentTexts().sent(), day.agentTexts().deferred(), day.agentTexts().refused()));
  }

  /**
   * The closing line: each list on the first morning, at its peak and on the last morning, and the
   * open orders without a next step over the run.
   */
  static String closing(List<Demo.Day> days) {
    String lists =
        Arrays.stream(WorkListKind.values())
            .map(
                kind -> {
                  List<Integer> sizes = days.stream().map(d -> d.workLists().get(kind)).toList();
                  return "%s %d/%d/%d"
                      .formatted(
                          label(kind),
                          sizes.getFirst(),
                          sizes.stream().mapToInt(Integer::intValue).max().orElseThrow(),
                          sizes.getLast());
                })
            .collect(Collectors.joining(", "));
    int withoutNextStep = days.stream().mapToInt(Demo.Day::withoutNextStep).max().orElseThrow();
    return ("work lists first/peak/last morning: %s; open orders without a next step, most on one"
            + " morning: %d%n")
        .formatted(lists, withoutNextStep);
  }

  /** The list's column label. */
  static String label(WorkListKind kind) {
    return switch (kind) {
      case SCHEDULING -> "sch";
      case FOLLOW_UP -> "fup";
      case CONFIRMATION -> "conf";
      case CODED -> "coded";
      case PAST_DUE -> "past";
      case MISSED -> "missed";
      case SYNC -> "sync";
      case PHONE_CORRECTION -> "phone";
      case CWC -> "cwc";
    };
  }

  private static String joined(java.util.function.Function<WorkListKind, String> column) {
    return Arrays.stream(WorkListKind.values()).map(column).collect(Collectors.joining("/"));
  }

  private static String texts(Map<String, Demo.Texts> byTouchPoint) {
    return byTouchPoint.entrySet().stream()
        .map(
            e ->
                "%s %d/%d/%d"
                    .formatted(
                        shortName(e.getKey()),
                        e.getValue().sent(),
                        e.getValue().deferred(),
                        e.getValue().blocked()))
        .collect(Collectors.joining(" "));
  }

  private static String shortName(String touchPoint) {
    return switch (touchPoint) {
      case "MERCHANDISE_AVAILABLE" -> "avail";
      case "APPOINTMENT_BOOKED" -> "booked";
      case "APPOINTMENT_REMINDER" -> "remind";
      case "TIME_FRAME" -> "frame";
      case "REVISED_ATP" -> "atp";
      case "MISSED_APPOINTMENT" -> "missed";
      case "BALANCE_DUE" -> "bal";
      case "TRANSFER_ARRIVED" -> "xfer";
      case "AGENT_TEXT" -> "agent";
      default -> touchPoint;
    };
  }
}
