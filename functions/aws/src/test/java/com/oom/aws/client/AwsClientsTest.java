package com.oom.aws.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;

class AwsClientsTest {
  @Test
  void aSnapStartFunctionTakesItsCredentialsFromTheContainerEndpoint() {
    assertThat(
            AwsClients.lambdaCredentials(
                Map.of(
                    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                        "http://127.0.0.1:9001/2021-04-23/credentials",
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN", "token")))
        .isInstanceOf(ContainerCredentialsProvider.class);
  }

  @Test
  void anOrdinaryFunctionTakesTheAccessKeyVariables() {
    assertThat(AwsClients.lambdaCredentials(Map.of("AWS_ACCESS_KEY_ID", "AKIA...")))
        .isInstanceOf(EnvironmentVariableCredentialsProvider.class);
    assertThat(AwsClients.lambdaCredentials(Map.of("AWS_CONTAINER_CREDENTIALS_FULL_URI", " ")))
        .isInstanceOf(EnvironmentVariableCredentialsProvider.class);
  }
}
