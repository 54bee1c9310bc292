package com.oom.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * End User Messaging SMS v2 as the functions see it in the benchmark: every request (the JSON 1.0
 * protocol posts to "/") is answered 200 with a new {@code MessageId}, as {@code SendTextMessage}
 * answers. moto has no SMS v2, and a closed port would make a sending function pay the SDK's
 * retries and back-off instead of one round trip. Runs in the harness JVM until {@link #stop}.
 */
final class SmsStub implements AutoCloseable {
  private final HttpServer server;

  private SmsStub(HttpServer server) {
    this.server = server;
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }

  static SmsStub start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicLong ids = new AtomicLong();
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          byte[] body =
              ("{\"MessageId\":\"bench-" + ids.incrementAndGet() + "\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return new SmsStub(server);
  }
}
