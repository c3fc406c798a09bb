package io.kubesim.cluster;

import io.kubesim.config.Checks;
import io.kubesim.dist.Distribution;
import io.kubesim.probe.ProbeConfig;
import java.util.Optional;

/**
 * The pod template of a deployment.
 *
 * @param server the request-serving model
 * @param startupTime time from scheduling to the container running (image pull, start), seconds
 * @param readinessProbe readiness probe; without one a running container is ready at once
 * @param livenessProbe liveness probe; failing restarts the container
 * @param startupProbe startup probe; holds the other two back until it succeeds
 * @param terminationGracePeriodSeconds time a terminating pod may take to finish (30 s)
 * @param preStopSleepSeconds a {@code preStop} sleep: time before SIGTERM during which the pod
 *     keeps serving as before (0 s)
 * @param sigterm what the process does on SIGTERM (default {@link SigtermBehaviour#DRAIN}: the
 *     listener closes at once and late connections are refused)
 * @param warmCache an in-process cache a restart empties, if any
 */
public record PodTemplate(
    ServerConfig server,
    Distribution startupTime,
    Optional<ProbeConfig> readinessProbe,
    Optional<ProbeConfig> livenessProbe,
    Optional<ProbeConfig> startupProbe,
    double terminationGracePeriodSeconds,
    double preStopSleepSeconds,
    SigtermBehaviour sigterm,
    Optional<WarmCacheConfig> warmCache) {
  public PodTemplate {
    if (server == null || startupTime == null) {
      throw new IllegalArgumentException("pod template needs a server and a startupTime");
    }
    readinessProbe = readinessProbe == null ? Optional.empty() : readinessProbe;
    livenessProbe = livenessProbe == null ? Optional.empty() : livenessProbe;
    startupProbe = startupProbe == null ? Optional.empty() : startupProbe;
    warmCache = warmCache == null ? Optional.empty() : warmCache;
    sigterm = sigterm == null ? SigtermBehaviour.DRAIN : sigterm;
    Checks.nonNegative("terminationGracePeriodSeconds", terminationGracePeriodSeconds);
    Checks.nonNegative("preStopSleepSeconds", preStopSleepSeconds);
    if (livenessProbe.map(p -> p.successThreshold() != 1).orElse(false)
        || startupProbe.map(p -> p.successThreshold() != 1).orElse(false)) {
      throw new IllegalArgumentException(
          "livenessProbe.successThreshold and startupProbe.successThreshold must be 1");
    }
  }
}
