package com.oom.benchmarks;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** The floor: a bare handler that loads nothing beyond the Lambda interface. */
public final class HelloHandler implements RequestHandler<String, String> {
  @Override
  public String handleRequest(String name, Context context) {
    return "hello " + name;
  }
}
