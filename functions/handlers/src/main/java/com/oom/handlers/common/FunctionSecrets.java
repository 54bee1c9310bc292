package com.oom.handlers.common;

import com.oom.aws.secrets.SecretsManagerSecrets;
import com.oom.catalogue.Setting;
import java.util.Map;

/**
 * A secret a function reads once, in its init phase: given as itself (emulators, tests, the local
 * runner) or by the ARN of its Secrets Manager secret (AWS), never both. Secrets Manager is asked
 * only for an ARN. The value is never logged.
 */
public final class FunctionSecrets {
  private FunctionSecrets() {}

  /**
   * @param plain the setting holding the secret itself
   * @param arn the setting holding its Secrets Manager ARN
   * @param forWhat what the secret is for, in the error when neither or both are set
   */
  public static String read(FunctionWiring wiring, Setting plain, Setting arn, String forWhat) {
    Map<String, String> env = wiring.env();
    String value = env.get(plain.variable());
    String secretArn = env.get(arn.variable());
    boolean hasValue = value != null && !value.isBlank();
    boolean hasArn = secretArn != null && !secretArn.isBlank();
    if (hasValue == hasArn) {
      throw new IllegalStateException(
          "set exactly one of " + plain.variable() + " and " + arn.variable() + " for " + forWhat);
    }
    return hasArn
        ? SecretsManagerSecrets.secretString(wiring.clients().secretsManager(), secretArn)
        : value;
  }
}
