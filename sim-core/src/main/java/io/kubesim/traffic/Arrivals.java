package io.kubesim.traffic;

import io.kubesim.config.Checks;
import io.kubesim.dist.Distribution;

/** How a client's requests arrive: the registry of arrival processes. */
public sealed interface Arrivals permits Arrivals.Poisson, Arrivals.ClosedLoop {

  /** Open loop: a (possibly non-homogeneous) Poisson process, simulated by thinning. */
  record Poisson(RateProfile rate) implements Arrivals {
    public Poisson {
      if (rate == null) {
        throw new IllegalArgumentException("poisson.rate is required");
      }
    }
  }

  /** Closed loop: {@code users} users, each waits {@code thinkTime} after a response. */
  record ClosedLoop(int users, Distribution thinkTime) implements Arrivals {
    public ClosedLoop {
      Checks.inRange("closedLoop.users", users, 1, 10_000_000);
      if (thinkTime == null) {
        throw new IllegalArgumentException("closedLoop.thinkTime is required");
      }
    }
  }
}
