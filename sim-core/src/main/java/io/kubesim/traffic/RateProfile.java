package io.kubesim.traffic;

import io.kubesim.config.Checks;
import java.util.List;

/** Offered request rate (requests per second) as a function of simulated time (seconds). */
public sealed interface RateProfile
    permits RateProfile.Constant, RateProfile.Steps, RateProfile.Ramp, RateProfile.Diurnal {

  /** The rate at time {@code t}. */
  double rateAt(double t);

  /** An upper bound of {@link #rateAt} over all times (for thinning). */
  double maxRate();

  /** A constant rate. */
  record Constant(double ratePerSecond) implements RateProfile {
    public Constant {
      Checks.nonNegative("rate", ratePerSecond);
    }

    @Override
    public double rateAt(double t) {
      return ratePerSecond;
    }

    @Override
    public double maxRate() {
      return ratePerSecond;
    }
  }

  /** One step of a {@link Steps} profile: from {@code atSeconds} on, {@code ratePerSecond}. */
  record Step(double atSeconds, double ratePerSecond) {
    public Step {
      Checks.nonNegative("step.at", atSeconds);
      Checks.nonNegative("step.rate", ratePerSecond);
    }
  }

  /** Piecewise-constant rate; before the first step the rate is {@code initialRatePerSecond}. */
  record Steps(double initialRatePerSecond, List<Step> steps) implements RateProfile {
    public Steps {
      Checks.nonNegative("rate", initialRatePerSecond);
      steps = Checks.list("steps", steps);
      for (int i = 1; i < steps.size(); i++) {
        if (steps.get(i).atSeconds() < steps.get(i - 1).atSeconds()) {
          throw new IllegalArgumentException("steps must be in time order");
        }
      }
    }

    @Override
    public double rateAt(double t) {
      double r = initialRatePerSecond;
      for (Step s : steps) {
        if (s.atSeconds() > t) {
          break;
        }
        r = s.ratePerSecond();
      }
      return r;
    }

    @Override
    public double maxRate() {
      double m = initialRatePerSecond;
      for (Step s : steps) {
        m = Math.max(m, s.ratePerSecond());
      }
      return m;
    }
  }

  /** Linear ramp from {@code fromRate} at {@code startSeconds} to {@code toRate} at {@code endSeconds}. */
  record Ramp(double fromRate, double toRate, double startSeconds, double endSeconds)
      implements RateProfile {
    public Ramp {
      Checks.nonNegative("ramp.from", fromRate);
      Checks.nonNegative("ramp.to", toRate);
      Checks.nonNegative("ramp.start", startSeconds);
      if (!(endSeconds > startSeconds)) {
        throw new IllegalArgumentException("ramp.end must be after ramp.start");
      }
    }

    @Override
    public double rateAt(double t) {
      if (t <= startSeconds) {
        return fromRate;
      }
      if (t >= endSeconds) {
        return toRate;
      }
      return fromRate + (toRate - fromRate) * (t - startSeconds) / (endSeconds - startSeconds);
    }

    @Override
    public double maxRate() {
      return Math.max(fromRate, toRate);
    }
  }

  /** Sinusoidal day: {@code mean + amplitude·sin(2πt/period)}, never below 0. */
  record Diurnal(double meanRate, double amplitude, double periodSeconds) implements RateProfile {
    public Diurnal {
      Checks.nonNegative("diurnal.mean", meanRate);
      Checks.nonNegative("diurnal.amplitude", amplitude);
      Checks.positive("diurnal.period", periodSeconds);
    }

    @Override
    public double rateAt(double t) {
      return Math.max(0, meanRate + amplitude * Math.sin(2 * Math.PI * t / periodSeconds));
    }

    @Override
    public double maxRate() {
      return meanRate + amplitude;
    }
  }
}
