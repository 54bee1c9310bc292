package com.oom.handlers.testing;

import com.oom.tooling.lambda.InvocationContext;

/** A Lambda context for tests; each call of {@link #getAwsRequestId} is a new request id. */
public final class FakeContext extends InvocationContext {
  private int invocations;

  public FakeContext(String functionName) {
    super(functionName);
  }

  @Override
  public String getAwsRequestId() {
    return "req-" + (++invocations);
  }
}
