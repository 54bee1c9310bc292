package com.oom.core.testing;

import com.oom.core.order.PhoneNumber;
import com.oom.core.port.SmsGateway;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Accepts texts and remembers them (with the clock's instant); its answer can be scripted. */
public final class FakeSmsGateway implements SmsGateway {
  public record Text(PhoneNumber to, String body, String orderId, String touchPoint, Instant at) {}

  public final List<Text> sent = new ArrayList<>();
  private final Clock clock;
  private Supplier<SendResult> answer;

  public FakeSmsGateway(Clock clock) {
    this.clock = clock;
    this.answer = () -> new SendResult.Sent("msg-" + (sent.size() + 1));
  }

  public void answer(Supplier<SendResult> value) {
    answer = value;
  }

  @Override
  public synchronized SendResult send(
      PhoneNumber to, String body, String orderId, String touchPoint) {
    SendResult result = answer.get();
    if (result instanceof SendResult.Sent) {
      sent.add(new Text(to, body, orderId, touchPoint, clock.instant()));
    }
    return result;
  }
}
