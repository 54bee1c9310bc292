package com.oom.core.worklist;

import java.util.Arrays;
import java.util.Optional;

/** The work lists OOM agents pick orders from, each named in the API by its slug. */
public enum WorkListKind {
  /** Available orders nobody has called yet to book (rule 1). */
  SCHEDULING("scheduling"),
  /** Contact dates due today or overdue, and guests who asked for something only an agent does. */
  FOLLOW_UP("follow-up"),
  /** Appointments in the confirmation window not yet confirmed (rule 4). */
  CONFIRMATION("confirmation"),
  /** HOLD, BALDUE, SVC, CANCEL and CALLBACK orders with their timers (rule 2). */
  CODED("coded"),
  /** Fulfilment dates in the past that must be re-dated to the ATP date (rule 3). */
  PAST_DUE("past-due"),
  /** Not home or pick-up missed: the appointment must be rebooked. */
  MISSED("missed"),
  /**
   * OOM's changes the ERP has not shown within the configured business hours (a booking, a re-date,
   * a contact code, an escalation): for supervisors; CWC orders are listed here too.
   */
  SYNC("sync"),
  /** A phone number reported to reach someone else: to be corrected in the ERP. */
  PHONE_CORRECTION("phone-correction"),
  /**
   * A store's trouble (CWC) orders: reason, since when, the hand-off id; for the store's own role
   * and supervisors.
   */
  CWC("cwc");

  private final String slug;

  WorkListKind(String slug) {
    this.slug = slug;
  }

  /**
   * Whether only orders OOM works (EST, SCH) can be on the list; the sync list also has CWC orders
   * and the CWC list only them.
   */
  public boolean onlyWorkedByOom() {
    return this != SYNC && this != CWC;
  }

  /** Whether only supervisors may read the list. */
  public boolean supervisorsOnly() {
    return this == SYNC;
  }

  /** Whether the list is the stores' (their own role and supervisors), not the agents'. */
  public boolean forStoresAndSupervisors() {
    return this == CWC;
  }

  /** Every slug, for error messages and the API document. */
  public static String slugs() {
    return String.join(
        ", ", Arrays.stream(values()).map(WorkListKind::slug).toArray(String[]::new));
  }

  /** The name used in the API path {@code /worklists/{kind}}. */
  public String slug() {
    return slug;
  }

  /** The list named {@code slug} exactly, or empty when there is none. */
  public static Optional<WorkListKind> fromSlug(String slug) {
    return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
  }
}
