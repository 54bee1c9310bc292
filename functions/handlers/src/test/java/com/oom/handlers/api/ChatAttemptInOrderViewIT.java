package com.oom.handlers.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.oom.core.application.RecordConfirmationResult;
import com.oom.core.order.ConfirmationChannel;
import com.oom.core.order.ConfirmationResultKind;
import com.oom.core.testing.Orders;
import com.oom.tooling.emulator.EmulatorExtension;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A chat with Jenny, on moto: the order view shows it as a CHAT attempt with its transcript. */
@ExtendWith(EmulatorExtension.class)
class ChatAttemptInOrderViewIT {
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
  private static final String TRANSCRIPT = "https://chat.package.ai/transcripts/c-5f2e91";

  @Test
  void the_order_view_shows_jennys_chat_attempt_with_its_transcript_reference() {
    ApiTestbed api = new ApiTestbed();
    api.ingest(Orders.defaultOrder().orderId("SO-1001").appointment(Orders.appointment(TUESDAY)));
    api.oom
        .recordConfirmationResult()
        .handle(
            new RecordConfirmationResult.Command(
                "jenny-chat-1",
                "SO-1001",
                TUESDAY,
                ConfirmationResultKind.CONFIRMED,
                ConfirmationChannel.CHAT,
                Orders.MOBILE,
                api.clock.instant(),
                TRANSCRIPT));

    JsonNode view = api.view("SO-1001");

    JsonNode attempt = view.get("attempts").get(0);
    assertThat(attempt.get("channel").asText()).isEqualTo("CHAT");
    assertThat(attempt.get("agent").asText()).isEqualTo("jenny");
    assertThat(attempt.get("outcome").asText()).isEqualTo("REACHED");
    assertThat(attempt.get("transcriptRef").asText()).isEqualTo(TRANSCRIPT);
    assertThat(view.at("/order/confirmation/channel").asText()).isEqualTo("CHAT");
  }
}
