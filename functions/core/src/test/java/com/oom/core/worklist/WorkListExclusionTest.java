package com.oom.core.worklist;

import static com.oom.core.testing.Orders.MONDAY_10_AM_WINNIPEG;
import static com.oom.core.testing.Orders.WINNIPEG;
import static com.oom.core.testing.Orders.appointment;
import static com.oom.core.testing.Orders.defaultOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.config.OomConfig;
import com.oom.core.escalation.EscalationRules;
import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpSync;
import com.oom.core.order.FulfilmentOutcomeKind;
import com.oom.core.order.FulfilmentStatus;
import com.oom.core.order.MissedFulfilment;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PendingCode;
import com.oom.core.order.WrongNumber;
import com.oom.core.testing.Orders;
import com.oom.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkListExclusionTest {

  private static final Instant NOW = MONDAY_10_AM_WINNIPEG;
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private final WorkLists workLists =
      new WorkLists(OomConfig.defaults(), EscalationRules.from(OomConfig.defaults()));
  private final BusinessCalendar calendar = BusinessCalendar.standard("101", WINNIPEG);

  /** An EST order that is on {@code kind} today. */
  private static OpenOrder listedOn(WorkListKind kind) {
    OpenOrder order = defaultOrder().build();
    return switch (kind) {
      case SCHEDULING -> order;
      case FOLLOW_UP -> order.toBuilder().contactDate(TODAY).build();
      case CONFIRMATION -> defaultOrder().appointment(appointment(TODAY.plusDays(1))).build();
      case CODED -> order.toBuilder().contactStatus(ContactStatus.HOLD, NOW).build();
      case PAST_DUE -> defaultOrder().fulfilmentDate(TODAY.minusDays(10)).build();
      case MISSED ->
          order.toBuilder()
              .missed(new MissedFulfilment(FulfilmentOutcomeKind.NOT_HOME, NOW.minusSeconds(7200)))
              .build();
      case SYNC ->
          order.toBuilder()
              .sync(
                  ErpSync.NONE.withCode(
                      new PendingCode(ContactStatus.HOLD, null, NOW.minusSeconds(86_400), null)))
              .build();
      case PHONE_CORRECTION ->
          order.toBuilder().addWrongNumber(new WrongNumber(Orders.MOBILE, NOW)).build();
      case CWC -> defaultOrder().status(FulfilmentStatus.CWC).build();
    };
  }

  static Stream<Arguments> everyListWithEveryStatusOomDoesNotWork() {
    List<FulfilmentStatus> notWorked =
        Arrays.stream(FulfilmentStatus.values()).filter(s -> !s.isWorkedByOom()).toList();
    return Arrays.stream(WorkListKind.values())
        .filter(WorkListKind::onlyWorkedByOom)
        .flatMap(kind -> notWorked.stream().map(status -> Arguments.of(kind, status)));
  }

  @ParameterizedTest(name = "{1} order is not on {0}")
  @MethodSource("everyListWithEveryStatusOomDoesNotWork")
  void cwc_and_closed_orders_are_never_listed(WorkListKind kind, FulfilmentStatus status) {
    OpenOrder listed = listedOn(kind);
    OpenOrder notWorked = listed.toBuilder().details(listed.details().withStatus(status)).build();
    assertThat(workLists.itemFor(kind, listed, calendar, NOW)).isPresent();

    assertThat(workLists.itemFor(kind, notWorked, calendar, NOW)).isEmpty();
    assertThat(
            workLists.build(
                kind, List.of(listed, notWorked), store -> java.util.Optional.of(calendar), NOW))
        .extracting(WorkItem::orderId)
        .containsExactly(listed.orderId());
  }
}
