package com.oom.handlers.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LambdaEvents} against the Lambda runtime's own serializer ({@code
 * aws-lambda-java-serialization}, what a {@code RequestHandler} gets): every event read both ways
 * holds the same data, every answer is written to the same JSON.
 */
class LambdaEventsTest {
  /** Compares what the event objects hold, whatever read them. */
  private static final ObjectMapper PLAIN = new ObjectMapper();

  static List<String> sqsSamples() {
    return List.of(
        "lambda/sqs/oom-order-feed.json",
        "lambda/sqs/oom-confirmations.json",
        "lambda/sqs/oom-sms-requests.json",
        "lambda/sqs/oom-sms-inbound.json");
  }

  static List<String> httpSamples() {
    return List.of(
        "lambda/http/get-order-as-agent.json", "lambda/http/get-order-as-store-user.json");
  }

  @ParameterizedTest
  @MethodSource("sqsSamples")
  void an_sqs_sample_reads_as_the_runtime_reads_it(String sample) throws IOException {
    byte[] json = resource(sample);

    SQSEvent ours = LambdaEvents.read(new ByteArrayInputStream(json), SQSEvent.class);

    assertThat(ours.getRecords()).isNotEmpty();
    assertThat(ours.getRecords().getFirst().getEventSourceArn()).startsWith("arn:aws:sqs:");
    assertThat(tree(ours)).isEqualTo(tree(runtime(SQSEvent.class).fromJson(in(json))));
  }

  @Test
  void message_attributes_of_every_kind_read_as_the_runtime_reads_them() throws IOException {
    byte[] json =
        """
        {"Records":[{"messageId":"m-1","receiptHandle":"r","body":"hello","md5OfBody":"x",
         "md5OfMessageAttributes":"y","eventSource":"aws:sqs","awsRegion":"ca-central-1",
         "eventSourceARN":"arn:aws:sqs:ca-central-1:123456789012:q",
         "attributes":{"ApproximateReceiveCount":"2","MessageGroupId":"g"},
         "messageAttributes":{
          "text":{"stringValue":"a","dataType":"String","stringListValues":[],"binaryListValues":[]},
          "bytes":{"binaryValue":"AAEC/w==","dataType":"Binary"},
          "lists":{"stringListValues":["x","y"],"binaryListValues":["AAE="],"dataType":"String"}},
         "somethingNew":{"added":"later"}}]}
        """
            .getBytes(StandardCharsets.UTF_8);

    SQSEvent ours = LambdaEvents.read(new ByteArrayInputStream(json), SQSEvent.class);

    assertThat(ours.getRecords().getFirst().getMessageAttributes().get("bytes").getBinaryValue())
        .isEqualTo(ByteBuffer.wrap(new byte[] {0, 1, 2, (byte) 0xff}));
    assertThat(tree(ours)).isEqualTo(tree(runtime(SQSEvent.class).fromJson(in(json))));
  }

  @ParameterizedTest
  @MethodSource("httpSamples")
  void an_http_sample_reads_as_the_runtime_reads_it(String sample) throws IOException {
    byte[] json = resource(sample);

    APIGatewayV2HTTPEvent ours =
        LambdaEvents.read(new ByteArrayInputStream(json), APIGatewayV2HTTPEvent.class);

    assertThat(ours.getRequestContext().getAuthorizer().getJwt().getClaims()).containsKey("sub");
    assertThat(tree(ours)).isEqualTo(tree(runtime(APIGatewayV2HTTPEvent.class).fromJson(in(json))));
  }

  @Test
  void an_http_request_with_a_body_cookies_and_a_query_reads_as_the_runtime_reads_it()
      throws IOException {
    byte[] json =
        """
        {"version":"2.0","routeKey":"POST /orders/{orderId}/attempts","rawPath":"/orders/SO-1/attempts",
         "rawQueryString":"a=1&b=2","cookies":["c=1","d=2"],
         "headers":{"content-type":"application/json"},"queryStringParameters":{"a":"1","b":"2"},
         "pathParameters":{"orderId":"SO-1"},"stageVariables":{"s":"v"},
         "body":"eyJvdXRjb21lIjoiUkVBQ0hFRCJ9","isBase64Encoded":true,
         "requestContext":{"accountId":"123456789012","apiId":"a","stage":"$default","requestId":"r",
          "routeKey":"POST /orders/{orderId}/attempts","time":"t","timeEpoch":1796310245412,
          "domainName":"d","domainPrefix":"p","authentication":{"clientCert":null},
          "http":{"method":"POST","path":"/orders/SO-1/attempts","protocol":"HTTP/1.1",
           "sourceIp":"192.0.2.1","userAgent":"u"},
          "authorizer":{"jwt":{"claims":{"sub":"agent-7","groups":"[oom-agent]"},"scopes":["a"]},
           "lambda":{"k":"v"}}}}
        """
            .getBytes(StandardCharsets.UTF_8);

    APIGatewayV2HTTPEvent ours =
        LambdaEvents.read(new ByteArrayInputStream(json), APIGatewayV2HTTPEvent.class);

    assertThat(ours.getIsBase64Encoded()).isTrue();
    assertThat(ours.getCookies()).containsExactly("c=1", "d=2");
    assertThat(tree(ours)).isEqualTo(tree(runtime(APIGatewayV2HTTPEvent.class).fromJson(in(json))));
  }

  @Test
  void a_batch_response_is_written_as_the_runtime_writes_it() throws IOException {
    SQSBatchResponse answer =
        new SQSBatchResponse(List.of(new SQSBatchResponse.BatchItemFailure("m-2")));

    JsonNode ours = written(answer);

    assertThat(ours.toString()).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"m-2\"}]}");
    assertThat(ours).isEqualTo(runtimeWritten(SQSBatchResponse.class, answer));
  }

  @Test
  void an_http_response_is_written_as_the_runtime_writes_it() throws IOException {
    APIGatewayV2HTTPResponse answer =
        APIGatewayV2HTTPResponse.builder()
            .withStatusCode(201)
            .withHeaders(Map.of("content-type", "application/problem+json"))
            .withMultiValueHeaders(Map.of("vary", List.of("accept", "origin")))
            .withCookies(List.of("a=b"))
            .withBody("{\"status\":201}")
            .withIsBase64Encoded(false)
            .build();

    JsonNode ours = written(answer);

    assertThat(ours.get("statusCode").asInt()).isEqualTo(201);
    assertThat(ours.get("isBase64Encoded").asBoolean()).isFalse();
    assertThat(ours).isEqualTo(runtimeWritten(APIGatewayV2HTTPResponse.class, answer));
    APIGatewayV2HTTPResponse bare = APIGatewayV2HTTPResponse.builder().withStatusCode(204).build();
    assertThat(written(bare)).isEqualTo(runtimeWritten(APIGatewayV2HTTPResponse.class, bare));
  }

  @Test
  void an_answer_reads_back_as_it_was_written() throws IOException {
    SQSBatchResponse batch =
        new SQSBatchResponse(List.of(new SQSBatchResponse.BatchItemFailure("m-9")));
    APIGatewayV2HTTPResponse http =
        APIGatewayV2HTTPResponse.builder()
            .withStatusCode(409)
            .withHeaders(Map.of("Content-Type", "application/problem+json"))
            .withBody("{}")
            .withIsBase64Encoded(true)
            .build();

    assertThat(LambdaEvents.read(new ByteArrayInputStream(bytes(batch)), SQSBatchResponse.class))
        .isEqualTo(batch);
    assertThat(
            LambdaEvents.read(
                new ByteArrayInputStream(bytes(http)), APIGatewayV2HTTPResponse.class))
        .isEqualTo(http);
  }

  private static byte[] bytes(Object answer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LambdaEvents.write(out, answer);
    return out.toByteArray();
  }

  @Test
  void the_callers_streams_stay_open() throws IOException {
    var input = new ByteArrayInputStream(resource("lambda/sqs/oom-order-feed.json"));
    var output = new ByteArrayOutputStream();
    boolean[] closed = new boolean[2];
    LambdaEvents.read(
        new FilterInputStream(input) {
          @Override
          public void close() {
            closed[0] = true;
          }
        },
        SQSEvent.class);
    LambdaEvents.write(
        new FilterOutputStream(output) {
          @Override
          public void close() {
            closed[1] = true;
          }
        },
        new SQSBatchResponse(List.of()));

    assertThat(closed).containsExactly(false, false);
    assertThat(output.toString(StandardCharsets.UTF_8)).isEqualTo("{\"batchItemFailures\":[]}");
  }

  private static <T> PojoSerializer<T> runtime(Class<T> type) {
    return LambdaEventSerializers.serializerFor(type, LambdaEventsTest.class.getClassLoader());
  }

  private static JsonNode written(Object answer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LambdaEvents.write(out, answer);
    return PLAIN.readTree(out.toByteArray());
  }

  private static <T> JsonNode runtimeWritten(Class<T> type, T answer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    runtime(type).toJson(answer, out);
    return PLAIN.readTree(out.toByteArray());
  }

  private static JsonNode tree(Object event) {
    return PLAIN.valueToTree(event);
  }

  private static InputStream in(byte[] json) {
    return new ByteArrayInputStream(json);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = LambdaEventsTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
