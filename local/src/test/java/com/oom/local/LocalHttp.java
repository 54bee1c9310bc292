package com.oom.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oom.aws.json.ApiJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Calls the local runner's HTTP server as a client would; the answer's status is in {@code
 * _status}.
 */
final class LocalHttp {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private LocalHttp() {}

  static JsonNode call(
      URI server, String method, String path, Map<String, String> headers, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("content-type", "application/json");
    headers.forEach(request::header);
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json =
        response.body().isBlank()
            ? ApiJson.mapper().createObjectNode()
            : ApiJson.mapper().readTree(response.body());
    ((ObjectNode) json).put("_status", response.statusCode());
    return json;
  }

  /** The bearer header for {@code token}, or none. */
  static Map<String, String> bearer(String token) {
    return token == null ? Map.of() : Map.of("authorization", "Bearer " + token);
  }
}
