package com.oom.core.sync;

import static com.oom.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.application.BookAppointment;
import com.oom.core.application.CommandResult;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.RecordContactAttempt;
import com.oom.core.application.RedateOrder;
import com.oom.core.application.SetContactStatus;
import com.oom.core.order.Actor;
import com.oom.core.order.Appointment;
import com.oom.core.order.AppointmentKind;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpContactCode;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.OpenOrder;
import com.oom.core.outbox.OutboxMessage.ErpUpdate;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Random interleavings of agent commands and ERP snapshots, the snapshots delivered out of order
 * and redelivered, the agents' commands redelivered too: an OOM-owned value or a pending change is
 * never lost, nothing is sent to the ERP twice, and once the ERP has worked through OOM's updates
 * and sent a fresh snapshot, both sides agree and nothing is pending. The ERP here follows the
 * contract (docs/erp-contract.md): it applies OOM's updates in order, never changes a shared field
 * itself, states a code OOM sent with the {@code at} of the update that carried it, and says how
 * far it had applied OOM's updates ({@code oomUpdatesAppliedThrough}).
 */
class ErpSyncProperties {
  private static final String ORDER = "SO-1001";
  private static final Actor AGENT = Actor.agent("agent-7");
  private static final List<LocalDate> DATES =
      List.of(
          LocalDate.of(2027, 1, 12),
          LocalDate.of(2027, 1, 13),
          LocalDate.of(2027, 1, 14),
          LocalDate.of(2027, 1, 15));
  private static final List<ContactStatus> CODES =
      List.of(ContactStatus.NONE, ContactStatus.HOLD, ContactStatus.CALLBACK, ContactStatus.SVC);

  @Test
  void no_oom_value_or_pending_change_is_lost_and_the_sides_converge() {
    qt(300).forAll(SourceDSL.longs().all()).checkAssert(seed -> new Run(seed).play());
  }

  /** One random history, driven by {@code seed}. */
  private static final class Run {
    private final Random random;
    private final Testbed bed = new Testbed(Instant.parse("2026-12-01T16:00:00Z"));
    private final Erp erp = new Erp();
    private final List<ErpSnapshot> inFlight = new ArrayList<>();
    private final List<Object> agentCommands = new ArrayList<>();
    private int erpProcessed;
    private int commands;

    // What OOM must hold: the agents' last word on each field, and how many attempts they made.
    private Appointment lastBooked;
    private LocalDate lastDate;
    private ContactStatus lastStatus = ContactStatus.NONE;
    private LocalDate lastContactDate;
    private int attempts;

    Run(long seed) {
      random = new Random(seed);
    }

    void play() {
      deliver(erp.snapshot(now()));
      int steps = 5 + random.nextInt(40);
      for (int i = 0; i < steps; i++) {
        step();
        bed.clock.advance(Duration.ofMinutes(1 + random.nextInt(240)));
        checkNothingLost();
      }
      // The ERP works through everything OOM sent, then describes the order once more.
      while (erpProcessed < bed.queues.erpUpdates.size()) {
        erp.apply(bed.queues.erpUpdates.get(erpProcessed++));
      }
      bed.clock.advance(Duration.ofMinutes(1));
      deliver(erp.snapshot(now()));
      checkNothingLost();
      OpenOrder order = order();
      assertThat(order.sync().isEmpty()).as("nothing pending: %s", order.sync()).isTrue();
      assertThat(order.details().appointment()).isEqualTo(erp.appointment);
      assertThat(order.details().fulfilmentDate()).isEqualTo(erp.fulfilmentDate);
      assertThat(order.contactStatus()).isEqualTo(erp.status);
      assertThat(order.contactDate()).isEqualTo(erp.contactDate);
    }

    private void step() {
      switch (random.nextInt(9)) {
        case 0 -> book();
        case 1 -> code();
        case 2 -> redate();
        case 3 -> attempt();
        case 4 -> redeliverAgentCommand();
        case 5, 6 -> {
          if (erpProcessed < bed.queues.erpUpdates.size()) {
            erp.apply(bed.queues.erpUpdates.get(erpProcessed++));
          }
        }
        case 7 -> inFlight.add(erp.snapshot(now()));
        default -> {
          if (!inFlight.isEmpty()) {
            ErpSnapshot snapshot = inFlight.get(random.nextInt(inFlight.size()));
            if (random.nextInt(3) != 0) {
              inFlight.remove(snapshot); // else it stays, to be delivered again
            }
            deliver(snapshot);
          }
        }
      }
    }

    private void book() {
      int morning = random.nextInt(2); // 08:00-12:00 or 13:00-17:00
      Appointment a =
          new Appointment(
              DATES.get(random.nextInt(DATES.size())),
              LocalTime.of(8 + 5 * morning, 0),
              LocalTime.of(12 + 5 * morning, 0),
              AppointmentKind.DELIVERY);
      var command = new BookAppointment.Command(id(), ORDER, AGENT, a, "booked with guest");
      agentCommands.add(command);
      bed.services.bookAppointment().handle(command);
      lastBooked = a;
    }

    private void code() {
      ContactStatus status = CODES.get(random.nextInt(CODES.size()));
      LocalDate date = random.nextBoolean() ? null : DATES.get(random.nextInt(DATES.size()));
      var command =
          new SetContactStatus.Command(id(), ORDER, AGENT, status, date, "coded by agent", null);
      agentCommands.add(command);
      bed.services.setContactStatus().handle(command);
      lastStatus = status;
      lastContactDate = date;
    }

    private void redate() {
      LocalDate date = DATES.get(random.nextInt(DATES.size()));
      var command = new RedateOrder.Command(id(), ORDER, AGENT, date, "re-dated", null);
      agentCommands.add(command);
      bed.services.redateOrder().handle(command);
      lastDate = date;
    }

    private void attempt() {
      var command =
          new RecordContactAttempt.Command(
              id(),
              ORDER,
              AGENT,
              Orders.MOBILE,
              ContactChannel.PHONE,
              AttemptOutcome.NO_ANSWER,
              "no answer");
      agentCommands.add(command);
      bed.services.recordContactAttempt().handle(command);
      attempts++;
    }

    /**
     * An agent's request delivered again (a retry): one that changed the order is not applied
     * twice; one that changed nothing then (it was not recorded) is applied as the request it is.
     */
    private void redeliverAgentCommand() {
      if (agentCommands.isEmpty()) {
        return;
      }
      Object again = agentCommands.get(random.nextInt(agentCommands.size()));
      CommandResult result =
          switch (again) {
            case BookAppointment.Command c -> bed.services.bookAppointment().handle(c);
            case SetContactStatus.Command c -> bed.services.setContactStatus().handle(c);
            case RedateOrder.Command c -> bed.services.redateOrder().handle(c);
            case RecordContactAttempt.Command c -> bed.services.recordContactAttempt().handle(c);
            default -> throw new IllegalStateException();
          };
      if (result.outcome() == CommandResult.Outcome.APPLIED) {
        assertThat(again).isNotInstanceOf(RecordContactAttempt.Command.class);
        switch (again) {
          case BookAppointment.Command c -> lastBooked = c.appointment();
          case SetContactStatus.Command c -> {
            lastStatus = c.status();
            lastContactDate = c.contactDate();
          }
          case RedateOrder.Command c -> lastDate = c.date();
          default -> {}
        }
      }
    }

    private void deliver(ErpSnapshot snapshot) {
      int sentBefore = bed.queues.erpUpdates.size();
      bed.services
          .ingestSnapshot()
          .handle(new IngestSnapshot.Command("erp-" + snapshot.sequence(), snapshot));
      assertThat(bed.queues.erpUpdates)
          .as("the ERP's own snapshot is never sent back")
          .hasSize(sentBefore);
    }

    private void checkNothingLost() {
      OpenOrder order = order();
      if (lastBooked != null) {
        assertThat(order.details().appointment()).isEqualTo(lastBooked);
      }
      if (lastDate != null) {
        assertThat(order.details().fulfilmentDate()).isEqualTo(lastDate);
      }
      assertThat(order.contactStatus()).isEqualTo(lastStatus);
      assertThat(order.contactDate()).isEqualTo(lastContactDate);
      assertThat(order.attempts()).hasSize(attempts);
      if (lastBooked != null && order.sync().booking() == null) {
        assertThat(erp.shown)
            .as("a booking is settled only once the ERP has it")
            .contains(lastBooked);
      }
      Set<String> ids = new HashSet<>();
      for (ErpUpdate u : bed.queues.erpUpdates) {
        assertThat(ids.add(u.updateId())).as("sent twice: %s", u.updateId()).isTrue();
      }
    }

    private OpenOrder order() {
      return bed.orders.find(ORDER).orElseThrow();
    }

    private Instant now() {
      return bed.clock.instant();
    }

    private String id() {
      return "req-" + ++commands;
    }
  }

  /** The ERP as the contract asks: OOM's updates applied in order, snapshots numbered. */
  private static final class Erp {
    private final Orders.Builder base = Orders.defaultOrder().orderId(ORDER);
    private long sequence;
    private Appointment appointment;
    private LocalDate fulfilmentDate = LocalDate.of(2026, 12, 20);
    private ContactStatus status = ContactStatus.NONE;
    private LocalDate contactDate;
    private Instant since = Instant.parse("2026-11-01T15:00:00Z");
    private Instant appliedThrough;
    private final Set<Appointment> shown = new HashSet<>();

    void apply(ErpUpdate update) {
      appliedThrough = update.at();
      if (update.changes().appointment() != null) {
        appointment = update.changes().appointment().appointment();
      }
      if (update.changes().fulfilmentDate() != null) {
        fulfilmentDate = update.changes().fulfilmentDate().to();
      }
      if (update.contactStatus() != status || !Objects.equals(update.contactDate(), contactDate)) {
        status = update.contactStatus();
        contactDate = update.contactDate();
        since = update.at();
      }
    }

    ErpSnapshot snapshot(Instant at) {
      if (appointment != null) {
        shown.add(appointment);
      }
      return new ErpSnapshot(
          base.appointment(appointment).fulfilmentDate(fulfilmentDate).details(),
          ++sequence,
          at,
          new ErpContactCode(status, contactDate, since),
          appliedThrough);
    }
  }
}
