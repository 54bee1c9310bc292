package com.oom.handlers.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.oom.handlers.common.InvalidMessage;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP API (payload format 2.0) request as the functions need it: method, path without a stage
 * prefix, headers by case-insensitive name, query parameters, JWT claims and the body (decoded from
 * base64 when API Gateway encoded it), refused above {@link #MAX_BODY_BYTES}.
 */
public final class HttpRequest {
  /** Request bodies above 64 KiB are refused before they are parsed. */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  private final APIGatewayV2HTTPEvent event;
  private final String method;
  private final String path;
  private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  private HttpRequest(APIGatewayV2HTTPEvent event) {
    this.event = event;
    if (event.getHeaders() != null) {
      event.getHeaders().forEach((name, value) -> headers.put(name, value));
    }
    this.method = methodOf(event);
    this.path = pathOf(event);
  }

  public static HttpRequest of(APIGatewayV2HTTPEvent event) {
    return new HttpRequest(event == null ? new APIGatewayV2HTTPEvent() : event);
  }

  /** Upper case, e.g. {@code GET}; empty when the event names none. */
  public String method() {
    return method;
  }

  /** The request path, e.g. {@code /orders/SO-1001}, without a named stage's prefix. */
  public String path() {
    return path;
  }

  /** The route API Gateway matched, e.g. {@code GET /orders/{orderId}}, or empty. */
  public String routeKey() {
    String key = event.getRouteKey();
    if ((key == null || key.isBlank()) && event.getRequestContext() != null) {
      key = event.getRequestContext().getRouteKey();
    }
    return key == null ? "" : key;
  }

  public Map<String, String> pathParameters() {
    return event.getPathParameters() == null ? Map.of() : event.getPathParameters();
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /** A query parameter, from the parsed parameters or else the raw query string. */
  public Optional<String> query(String name) {
    if (event.getQueryStringParameters() != null) {
      return Optional.ofNullable(event.getQueryStringParameters().get(name));
    }
    String raw = event.getRawQueryString();
    if (raw == null || raw.isEmpty()) {
      return Optional.empty();
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (decodeQuery(key).equals(name)) {
        return Optional.of(eq < 0 ? "" : decodeQuery(pair.substring(eq + 1)));
      }
    }
    return Optional.empty();
  }

  /** The claims the HTTP API's JWT authorizer verified; empty when there are none. */
  public Map<String, String> claims() {
    var context = event.getRequestContext();
    if (context == null
        || context.getAuthorizer() == null
        || context.getAuthorizer().getJwt() == null
        || context.getAuthorizer().getJwt().getClaims() == null) {
      return Map.of();
    }
    return context.getAuthorizer().getJwt().getClaims();
  }

  /** API Gateway's id of this request, or empty. */
  public Optional<String> requestId() {
    var context = event.getRequestContext();
    return context == null
        ? Optional.empty()
        : Optional.ofNullable(context.getRequestId()).filter(id -> !id.isBlank());
  }

  /** The body exactly as the client sent it (decoded from base64), or an empty array. */
  public byte[] bodyBytes() {
    String body = event.getBody();
    if (body == null) {
      return new byte[0];
    }
    if (event.getIsBase64Encoded()) {
      if (body.length() > (MAX_BODY_BYTES / 3 + 1) * 4) {
        throw tooLarge();
      }
      try {
        byte[] decoded = Base64.getDecoder().decode(body);
        if (decoded.length > MAX_BODY_BYTES) {
          throw tooLarge();
        }
        return decoded;
      } catch (IllegalArgumentException notBase64) {
        throw new InvalidMessage("body", "is marked base64-encoded but is not");
      }
    }
    if (body.length() > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    return bytes;
  }

  /** The body as UTF-8 text; malformed UTF-8 is refused. */
  public String bodyText() {
    return utf8(bodyBytes());
  }

  public static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidMessage("body", "is not UTF-8 text");
    }
  }

  private static InvalidMessage tooLarge() {
    return new InvalidMessage("body", "is larger than " + MAX_BODY_BYTES + " bytes");
  }

  private static String methodOf(APIGatewayV2HTTPEvent event) {
    var context = event.getRequestContext();
    if (context != null && context.getHttp() != null && context.getHttp().getMethod() != null) {
      return context.getHttp().getMethod().toUpperCase(Locale.ROOT);
    }
    String routeKey = event.getRouteKey();
    if (routeKey != null && routeKey.contains(" ")) {
      return routeKey.substring(0, routeKey.indexOf(' ')).toUpperCase(Locale.ROOT);
    }
    return "";
  }

  private static String pathOf(APIGatewayV2HTTPEvent event) {
    String raw = event.getRawPath();
    var context = event.getRequestContext();
    if ((raw == null || raw.isEmpty()) && context != null && context.getHttp() != null) {
      raw = context.getHttp().getPath();
    }
    if (raw == null || raw.isEmpty()) {
      return "/";
    }
    String stage = context == null ? null : context.getStage();
    if (stage != null && !stage.isBlank() && !"$default".equals(stage)) {
      String prefix = "/" + stage;
      if (raw.equals(prefix)) {
        return "/";
      }
      if (raw.startsWith(prefix + "/")) {
        return raw.substring(prefix.length());
      }
    }
    return raw;
  }

  private static String decodeQuery(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return value;
    }
  }
}
