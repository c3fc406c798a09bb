package io.kubesim.config;


/**
 * How a scenario is run.
 *
 * @param durationSeconds simulated time per replication
 * @param warmUpSeconds requests started before this are not counted
 * @param replications independent replications per variant (paired across variants)
 * @param seed master seed of every random stream
 * @param bucketSeconds width of a time-series bucket
 */
public record ExperimentConfig(
    double durationSeconds, double warmUpSeconds, int replications, long seed,
    double bucketSeconds) {
  public ExperimentConfig {
    Checks.positive("experiment.duration", durationSeconds);
    Checks.nonNegative("experiment.warmUp", warmUpSeconds);
    if (warmUpSeconds >= durationSeconds) {
      throw new IllegalArgumentException("experiment.warmUp must be shorter than the duration");
    }
    Checks.inRange("experiment.replications", replications, 1, 100_000);
    Checks.positive("experiment.bucket", bucketSeconds);
    if (durationSeconds / bucketSeconds > 100_000) {
      throw new IllegalArgumentException("experiment.bucket too small: more than 100000 buckets");
    }
  }
}
