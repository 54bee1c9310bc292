package com.oom.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.sync.EchoDeadlines;
import com.oom.core.testing.Orders;
import com.oom.core.testing.Testbed;
import com.oom.core.worklist.WorkLists;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The factory builds a use case only when asked, once, and asks only for the ports it takes. */
class UseCaseFactoryTest {
  private final Testbed bed = new Testbed(Orders.MONDAY_10_AM_WINNIPEG);
  private final List<String> asked = new CopyOnWriteArrayList<>();
  private final UseCaseFactory factory =
      new UseCaseFactory(recording(bed.ports), OomConfig.defaults(), bed.clock);

  /** {@code fixed}, noting which port each call asks for. */
  private Ports recording(Ports fixed) {
    return (Ports)
        Proxy.newProxyInstance(
            Ports.class.getClassLoader(),
            new Class<?>[] {Ports.class},
            (proxy, method, args) -> {
              asked.add(method.getName());
              return method.invoke(fixed, args);
            });
  }

  @Test
  void buildsNothingUntilAsked() {
    assertThat(factory.built()).isEmpty();
    assertThat(asked).isEmpty();
  }

  @Test
  void aTransactionalUseCaseTakesTheOrdersAndTheOutboxButNoSmsPortNorPublisherBeforeItPublishes() {
    factory.ingestSnapshot();
    assertThat(factory.built())
        .containsExactly(
            EchoDeadlines.class,
            PublishOutbox.class,
            WorkLists.class, // the order's lines on the work lists, written with each change
            OrderTransactions.class,
            IngestSnapshot.class);
    assertThat(asked)
        .containsExactlyInAnyOrder(
            "orders",
            "outbox",
            // the publishers are asked for when a message first goes their way
            "calendars", // the store directory: the snapshot's store, the echo deadlines
            "calendars");
  }

  @Test
  void sendingATextTakesNoPublisher() {
    factory.sendTouchPoint();
    assertThat(factory.built()).containsExactly(SendTouchPoint.class);
    assertThat(asked)
        .containsExactlyInAnyOrder("orders", "smsLog", "consent", "smsGateway", "calendars");
  }

  @Test
  void readingAStoredAuditTakesNeitherTheOrdersNorAPublisher() {
    factory.readConfirmationAudit();
    assertThat(factory.built()).containsExactly(ReadConfirmationAudit.class);
    assertThat(asked).containsExactlyInAnyOrder("confirmationAudits", "calendars");
  }

  @Test
  void eachUseCaseIsBuiltOnceAndSharedCollaboratorsAreOneInstance() {
    assertThat(factory.ingestSnapshot()).isSameAs(factory.ingestSnapshot());
    factory.recordFulfilmentOutcome();
    factory.sendDeferredSms();
    factory.sendTouchPoint();
    assertThat(factory.built())
        .containsExactly(
            EchoDeadlines.class,
            PublishOutbox.class,
            WorkLists.class, // the order's lines on the work lists, written with each change
            OrderTransactions.class,
            IngestSnapshot.class,
            RecordFulfilmentOutcome.class,
            SendTouchPoint.class,
            SendDeferredSms.class);
  }
}
