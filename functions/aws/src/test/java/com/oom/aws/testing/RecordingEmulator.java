package com.oom.aws.testing;

import com.oom.tooling.emulator.Emulator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake emulator for tests of the switch ({@code Emulators.choose}): its own endpoint on loopback,
 * in front of a real emulator it forwards every request to, recording how often it was asked for
 * its endpoint and each request that reached it (the operation of its {@code X-Amz-Target}, e.g.
 * {@code CreateTable}). A client built from any other endpoint leaves no trace here.
 */
public final class RecordingEmulator implements Emulator {
  private static final Set<String> HOP_BY_HOP =
      Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding");

  private final Emulator behind;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> requests = new ArrayList<>();
  private final AtomicInteger endpointsAsked = new AtomicInteger();

  public RecordingEmulator(Emulator behind) {
    this.behind = behind;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException("no loopback port for the recording emulator", e);
    }
    server.createContext("/", this::forward);
    server.setExecutor(threads);
    server.start();
  }

  @Override
  public URI endpoint() {
    endpointsAsked.incrementAndGet();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public String region() {
    return behind.region();
  }

  @Override
  public void reset() {
    behind.reset();
  }

  /** How many times a suite asked for {@link #endpoint()}. */
  public int endpointsAsked() {
    return endpointsAsked.get();
  }

  /** The operations of the requests that reached this endpoint, in order of arrival. */
  public synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  public synchronized void clear() {
    requests.clear();
  }

  /** Stops the endpoint; the emulator behind it keeps running. */
  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
      synchronized (this) {
        requests.add(target == null ? "?" : target.substring(target.lastIndexOf('.') + 1));
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      URI uri = behind.endpoint().resolve(exchange.getRequestURI().toString());
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri)
              .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                  values.forEach(value -> request.header(name, value));
                }
              });
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                  exchange.getResponseHeaders().put(name, values);
                }
              });
      byte[] answer = response.body();
      exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
