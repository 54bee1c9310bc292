package com.oom.local;

import com.oom.core.order.PhoneNumber;
import com.oom.core.port.SmsGateway;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Texts "sent" locally: kept for {@code GET /_local/sms}, never leave the machine. */
public final class LocalSmsSink implements SmsGateway {
  public record Text(String to, String touchPoint, String body, Instant sentAt, String orderId) {}

  private final Clock clock;
  private final List<Text> texts = new ArrayList<>();

  public LocalSmsSink(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized SendResult send(
      PhoneNumber to, String body, String orderId, String touchPoint) {
    texts.add(new Text(to.value(), touchPoint, body, clock.instant(), orderId));
    return new SendResult.Sent("local-" + texts.size());
  }

  /** Newest first. */
  public synchronized List<Text> newestFirst() {
    List<Text> copy = new ArrayList<>(texts);
    java.util.Collections.reverse(copy);
    return copy;
  }

  public synchronized List<Text> all() {
    return List.copyOf(texts);
  }
}
