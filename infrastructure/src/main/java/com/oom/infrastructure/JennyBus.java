package com.oom.infrastructure;

import com.oom.catalogue.EventBuses;
import java.util.Objects;
import java.util.Optional;

/**
 * Where Jenny's (Package AI) {@code ConfirmationResult} events arrive, a stage's setting.
 *
 * <p>A partner event source delivers to a bus named exactly after it ({@code
 * aws.partner/<partner>/<namespace>/<name>}), created in this account when the source is accepted
 * (associated); every event on it carries that name as its {@code source}. The stack then imports
 * that bus and puts its rule there. Or the stack creates {@code oom-jenny-<stage>} itself ({@link
 * #CREATE}): for a sender in another account (allowed by a bus policy, {@link #accountId}) and for
 * testing.
 *
 * @param eventBus {@link #CREATE}, or the partner event source's (and its bus's) name
 * @param source the prefix of {@code source} the rule matches
 * @param accountId the only other account allowed to put events on a created bus, if any
 */
public record JennyBus(String eventBus, String source, Optional<String> accountId) {
  public static final String CREATE = "create";

  static final String PARTNER_PREFIX = "aws.partner/";

  /** What EventBridge accepts as a partner event source (and partner bus) name. */
  private static final String PARTNER_NAME = "aws\\.partner(/[.\\-_A-Za-z0-9]+){2,}";

  private static final String SOURCE = "[.\\-_/A-Za-z0-9]{1,256}";

  public JennyBus {
    if (eventBus == null
        || !(eventBus.equals(CREATE)
            || (eventBus.matches(PARTNER_NAME) && eventBus.length() <= 256))) {
      throw new IllegalArgumentException(
          "jennyEventBus must be '"
              + CREATE
              + "' or the name of Jenny's partner event source,"
              + " aws.partner/<partner>/<namespace>/<name> as `aws events list-event-sources`"
              + " shows it, was "
              + eventBus);
    }
    if (source == null || !source.matches(SOURCE)) {
      throw new IllegalArgumentException(
          "jennySource must be 1 to 256 letters, digits, '.', '-', '_' or '/', was " + source);
    }
    Objects.requireNonNull(accountId, "accountId");
    accountId = accountId.map(String::strip).filter(s -> !s.isEmpty());
    if (accountId.isPresent() && !accountId.get().matches("\\d{12}")) {
      throw new IllegalArgumentException(
          "jennyAccountId must be a 12-digit AWS account id, was " + accountId.get());
    }
    if (!eventBus.equals(CREATE)) {
      if (accountId.isPresent()) {
        throw new IllegalArgumentException(
            "jennyAccountId applies only to a bus the stack creates (jennyEventBus="
                + CREATE
                + "): the partner bus "
                + eventBus
                + " receives from its partner event source alone");
      }
      if (!eventBus.startsWith(source)) {
        throw new IllegalArgumentException(
            "jennySource '"
                + source
                + "' would never match: every event on the partner bus "
                + eventBus
                + " has that name as its source; leave jennySource out or give a prefix of it");
      }
    }
  }

  /** The dev default: a bus of the stack's own, matching the local source, no other account. */
  public static JennyBus created() {
    return new JennyBus(CREATE, EventBuses.JENNY_LOCAL_SOURCE, Optional.empty());
  }

  /** A partner event source's bus, matching every event on it (their source is its name). */
  public static JennyBus partner(String eventSourceName) {
    return new JennyBus(eventSourceName, eventSourceName, Optional.empty());
  }

  /**
   * From the stage's settings: {@code source}, when not given, is the partner event source's name
   * for a partner bus (its events' source), else {@link EventBuses#JENNY_LOCAL_SOURCE}.
   */
  static JennyBus of(String eventBus, Optional<String> source, Optional<String> accountId) {
    String defaultSource =
        eventBus != null && eventBus.startsWith(PARTNER_PREFIX)
            ? eventBus
            : EventBuses.JENNY_LOCAL_SOURCE;
    return new JennyBus(eventBus, source.orElse(defaultSource), accountId);
  }

  public boolean createsBus() {
    return CREATE.equals(eventBus);
  }

  /** {@code oom-jenny-<stage>} when the stack creates it, else the partner bus's name. */
  public String busName(StageConfig.Stage stage) {
    return createsBus() ? EventBuses.jenny(stage.id()) : eventBus;
  }
}
