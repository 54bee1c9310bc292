package com.oom.core.rules;

import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.ContactStatus;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.OrderEvent;
import com.oom.core.order.OrderUpdate;
import com.oom.core.testing.Orders;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BalancePaymentsTest {
  private static final Instant CODED = winnipeg("2026-11-27T10:00");
  private static final Instant NOW = winnipeg("2026-11-30T10:00");

  private static OpenOrder baldue(String balance) {
    return defaultOrder().balanceDue(balance).build().toBuilder()
        .contactStatus(ContactStatus.BALDUE, CODED)
        .build();
  }

  @Test
  void a_paid_balance_clears_baldue_with_standard_wording_and_tracks_it_for_the_erp() {
    OrderUpdate update =
        BalancePayments.clearPaidBalanceDue(baldue("0"), Orders.system("erp-7", NOW));

    assertThat(update.after().contactStatus()).isEqualTo(ContactStatus.NONE);
    assertThat(update.after().contactStatusSince()).isEqualTo(NOW);
    assertThat(update.events())
        .singleElement()
        .isInstanceOfSatisfying(
            OrderEvent.ContactStatusChanged.class,
            e -> {
              assertThat(e.from()).isEqualTo(ContactStatus.BALDUE);
              assertThat(e.to()).isEqualTo(ContactStatus.NONE);
              assertThat(e.comment()).isEqualTo(BalancePayments.CLEARED);
            });
    assertThat(update.after().sync().code()).isNotNull();
  }

  @Test
  void a_balance_still_owing_keeps_baldue() {
    OpenOrder owing = baldue("120.00");

    assertThat(BalancePayments.clearPaidBalanceDue(owing, Orders.system("erp-7", NOW)).changed())
        .isFalse();
  }

  @Test
  void the_baldue_contact_date_is_cleared_with_the_code_so_the_order_can_be_booked_at_once() {
    OpenOrder ahead = baldue("0").toBuilder().contactDate(LocalDate.of(2026, 12, 2)).build();

    OpenOrder cleared = BalancePayments.clearPaidBalanceDue(ahead, Orders.system("e", NOW)).after();

    assertThat(cleared.contactDate()).isNull();
    assertThat(
            new com.oom.core.worklist.WorkLists(
                    com.oom.core.config.OomConfig.defaults(),
                    com.oom.core.escalation.EscalationRules.from(
                        com.oom.core.config.OomConfig.defaults()))
                .itemFor(
                    com.oom.core.worklist.WorkListKind.SCHEDULING,
                    cleared,
                    com.oom.core.time.BusinessCalendar.standard("101", Orders.WINNIPEG),
                    NOW))
        .isPresent();
  }

  @Test
  void other_codes_are_left_alone() {
    OpenOrder hold =
        defaultOrder().balanceDue("0").build().toBuilder()
            .contactStatus(ContactStatus.HOLD, CODED)
            .build();

    assertThat(BalancePayments.clearPaidBalanceDue(hold, Orders.system("e", NOW)).changed())
        .isFalse();
  }
}
