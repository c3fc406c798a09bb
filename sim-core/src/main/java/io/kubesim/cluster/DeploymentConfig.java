package io.kubesim.cluster;

import io.kubesim.config.Checks;
import java.util.Map;

/**
 * A deployment: a number of identical pods.
 *
 * @param name deployment name
 * @param replicas desired pods
 * @param labels labels of its pods (services select on them)
 * @param placement where its pods go
 * @param template the pod template
 * @param maxSurge rolling update: pods above {@code replicas} during an update (25 % → rounded up)
 * @param maxUnavailable rolling update: pods below {@code replicas} (25 % → rounded down)
 */
public record DeploymentConfig(
    String name,
    int replicas,
    Map<String, String> labels,
    Placement placement,
    PodTemplate template,
    int maxSurge,
    int maxUnavailable) {
  public DeploymentConfig {
    Checks.name("deployment.name", name);
    Checks.inRange("deployment.replicas", replicas, 0, 1_000_000);
    labels = Map.copyOf(labels == null ? Map.of() : labels);
    if (placement == null || template == null) {
      throw new IllegalArgumentException("deployment " + name + " needs placement and template");
    }
    Checks.inRange("deployment.maxSurge", maxSurge, 0, 1_000_000);
    Checks.inRange("deployment.maxUnavailable", maxUnavailable, 0, 1_000_000);
    if (maxSurge == 0 && maxUnavailable == 0) {
      throw new IllegalArgumentException(
          "deployment " + name + ": maxSurge and maxUnavailable cannot both be 0");
    }
  }

  /** Kubernetes' default maxSurge for {@code replicas}: 25 % rounded up. */
  public static int defaultMaxSurge(int replicas) {
    return Math.max(1, (int) Math.ceil(replicas * 0.25));
  }

  /** Kubernetes' default maxUnavailable for {@code replicas}: 25 % rounded down. */
  public static int defaultMaxUnavailable(int replicas) {
    return (int) Math.floor(replicas * 0.25);
  }
}
