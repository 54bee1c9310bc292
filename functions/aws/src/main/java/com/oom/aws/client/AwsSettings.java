package com.oom.aws.client;

import com.oom.catalogue.Setting;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the AWS services are: the region and, for emulators (moto, LocalStack) or tests, an
 * endpoint override. Read once at wiring time.
 */
public record AwsSettings(String region, Optional<URI> endpointOverride) {
  public static final String REGION = "AWS_REGION";
  public static final String ENDPOINT = Setting.AWS_ENDPOINT.variable();

  public AwsSettings {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(endpointOverride, "endpointOverride");
  }

  public static AwsSettings fromEnvironment(Map<String, String> env) {
    String region = env.getOrDefault(REGION, "ca-central-1");
    Optional<URI> endpoint =
        Optional.ofNullable(env.get(ENDPOINT)).filter(s -> !s.isBlank()).map(URI::create);
    return new AwsSettings(region, endpoint);
  }

  public static AwsSettings emulator(URI endpoint) {
    return emulator(endpoint, "us-east-1");
  }

  /** An emulator's endpoint, in a region (moto keeps each region's queues and tables apart). */
  public static AwsSettings emulator(URI endpoint, String region) {
    return new AwsSettings(region, Optional.of(endpoint));
  }
}
