package com.oom.tooling.stubs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** End User Messaging's SMS API on WireMock, for tests that only need texts to go out. */
public final class SmsApiStub {
  private SmsApiStub() {}

  /** Every {@code SendTextMessage} is accepted with message id {@code m-1}. */
  public static void acceptEveryText(WireMockExtension sms) {
    sms.stubFor(
        post("/")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/x-amz-json-1.0")
                    .withBody("{\"MessageId\":\"m-1\"}")));
  }
}
