package com.oom.aws.secrets;

import java.util.Objects;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Secrets read once, when a function starts; their values are never logged or echoed. */
public final class SecretsManagerSecrets {
  private SecretsManagerSecrets() {}

  /** The {@code SecretString} of the current version of {@code secretId} (a name or an ARN). */
  public static String secretString(SecretsManagerClient client, String secretId) {
    Objects.requireNonNull(client, "client");
    if (secretId == null || secretId.isBlank()) {
      throw new IllegalStateException("no secret id given");
    }
    String value = client.getSecretValue(b -> b.secretId(secretId)).secretString();
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException("secret " + secretId + " has no SecretString");
    }
    return value;
  }
}
