package com.oom.core.rules;

import static com.oom.core.testing.Orders.defaultOrder;
import static com.oom.core.testing.Orders.winnipeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oom.core.order.InvalidCommand;
import com.oom.core.order.OpenOrder;
import com.oom.core.testing.Orders;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FulfilmentDatesTest {
  private static final Instant NOW = winnipeg("2026-11-30T10:00");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private static OpenOrder pastDue(LocalDate atp) {
    return defaultOrder().fulfilmentDate(LocalDate.of(2026, 11, 25)).atpDate(atp).build();
  }

  private static OpenOrder redate(OpenOrder order, LocalDate date) {
    return FulfilmentDates.redate(order, date, "past due", Orders.agent("r1", NOW)).after();
  }

  @Test
  void without_a_date_it_re_dates_to_the_atp_date() {
    LocalDate atp = LocalDate.of(2026, 12, 3);

    assertThat(redate(pastDue(atp), null).details().fulfilmentDate()).isEqualTo(atp);
  }

  @Test
  void once_the_atp_date_has_passed_it_re_dates_to_the_booked_appointment() {
    OpenOrder booked =
        defaultOrder()
            .fulfilmentDate(LocalDate.of(2026, 11, 25))
            .atpDate(LocalDate.of(2026, 11, 20))
            .appointment(Orders.appointment(LocalDate.of(2026, 12, 2)))
            .build();

    assertThat(redate(booked, null).details().fulfilmentDate())
        .isEqualTo(LocalDate.of(2026, 12, 2));
  }

  @Test
  void a_passed_atp_date_and_no_appointment_asks_the_agent_for_the_date() {
    assertThatThrownBy(() -> redate(pastDue(LocalDate.of(2026, 11, 20)), null))
        .isInstanceOf(InvalidCommand.class)
        .hasMessageContaining("the ATP date 2026-11-20 has passed");
  }

  @Test
  void the_agents_date_wins_and_must_not_be_before_today() {
    assertThat(redate(pastDue(null), TODAY.plusDays(4)).details().fulfilmentDate())
        .isEqualTo(TODAY.plusDays(4));
    assertThatThrownBy(() -> redate(pastDue(null), TODAY.minusDays(1)))
        .isInstanceOf(InvalidCommand.class);
  }

  @Test
  void without_a_date_or_an_atp_date_it_is_refused() {
    assertThatThrownBy(() -> redate(pastDue(null), null))
        .isInstanceOf(InvalidCommand.class)
        .hasMessageContaining("no ATP date");
  }
}
