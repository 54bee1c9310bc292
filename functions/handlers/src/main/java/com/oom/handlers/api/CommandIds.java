package com.oom.handlers.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.oom.handlers.common.InvalidMessage;
import com.oom.handlers.http.HttpRequest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The command id that makes a retry safe, persisted as the command's idempotency record: the
 * client's {@code Idempotency-Key}, scoped to the caller and the route ({@code
 * api:<ROUTE_NAME>:<subject>:<key>}: one client's key never collides with another's, and a key
 * reused for another kind of change is another command), else API Gateway's request id ({@code
 * api:request:<requestId>}).
 */
public final class CommandIds {
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final Pattern IDEMPOTENCY_KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,200}");

  private CommandIds() {}

  /** The command id, or a 400 naming {@code Idempotency-Key} when the key is malformed. */
  public static String of(HttpRequest request, Context context, ApiRoute route, Caller caller) {
    Optional<String> key = request.header(IDEMPOTENCY_KEY);
    if (key.isPresent()) {
      if (!IDEMPOTENCY_KEY_FORMAT.matcher(key.get()).matches()) {
        throw new InvalidMessage(
            IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters (e.g. a UUID)");
      }
      return "api:" + route.name() + ":" + caller.subject() + ":" + key.get();
    }
    String requestId =
        request
            .requestId()
            .orElseGet(() -> context == null ? "unknown" : context.getAwsRequestId());
    return "api:request:" + requestId;
  }
}
