package com.oom.infrastructure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.constructs.Construct;

/**
 * One role per store that can only receive and delete (and extend and inspect) messages of its own
 * hand-off queue. Principals of this account assume it when their own policy lets them; the store's
 * poller gets its queue URL from the stack outputs.
 */
public final class StoreAccess extends Construct {
  public static final List<String> ACTIONS =
      List.of(
          "sqs:ReceiveMessage",
          "sqs:DeleteMessage",
          "sqs:ChangeMessageVisibility",
          "sqs:GetQueueAttributes");

  private final Map<String, Role> roles = new LinkedHashMap<>();

  public StoreAccess(Construct scope, String id, StageConfig config, SuiteQueues queues) {
    super(scope, id);
    for (String storeId : config.storeIds()) {
      Role role =
          Role.Builder.create(this, "Store" + storeId)
              .roleName("oom-" + config.stage().id() + "-store-" + storeId + "-handoffs")
              .assumedBy(new AccountRootPrincipal())
              .description(
                  "Store "
                      + storeId
                      + " ("
                      + config.stores().store(storeId).orElseThrow().name()
                      + ") polls its OOM hand-off queue")
              .build();
      role.addToPolicy(
          PolicyStatement.Builder.create()
              .sid("OwnHandOffQueue")
              .actions(ACTIONS)
              .resources(List.of(queues.handOff(storeId).getQueueArn()))
              .build());
      roles.put(storeId, role);
    }
  }

  public Role role(String storeId) {
    return roles.get(storeId);
  }
}
