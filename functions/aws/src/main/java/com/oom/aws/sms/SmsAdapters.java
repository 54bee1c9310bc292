package com.oom.aws.sms;

import com.oom.aws.client.AwsClients;
import com.oom.core.port.SmsGateway;

/** Builds the {@link SmsGateway} adapters. Call once, in a handler's wiring constructor. */
public final class SmsAdapters {
  private SmsAdapters() {}

  /**
   * Texts through AWS End User Messaging SMS v2 from the settings' phone pool, on the shared light
   * HTTP client (and its interceptors), at the settings' endpoint when one is given.
   */
  public static SmsGateway endUserMessaging(AwsClients clients, SmsSettings settings) {
    return new EndUserMessagingSmsGateway(clients.sms(settings.endpoint()), settings);
  }
}
