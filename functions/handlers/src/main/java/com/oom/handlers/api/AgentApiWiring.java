package com.oom.handlers.api;

import com.oom.aws.AwsPorts;
import com.oom.catalogue.Setting;
import com.oom.core.application.UseCaseFactory;
import com.oom.handlers.common.FunctionSecrets;
import com.oom.handlers.common.FunctionWiring;
import com.oom.handlers.common.SnapStartPriming;

/**
 * The wiring of {@link AgentApiHandler}'s function: the use cases it calls, on the ports they take,
 * the work-list cursor key (read once, at start: Secrets Manager only when it comes by ARN), and
 * its named SnapStart priming steps.
 */
public final class AgentApiWiring {
  private AgentApiWiring() {}

  /**
   * The handler on {@code oom}'s use cases: tests and the local runner, on moto.
   *
   * @param cursorKey the key work-list cursors are signed with
   */
  public static AgentApiHandler over(UseCaseFactory oom, String cursorKey) {
    return new AgentApiHandler(
        new AgentApiHandler.Parts(useCases(oom), new WorkListCursors(cursorKey)));
  }

  /** What the handler's no-argument constructor uses: only these use cases and their ports. */
  public static AgentApiHandler.Parts wire(FunctionWiring wiring) {
    String cursorKey =
        FunctionSecrets.read(
            wiring, Setting.CURSOR_SECRET, Setting.CURSOR_SECRET_ARN, "the work-list cursors");
    AgentApiHandler.UseCases useCases = useCases(wiring.useCases());
    AwsPorts ports = wiring.ports();
    return wiring.prime(
        new AgentApiHandler.Parts(useCases, new WorkListCursors(cursorKey)),
        SnapStartPriming.json(),
        SnapStartPriming.lambdaEvents(),
        SnapStartPriming.orders(ports.orders()),
        SnapStartPriming.outbox(ports.sqsClient()));
  }

  /** The agent API's use cases, from the factory (tests and the local runner). */
  public static AgentApiHandler.UseCases useCases(UseCaseFactory oom) {
    return new AgentApiHandler.UseCases(
        oom.viewOrder(),
        oom.listWorkList(),
        oom.recordContactAttempt(),
        oom.setContactStatus(),
        oom.redateOrder(),
        oom.bookAppointment(),
        oom.reportTrouble(),
        oom.addComment(),
        oom.recordAgentConfirmation(),
        oom.readConfirmationAudit(),
        oom.bookTransfer(),
        oom.listPickupDesk(),
        oom.recordPickupEvent(),
        oom.findOrdersByPhone(),
        oom.textGuest());
  }
}
