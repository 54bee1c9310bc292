package com.oom.local;

import com.oom.core.order.AppointmentKind;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.FollowUpRequest;
import com.oom.core.order.Fulfilment;
import com.oom.core.order.GuestPhone;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderType;
import com.oom.core.order.PhoneNumber;
import com.oom.core.order.TroubleReason;
import com.oom.core.time.BusinessCalendar;
import com.oom.core.worklist.NextAction;
import com.oom.core.worklist.WorkItem;
import com.oom.core.worklist.WorkListKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The demo's OOM team. Each shift works its lists store by store, every list in its priority order
 * (the starvation guard included), up to {@link #ITEMS_PER_LIST} items a list, and does what each
 * item's {@code action} asks, through the use cases the API calls: call to book, follow up, make
 * the HOLD attempt still missing, call back, collect the balance, book and close the SVC technician
 * visit, confirm appointments on every number, re-date, rebook, decide refusals, chase a visit with
 * no outcome. Wrong numbers are the ERP's to correct, the sync list the supervisors', CWC orders
 * the stores'. Guests answer at seeded random, so every run tells the same story.
 */
final class DemoAgents {
  /** An agent's capacity for one list of one store in one shift. */
  static final int ITEMS_PER_LIST = 25;

  /** Who works when: which lists, in the order the shift works them, and which of their items. */
  enum Shift {
    /** The day shift works every list agents own, each item as soon as it can be worked. */
    DAY(
        List.of(
            WorkListKind.MISSED,
            WorkListKind.FOLLOW_UP,
            WorkListKind.CONFIRMATION,
            WorkListKind.CODED,
            WorkListKind.SCHEDULING,
            WorkListKind.PAST_DUE),
        false),
    /**
     * The evening shift works the coded items due by now: the HOLD attempts of the weekday-night
     * slot can only be made then; guests the day shift already called are not called again.
     */
    EVENING(List.of(WorkListKind.CODED), true);

    private final List<WorkListKind> lists;
    private final boolean onlyWhatIsDue;

    Shift(List<WorkListKind> lists, boolean onlyWhatIsDue) {
      this.lists = lists;
      this.onlyWhatIsDue = onlyWhatIsDue;
    }
  }

  private final LocalSuite suite;
  private final DemoErp erp;
  private final Random random;
  private final DemoAgentDesk desk;

  /**
   * @param erp where guests pay their balance when an agent reaches them
   * @param random the demo's one seeded source of chance
   */
  DemoAgents(LocalSuite suite, DemoErp erp, Random random) {
    this.suite = suite;
    this.erp = erp;
    this.random = random;
    this.desk = new DemoAgentDesk(suite, random);
  }

  /** The shift works its lists at every store. */
  void work(Shift shift) {
    for (String store : suite.stores.storeIds()) {
      for (WorkListKind list : shift.lists) {
        int worked = 0;
        for (WorkItem item : suite.services.listWorkList().handle(list, store)) {
          if (worked == ITEMS_PER_LIST) {
            break;
          }
          Optional<Consumer<OpenOrder>> work = agentsWork(item.action(), item.dueAt());
          if (work.isPresent() && !(shift.onlyWhatIsDue && item.dueAt().isAfter(suite.now()))) {
            work.get().accept(suite.services.viewOrder().handle(item.orderId()).order());
            worked++;
          }
        }
      }
      suite.drain();
    }
  }

  /** What the team did since the last call, and start counting again. */
  DemoAgentDesk.Tally takeTally() {
    return desk.takeTally();
  }

  /**
   * What an agent does now for an item asking {@code action} by {@code dueAt}; empty when it is not
   * an agent's to do now. A HOLD attempt still missing and a call back are due from the start of
   * their slot or day (an attempt before then is in the wrong slot, or calls the guest before the
   * day they asked for); every other step of an agent is due by its time, so it is done at once.
   * Waits, and the ERP's, the supervisors' and the stores' steps are not the agents' work.
   */
  private Optional<Consumer<OpenOrder>> agentsWork(NextAction action, Instant dueAt) {
    boolean slotOpen = !dueAt.isAfter(suite.now());
    Consumer<OpenOrder> work =
        switch (action) {
          case CALL_TO_BOOK -> this::callToBook;
          case FOLLOW_UP -> this::followUp;
          case CALL_BACK -> slotOpen ? this::callCodedGuest : null;
          case HANDLE_CANCEL -> this::callCodedGuest;
          case MAKE_MISSING_ATTEMPT -> slotOpen ? this::makeMissingAttempt : null;
          case COLLECT_BALANCE -> this::collectBalance;
          case BOOK_SERVICE_VISIT -> order -> callAndBook(order, AppointmentKind.TECHNICIAN);
          case RECORD_VISIT_OUTCOME -> this::recordVisitOutcome;
          case CONFIRM_APPOINTMENT -> this::confirm;
          case REDATE -> this::redatePastDue;
          case REBOOK, CHASE_OUTCOME -> order -> callAndBook(order, fulfilmentKind(order));
          case DECIDE_REFUSAL -> this::decideRefusal;
          case CORRECT_PHONE,
              CHASE_ERP,
              STORE_RESOLVES,
              WAIT_FOR_SERVICE_VISIT,
              WAIT_FOR_VISIT,
              WAIT_FOR_OUTCOME,
              WAIT_FOR_STOCK,
              CHECK_AVAILABILITY,
              WAIT_FOR_CONTACT_DATE,
              CHASE_TRANSFER,
              WAIT_FOR_TRANSFER ->
              null;
        };
    return Optional.ofNullable(work);
  }

  /**
   * The scheduling call. Reached: the guest books, owes a balance first, needs the SVC inspection
   * (a service order), reports a fault, asks to be called back or to cancel. Not reached twice:
   * HOLD, and the no-contact week starts.
   */
  private void callToBook(OpenOrder order) {
    if (!desk.call(order, firstNumber(order), 0.55)) {
      if (order.attempts().size() + 1 >= 2) {
        desk.status(order, ContactStatus.HOLD, null, "No answer twice: holding");
      }
      return;
    }
    if (order.contactStatus().isCoded()) {
      desk.status(order, ContactStatus.NONE, null, "Reached the guest: code cleared to book");
    }
    double roll = random.nextDouble();
    if (order.details().owesBalance() && roll < 0.4) {
      desk.status(order, ContactStatus.BALDUE, null, "Balance owing before booking");
    } else if (order.details().orderType() == OrderType.SERVICE) {
      desk.status(order, ContactStatus.SVC, null, "Inspection needed before the service is booked");
    } else if (roll > 0.98) {
      desk.trouble(order, TroubleReason.FAULTY, "Guest reports a damaged part");
    } else if (roll > 0.93) {
      BusinessCalendar calendar = calendar(order);
      LocalDate in2Days = calendar.plusBusinessDays(calendar.today(suite.now()), 2);
      desk.status(order, ContactStatus.CALLBACK, in2Days, "Guest asked to be called back");
    } else if (roll > 0.92) {
      desk.status(order, ContactStatus.CANCEL, null, "Guest wants to cancel the order");
    } else {
      desk.book(order, fulfilmentKind(order));
    }
  }

  /**
   * A contact date that came due, a reschedule request or a text reply: the attempt meets the date,
   * reaching the guest answers the text, and a guest who wants a new date, or has none, books.
   */
  private void followUp(OpenOrder order) {
    if (!desk.call(order, firstNumber(order), 0.55)) {
      return;
    }
    FollowUpRequest request = order.followUp();
    boolean wantsNewDate =
        request != null && request.reason() == FollowUpRequest.Reason.RESCHEDULE_REQUESTED;
    boolean bookable = order.details().isAvailable() && order.contactStatus() == ContactStatus.NONE;
    if (bookable && (wantsNewDate || order.appointment().isEmpty())) {
      desk.book(order, fulfilmentKind(order));
    }
  }

  /**
   * CALLBACK on its day, CANCEL within its grace: reached, the guest books (a cancel request is
   * withdrawn half the time; the other half goes to the store when the grace ends).
   */
  private void callCodedGuest(OpenOrder order) {
    if (!desk.call(order, firstNumber(order), 0.6)) {
      return;
    }
    if (order.contactStatus() == ContactStatus.CANCEL && random.nextBoolean()) {
      return;
    }
    desk.status(order, ContactStatus.NONE, null, "Reached the guest: ready to book");
    desk.book(order, fulfilmentKind(order));
  }

  /**
   * HOLD: the attempt the no-contact rule still misses, on one of the guest's numbers; a guest
   * reached at last is taken off HOLD and booked.
   */
  private void makeMissingAttempt(OpenOrder order) {
    List<GuestPhone> phones = order.details().guest().phones();
    if (desk.call(order, phones.get(random.nextInt(phones.size())).number(), 0.1)) {
      desk.status(order, ContactStatus.NONE, null, "Reached the guest at last: off hold");
      desk.book(order, fulfilmentKind(order));
    }
  }

  /** BALDUE: reached, most guests pay by phone; the ERP's evening snapshot shows it paid. */
  private void collectBalance(OpenOrder order) {
    if (desk.call(order, firstNumber(order), 0.6) && random.nextDouble() < 0.7) {
      erp.balancePaid(order.orderId());
      desk.comment(order, "Guest paid the balance by phone");
    }
  }

  /**
   * SVC after the technician's visit: their report clears SVC and the delivery is booked, or finds
   * the merchandise faulty.
   */
  private void recordVisitOutcome(OpenOrder order) {
    if (random.nextDouble() < 0.2) {
      desk.trouble(order, TroubleReason.FAULTY, "The technician found a manufacturing fault");
      return;
    }
    desk.status(order, ContactStatus.NONE, null, "Technician visit done: ready to book");
    callAndBook(order, fulfilmentKind(order));
  }

  /**
   * The appointment tomorrow: every number until someone answers (reaching the guest is the day's
   * duty done); one guest in ten asks for another date. Jenny records the confirmations.
   */
  /** Confirmation calls on each number until the guest answers (the route agents use). */
  private void confirm(OpenOrder order) {
    for (GuestPhone phone : order.details().guest().phones()) {
      if (desk.confirmationCall(order, phone.number(), 0.5)) {
        return;
      }
    }
  }

  /**
   * Past due: the use case's default when there is one (the ATP date, else the booked appointment's
   * date); an order in stock and not booked is re-dated a week ahead (six business days, as stores
   * open on Saturdays).
   */
  private void redatePastDue(OpenOrder order) {
    BusinessCalendar calendar = calendar(order);
    LocalDate today = calendar.today(suite.now());
    LocalDate atp = order.details().atpDate();
    boolean bookedAhead = order.appointment().filter(a -> !a.date().isBefore(today)).isPresent();
    if (bookedAhead || (atp != null && !atp.isBefore(today))) {
      desk.redate(order, null, "Re-dated to the ATP date or the booked appointment");
    } else {
      desk.redate(order, calendar.plusBusinessDays(today, 6), "In stock: re-dated a week ahead");
    }
  }

  /** A refusal: faulty, does not fit, or the guest takes it another day. */
  private void decideRefusal(OpenOrder order) {
    double roll = random.nextDouble();
    if (roll < 0.45) {
      desk.trouble(order, TroubleReason.FAULTY, "Refused at the door: damaged");
    } else if (roll < 0.7) {
      desk.trouble(order, TroubleReason.NO_FIT, "Refused at the door: does not fit");
    } else {
      callAndBook(order, fulfilmentKind(order));
    }
  }

  private void callAndBook(OpenOrder order, AppointmentKind kind) {
    if (desk.call(order, firstNumber(order), 0.55)) {
      desk.book(order, kind);
    }
  }

  private BusinessCalendar calendar(OpenOrder order) {
    return suite.stores.forStore(order.details().storeId());
  }

  private static PhoneNumber firstNumber(OpenOrder order) {
    return order.details().guest().phones().getFirst().number();
  }

  private static AppointmentKind fulfilmentKind(OpenOrder order) {
    return order.details().fulfilment() == Fulfilment.PICKUP
        ? AppointmentKind.PICKUP
        : AppointmentKind.DELIVERY;
  }
}
