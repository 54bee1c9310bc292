package com.oom.tooling.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The one moto launcher: through the wrapper or plain, on a free or a given port, reset, stop. */
class MotoServerIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void the_wrapper_serialized_on_a_free_port_forgets_everything_on_reset_and_stops_on_close()
      throws Exception {
    URI endpoint;
    try (MotoServer moto = MotoServer.builder().serializeRequests().start()) {
      endpoint = moto.endpoint();
      assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
      // through the wrapper on a Python that has moto (not the fallback to plain moto)
      assertThat(moto.command())
          .startsWith(
              MotoServer.pythonWithMoto().orElseThrow(),
              MotoServer.wrapperScript().toString(),
              "--serialize-requests");
      dynamo(endpoint, "CreateTable", TABLE);
      assertThat(dynamo(endpoint, "ListTables", "{}")).contains("\"launcher-test\"");

      moto.reset();

      assertThat(dynamo(endpoint, "ListTables", "{}")).doesNotContain("launcher-test");
    }
    assertThatThrownBy(() -> dynamo(endpoint, "ListTables", "{}")).isInstanceOf(IOException.class);
  }

  @Test
  void plain_moto_on_a_given_port_writes_its_log_where_asked() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Path log = Files.createTempDirectory("moto-launcher").resolve("logs").resolve("moto.log");
    try (MotoServer moto = MotoServer.builder().plainMoto().port(port).log(log).start()) {
      assertThat(moto.endpoint()).isEqualTo(URI.create("http://127.0.0.1:" + port));
      assertThat(String.join(" ", moto.command())).doesNotContain("oom_moto");
      assertThat(dynamo(moto.endpoint(), "ListTables", "{}")).contains("TableNames");
      assertThat(log).isRegularFile();
    }
  }

  @Test
  void the_shared_server_of_the_tests_is_one_per_jvm() {
    assertThat(MotoServer.get()).isSameAs(MotoServer.get());
    MotoServer.stopSharedIfRunning();
  }

  private static final String TABLE =
      """
      {"TableName":"launcher-test","BillingMode":"PAY_PER_REQUEST",
       "AttributeDefinitions":[{"AttributeName":"PK","AttributeType":"S"}],
       "KeySchema":[{"AttributeName":"PK","KeyType":"HASH"}]}""";

  private static String dynamo(URI endpoint, String operation, String body)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header(
                    "Authorization",
                    "AWS4-HMAC-SHA256 Credential=test/20261204/us-east-1/dynamodb/aws4_request,"
                        + " SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }
}
