package com.oom.core.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The order aggregate: what the ERP says about the order plus everything OOM owns (contact status
 * and date, attempts, confirmation, missed fulfilment, trouble report, escalation, follow-up
 * requested by the guest, SMS touch points already triggered). Immutable; changes go through the
 * rule classes, which return an {@link OrderUpdate}.
 *
 * @param sequence the ERP sequence of the last snapshot applied
 * @param version optimistic-locking version of the stored state (0 before the first save)
 * @param contactStatusSince when the current contact status was set (the start of a HOLD week, of
 *     the BALDUE and CANCEL grace periods)
 * @param sync OOM's changes to fields shared with the ERP that no snapshot has shown yet
 * @param wrongNumbers the guest's numbers that reached someone else, until the ERP corrects them:
 *     only numbers the guest has (marked when the guest has it, dropped by the snapshot that no
 *     longer lists it)
 * @param availableSince when OOM first saw every line available (since the last time it was not),
 *     or null while it is not; documents stored before it existed fall back to firstSeenAt
 * @param transfer the order's last transfer booked in OOM (pending or arrived), or null when none
 * @param pickupDesk what the pick-up desk recorded about the booked pick-up (arrival, release,
 *     no-show), or null when it recorded nothing
 * @param texts the conversation with the guest, oldest first: guests' free-text replies and agents'
 *     texts, at most {@link #MAX_TEXTS} and {@link #MAX_TEXT_CHARS} characters of words in all (the
 *     oldest go first), so the stored state stays far below DynamoDB's 400 KB item limit
 */
public record OpenOrder(
    OrderDetails details,
    long sequence,
    long version,
    Instant firstSeenAt,
    ContactStatus contactStatus,
    Instant contactStatusSince,
    LocalDate contactDate,
    List<ContactAttempt> attempts,
    Confirmation confirmation,
    MissedFulfilment missed,
    TroubleReport trouble,
    Escalation escalation,
    FollowUpRequest followUp,
    Set<String> touchPointKeys,
    ErpSync sync,
    List<WrongNumber> wrongNumbers,
    Instant availableSince,
    Transfer transfer,
    PickupDesk pickupDesk,
    List<TextMessage> texts) {

  /** The most texts the order keeps. */
  public static final int MAX_TEXTS = 50;

  /** The most characters of words the order keeps over all its texts (at most 48 KB in UTF-8). */
  public static final int MAX_TEXT_CHARS = 16_000;

  public OpenOrder {
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(firstSeenAt, "firstSeenAt");
    Objects.requireNonNull(contactStatus, "contactStatus");
    Objects.requireNonNull(contactStatusSince, "contactStatusSince");
    attempts = List.copyOf(attempts);
    touchPointKeys = Set.copyOf(touchPointKeys);
    // Documents stored before these fields existed have neither.
    sync = sync == null ? ErpSync.NONE : sync;
    wrongNumbers = wrongNumbers == null ? List.of() : List.copyOf(wrongNumbers);
    texts = texts == null ? List.of() : List.copyOf(texts);
    if (availableSince == null && details.isAvailable()) {
      availableSince = firstSeenAt;
    } else if (!details.isAvailable()) {
      availableSince = null;
    }
  }

  /** An order the ERP just told us about. */
  public static OpenOrder first(OrderDetails details, long sequence, Instant at) {
    return new OpenOrder(
        details,
        sequence,
        0,
        at,
        ContactStatus.NONE,
        at,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        Set.of(),
        ErpSync.NONE,
        List.of(),
        details.isAvailable() ? at : null,
        null,
        null,
        List.of());
  }

  public String orderId() {
    return details.orderId();
  }

  public FulfilmentStatus status() {
    return details.status();
  }

  public boolean isCwc() {
    return details.status() == FulfilmentStatus.CWC;
  }

  public boolean isClosed() {
    return details.status().isClosed();
  }

  /** OOM works the order (and may contact the guest automatically) only while EST or SCH. */
  public boolean isWorkedByOom() {
    return details.status().isWorkedByOom();
  }

  public Optional<Appointment> appointment() {
    return Optional.ofNullable(details.appointment());
  }

  /**
   * Whether the order has a visit that still stands at {@code now}: a delivery or pick-up (past or
   * future: its outcome comes from the ERP), or a technician visit whose window has not ended (once
   * it has, the visit is over and the order is booked like any other).
   */
  public boolean hasStandingAppointment(Instant now) {
    return appointment()
        .filter(
            a ->
                a.kind() != AppointmentKind.TECHNICIAN
                    || now.isBefore(
                        a.date().atTime(a.windowEnd()).atZone(details.timeZone()).toInstant()))
        .isPresent();
  }

  public boolean isAppointmentConfirmed() {
    return confirmation != null && confirmation.confirms(details.appointment());
  }

  /** Whether this number was reported to reach someone else. */
  public boolean isWrongNumber(PhoneNumber number) {
    return wrongNumbers.stream().anyMatch(w -> w.number().equals(number));
  }

  /** Whether a transfer is booked and its merchandise has not been seen at the destination. */
  public boolean awaitsTransfer() {
    return transfer != null && transfer.isPending();
  }

  /** The same order as stored at {@code newVersion} (repositories set it on save). */
  public OpenOrder withVersion(long newVersion) {
    return new OpenOrder(
        details,
        sequence,
        newVersion,
        firstSeenAt,
        contactStatus,
        contactStatusSince,
        contactDate,
        attempts,
        confirmation,
        missed,
        trouble,
        escalation,
        followUp,
        touchPointKeys,
        sync,
        wrongNumbers,
        availableSince,
        transfer,
        pickupDesk,
        texts);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Copy-with-changes for the rule classes. */
  public static final class Builder {
    private OrderDetails details;
    private long sequence;
    private final long version;
    private final Instant firstSeenAt;
    private ContactStatus contactStatus;
    private Instant contactStatusSince;
    private LocalDate contactDate;
    private final List<ContactAttempt> attempts;
    private Confirmation confirmation;
    private MissedFulfilment missed;
    private TroubleReport trouble;
    private Escalation escalation;
    private FollowUpRequest followUp;
    private final Set<String> touchPointKeys;
    private ErpSync sync;
    private final List<WrongNumber> wrongNumbers;
    private Instant availableSince;
    private Transfer transfer;
    private PickupDesk pickupDesk;
    private final List<TextMessage> texts;

    private Builder(OpenOrder o) {
      details = o.details;
      sequence = o.sequence;
      version = o.version;
      firstSeenAt = o.firstSeenAt;
      contactStatus = o.contactStatus;
      contactStatusSince = o.contactStatusSince;
      contactDate = o.contactDate;
      attempts = new ArrayList<>(o.attempts);
      confirmation = o.confirmation;
      missed = o.missed;
      trouble = o.trouble;
      escalation = o.escalation;
      followUp = o.followUp;
      touchPointKeys = new LinkedHashSet<>(o.touchPointKeys);
      sync = o.sync;
      wrongNumbers = new ArrayList<>(o.wrongNumbers);
      availableSince = o.availableSince;
      transfer = o.transfer;
      pickupDesk = o.pickupDesk;
      texts = new ArrayList<>(o.texts);
    }

    public Builder details(OrderDetails value) {
      details = value;
      return this;
    }

    public Builder sequence(long value) {
      sequence = value;
      return this;
    }

    public Builder contactStatus(ContactStatus value, Instant since) {
      contactStatus = value;
      contactStatusSince = since;
      return this;
    }

    public Builder contactDate(LocalDate value) {
      contactDate = value;
      return this;
    }

    public Builder addAttempt(ContactAttempt value) {
      attempts.add(value);
      return this;
    }

    public Builder confirmation(Confirmation value) {
      confirmation = value;
      return this;
    }

    public Builder missed(MissedFulfilment value) {
      missed = value;
      return this;
    }

    public Builder trouble(TroubleReport value) {
      trouble = value;
      return this;
    }

    public Builder escalation(Escalation value) {
      escalation = value;
      return this;
    }

    public Builder followUp(FollowUpRequest value) {
      followUp = value;
      return this;
    }

    public Builder addTouchPointKey(String value) {
      touchPointKeys.add(value);
      return this;
    }

    /** When the merchandise became available; ignored (null) while it is not. */
    public Builder availableSince(Instant value) {
      availableSince = value;
      return this;
    }

    public Builder sync(ErpSync value) {
      sync = value;
      return this;
    }

    /** Marks {@code number} as reaching someone else (once; the first report's time is kept). */
    public Builder addWrongNumber(WrongNumber value) {
      if (wrongNumbers.stream().noneMatch(w -> w.number().equals(value.number()))) {
        wrongNumbers.add(value);
      }
      return this;
    }

    /** Keeps only the wrong-number marks on numbers the guest still has. */
    public Builder keepWrongNumbersOf(Guest guest) {
      wrongNumbers.removeIf(w -> !guest.hasPhone(w.number()));
      return this;
    }

    public Builder transfer(Transfer value) {
      transfer = value;
      return this;
    }

    public Builder pickupDesk(PickupDesk value) {
      pickupDesk = value;
      return this;
    }

    /**
     * Adds a text to the conversation (once per text id), dropping the oldest beyond {@link
     * #MAX_TEXTS} texts or {@link #MAX_TEXT_CHARS} characters of words.
     */
    public Builder addText(TextMessage value) {
      if (texts.stream().anyMatch(t -> t.textId().equals(value.textId()))) {
        return this;
      }
      texts.add(value);
      int chars = texts.stream().mapToInt(t -> t.body().length()).sum();
      while (texts.size() > MAX_TEXTS || chars > MAX_TEXT_CHARS) {
        chars -= texts.removeFirst().body().length();
      }
      return this;
    }

    public OpenOrder build() {
      return new OpenOrder(
          details,
          sequence,
          version,
          firstSeenAt,
          contactStatus,
          contactStatusSince,
          contactDate,
          attempts,
          confirmation,
          missed,
          trouble,
          escalation,
          followUp,
          touchPointKeys,
          sync,
          wrongNumbers,
          availableSince,
          transfer,
          pickupDesk,
          texts);
    }
  }
}
