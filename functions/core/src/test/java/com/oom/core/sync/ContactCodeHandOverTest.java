package com.oom.core.sync;

import static com.oom.core.testing.Orders.defaultOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.oom.core.order.ContactStatus;
import com.oom.core.order.ErpContactCode;
import com.oom.core.order.ErpSync;
import com.oom.core.order.OpenOrder;
import com.oom.core.order.PendingCode;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContactCodeHandOverTest {
  private static final Instant OOM_SET_AT = Instant.parse("2026-12-01T15:00:00Z");
  private static final LocalDate DEC_4 = LocalDate.of(2026, 12, 4);

  /** OOM coded the order HOLD until 4 December at OOM_SET_AT; the ERP has not shown it. */
  private static OpenOrder heldByOom() {
    return defaultOrder().build().toBuilder()
        .contactStatus(ContactStatus.HOLD, OOM_SET_AT)
        .contactDate(DEC_4)
        .sync(ErpSync.NONE.withCode(new PendingCode(ContactStatus.HOLD, DEC_4, OOM_SET_AT, null)))
        .build();
  }

  @Test
  void a_snapshot_without_a_code_says_nothing_about_codes() {
    assertThat(ContactCodeHandOver.resolve(heldByOom(), (ErpContactCode) null).verdict())
        .isEqualTo(Verdict.NOT_STATED);
  }

  @Test
  void the_erp_showing_oom_code_acknowledges_it_and_keeps_oom_clock() {
    ContactCodeHandOver.Decision d =
        ContactCodeHandOver.resolve(
            heldByOom(), new ErpContactCode(ContactStatus.HOLD, DEC_4, OOM_SET_AT));
    assertThat(d.verdict()).isEqualTo(Verdict.ACKNOWLEDGED);
    assertThat(d.since()).isEqualTo(OOM_SET_AT);
  }

  @Test
  void an_erp_code_set_before_oom_change_does_not_replace_it() {
    ContactCodeHandOver.Decision d =
        ContactCodeHandOver.resolve(
            heldByOom(),
            new ErpContactCode(ContactStatus.CALLBACK, null, OOM_SET_AT.minusSeconds(3600)));
    assertThat(d.verdict()).isEqualTo(Verdict.STILL_PENDING);
    assertThat(d.status()).isEqualTo(ContactStatus.HOLD);
  }

  @Test
  void the_same_code_from_an_earlier_change_of_oom_does_not_acknowledge_the_latest() {
    // OOM coded HOLD on the 1st at 08:00, SVC at 09:00, HOLD again at OOM_SET_AT: the ERP has
    // applied only the first HOLD.
    ContactCodeHandOver.Decision d =
        ContactCodeHandOver.resolve(
            heldByOom(),
            new ErpContactCode(ContactStatus.HOLD, DEC_4, OOM_SET_AT.minusSeconds(7 * 3600)));
    assertThat(d.verdict()).isEqualTo(Verdict.STILL_PENDING);
  }

  @Test
  void when_the_snapshot_says_how_far_the_erp_applied_oom_updates_that_decides() {
    ErpContactCode callback =
        new ErpContactCode(ContactStatus.CALLBACK, null, OOM_SET_AT.plusSeconds(60));
    assertThat(
            ContactCodeHandOver.resolve(heldByOom(), callback, java.util.Optional.of(false))
                .verdict())
        .isEqualTo(Verdict.STILL_PENDING);
    assertThat(
            ContactCodeHandOver.resolve(heldByOom(), callback, java.util.Optional.of(true))
                .verdict())
        .isEqualTo(Verdict.ERP_OVERRODE);
  }

  @Test
  void an_erp_code_set_after_oom_change_wins_and_its_timer_starts_from_its_own_time() {
    Instant later = OOM_SET_AT.plusSeconds(3600);
    ContactCodeHandOver.Decision d =
        ContactCodeHandOver.resolve(
            heldByOom(), new ErpContactCode(ContactStatus.BALDUE, null, later));
    assertThat(d.verdict()).isEqualTo(Verdict.ERP_OVERRODE);
    assertThat(d.status()).isEqualTo(ContactStatus.BALDUE);
    assertThat(d.contactDate()).isNull();
    assertThat(d.since()).isEqualTo(later);
  }

  @Test
  void at_the_same_instant_the_erp_as_system_of_record_wins() {
    ContactCodeHandOver.Decision d =
        ContactCodeHandOver.resolve(
            heldByOom(), new ErpContactCode(ContactStatus.CALLBACK, null, OOM_SET_AT));
    assertThat(d.verdict()).isEqualTo(Verdict.ERP_OVERRODE);
  }

  @Test
  void with_nothing_pending_an_erp_code_set_in_storis_is_taken_from_its_own_time() {
    Instant setInStoris = Instant.parse("2026-11-20T15:00:00Z");
    ContactCodeHandOver.Decision d =
        ContactCodeHandOver.resolve(
            defaultOrder().build(), new ErpContactCode(ContactStatus.HOLD, DEC_4, setInStoris));
    assertThat(d.verdict()).isEqualTo(Verdict.ERP_VALUE);
    assertThat(d.status()).isEqualTo(ContactStatus.HOLD);
    assertThat(d.since()).isEqualTo(setInStoris);
  }

  @Test
  void a_new_contact_date_alone_keeps_the_status_clock() {
    OpenOrder held =
        defaultOrder().build().toBuilder().contactStatus(ContactStatus.HOLD, OOM_SET_AT).build();
    ContactCodeHandOver.Decision d =
        ContactCodeHandOver.resolve(
            held, new ErpContactCode(ContactStatus.HOLD, DEC_4, OOM_SET_AT.plusSeconds(7200)));
    assertThat(d.contactDate()).isEqualTo(DEC_4);
    assertThat(d.since()).isEqualTo(OOM_SET_AT);
  }
}
