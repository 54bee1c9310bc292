package com.oom.core.application;

import com.oom.core.outbox.OutboxMessage.SmsRequest;
import com.oom.core.port.SmsLog;
import java.time.Clock;

/** The sweep's SMS step: deferred texts whose time has come go through the sender again. */
public final class SendDeferredSms {
  private final SmsLog log;
  private final SendTouchPoint sender;
  private final Clock clock;

  public SendDeferredSms(SmsLog log, SendTouchPoint sender, Clock clock) {
    this.log = log;
    this.sender = sender;
    this.clock = clock;
  }

  public record Result(int due, int sent) {}

  public Result handle(int limit) {
    int due = 0;
    int sent = 0;
    for (SmsRequest request : log.deferredDue(clock.instant(), limit)) {
      due++;
      if (sender.handle(request) instanceof SendTouchPoint.Result.Sent) {
        sent++;
      }
    }
    return new Result(due, sent);
  }
}
