package com.oom.handlers.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.oom.aws.sqs.OomQueues;
import com.oom.aws.testing.AwsStack;
import com.oom.catalogue.Queues;
import com.oom.core.application.IngestSnapshot;
import com.oom.core.application.RecordContactAttempt;
import com.oom.core.application.ReportTrouble;
import com.oom.core.application.TextGuest;
import com.oom.core.application.UseCaseFactory;
import com.oom.core.config.OomConfig;
import com.oom.core.order.Actor;
import com.oom.core.order.AttemptOutcome;
import com.oom.core.order.ContactChannel;
import com.oom.core.order.ErpSnapshot;
import com.oom.core.order.TroubleReason;
import com.oom.core.testing.FakeSmsGateway;
import com.oom.core.testing.MutableClock;
import com.oom.core.testing.Orders;
import com.oom.events.Contracts;
import com.oom.events.SchemaValidator;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.model.Message;

/** Every message the suite sends out validates against the schema the catalogue publishes. */
@ExtendWith(EmulatorExtension.class)
class ProducedMessagesIT {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T16:00:00Z"));

  @Test
  void hand_offs_erp_updates_and_sms_requests_match_their_schemas() {
    AwsStack aws = new AwsStack(clock);
    UseCaseFactory oom = aws.services(new FakeSmsGateway(clock), OomConfig.defaults(), clock);
    Actor agent = Actor.agent("agent-7");
    oom.ingestSnapshot()
        .handle(
            new IngestSnapshot.Command(
                "erp-1",
                new ErpSnapshot(
                    Orders.defaultOrder().balanceDue("120.00").details(),
                    1,
                    clock.instant(),
                    null)));
    oom.recordContactAttempt()
        .handle(
            new RecordContactAttempt.Command(
                "r-1",
                "SO-1001",
                agent,
                Orders.MOBILE,
                ContactChannel.PHONE,
                AttemptOutcome.NO_ANSWER,
                "no answer"));
    oom.textGuest()
        .handle(
            new TextGuest.Command(
                "r-3",
                "SO-1001",
                agent,
                null,
                "Your sofa can come Thursday.",
                "answering the guest"));
    oom.reportTrouble()
        .handle(
            new ReportTrouble.Command(
                "r-2", "SO-1001", agent, TroubleReason.NO_FIT, "sofa too deep"));

    List<Message> handOffs = aws.drain(Queues.defaultHandOff("101"));
    List<Message> erpUpdates = aws.drain(OomQueues.ERP_UPDATES);
    List<Message> smsRequests = aws.drain(OomQueues.SMS_REQUESTS);

    assertThat(handOffs).hasSize(1);
    assertThat(erpUpdates).hasSizeGreaterThanOrEqualTo(3);
    assertThat(smsRequests).hasSize(2); // merchandise available, the agent's text
    assertThat(smsRequests).anyMatch(m -> m.body().contains("\"AGENT_TEXT\""));
    assertThat(erpUpdates).anyMatch(m -> m.body().contains("\"action\":\"AGENT_TEXT\""));
    assertThat(erpUpdates).noneMatch(m -> m.body().contains("Thursday"));
    assertThat(smsRequests).noneMatch(m -> m.body().contains("Thursday"));
    handOffs.forEach(
        m -> assertThat(SchemaValidator.validate(Contracts.STORE_HAND_OFF, m.body())).isEmpty());
    erpUpdates.forEach(
        m -> assertThat(SchemaValidator.validate(Contracts.ERP_UPDATE, m.body())).isEmpty());
    smsRequests.forEach(
        m -> assertThat(SchemaValidator.validate(Contracts.SMS_REQUEST, m.body())).isEmpty());
  }
}
