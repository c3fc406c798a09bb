package io.kubesim.fault;

import io.kubesim.config.Checks;
import io.kubesim.dist.Distribution;

/**
 * A fault or action on the scenario's timeline: it starts at {@code atSeconds} and, where it has a
 * duration, ends {@code durationSeconds} later ({@code Double.POSITIVE_INFINITY}: never heals).
 */
public sealed interface FaultConfig {

  /** A name unique in the scenario, used in reports. */
  String name();

  /** Start time, seconds from the start of the run. */
  double atSeconds();

  /** Duration in seconds; 0 for instantaneous actions. */
  double durationSeconds();

  /** The registry name of this kind of fault. */
  String kind();

  /** End time, seconds. */
  default double endSeconds() {
    return atSeconds() + durationSeconds();
  }

  /** Checks a fault's name, a start time ≥ 0 and a duration > 0 (or infinite). */
  private static void checkTimed(String name, double atSeconds, double durationSeconds) {
    checkStart(name, atSeconds);
    Checks.positiveOrInfinite("fault.duration", durationSeconds);
  }

  private static void checkStart(String name, double atSeconds) {
    Checks.name("fault.name", name);
    Checks.nonNegative("fault.at", atSeconds);
  }

  /** Which directions of a partition are cut. */
  enum Direction {
    /** Packets from source to target are dropped. */
    TO,
    /** Packets from target to source are dropped. */
    FROM,
    /** Both. */
    BOTH
  }

  /**
   * Network partition between two host sets; only traffic between the sets is cut, never inside
   * one. An asymmetric ("gray") partition is a node cut from its peers while the control plane
   * still reaches it; a full node partition adds the control plane and external clients.
   */
  record Partition(
      String name, double atSeconds, double durationSeconds, HostSelector source,
      HostSelector target, Direction direction) implements FaultConfig {
    public Partition {
      checkTimed(name, atSeconds, durationSeconds);
      if (source == null || target == null || direction == null) {
        throw new IllegalArgumentException("partition " + name + " needs selector, target, direction");
      }
    }

    @Override
    public String kind() {
      return "partition";
    }
  }

  /** Nodes lose power: their pods die and they answer nothing until they come back. */
  record NodeCrash(String name, double atSeconds, double durationSeconds, HostSelector nodes)
      implements FaultConfig {
    public NodeCrash {
      checkTimed(name, atSeconds, durationSeconds);
      if (nodes == null) {
        throw new IllegalArgumentException("nodeCrash " + name + " needs nodes");
      }
    }

    @Override
    public String kind() {
      return "nodeCrash";
    }
  }

  /**
   * Containers crash at {@code atSeconds}; while the fault lasts a restarted container crashes
   * again on start (a crash loop). Duration 0: a single crash.
   */
  record PodCrash(String name, double atSeconds, double durationSeconds, PodSelector pods)
      implements FaultConfig {
    public PodCrash {
      checkStart(name, atSeconds);
      Checks.nonNegative("fault.duration", durationSeconds);
      if (pods == null) {
        throw new IllegalArgumentException("podCrash " + name + " needs pods");
      }
    }

    @Override
    public String kind() {
      return "podCrash";
    }
  }

  /** Gray latency: selected pods serve {@code slowdown} times slower plus {@code extraLatency}. */
  record SlowPod(
      String name, double atSeconds, double durationSeconds, PodSelector pods, double slowdown,
      Distribution extraLatency) implements FaultConfig {
    public SlowPod {
      checkTimed(name, atSeconds, durationSeconds);
      Checks.inRange("slowPod.slowdown", slowdown, 1, 1e9);
      if (pods == null || extraLatency == null) {
        throw new IllegalArgumentException("slowPod " + name + " needs pods and extraLatency");
      }
    }

    @Override
    public String kind() {
      return "slowPod";
    }
  }

  /** Packets to or from the selected hosts are lost with {@code probability}. */
  record PacketLoss(
      String name, double atSeconds, double durationSeconds, HostSelector hosts,
      double probability) implements FaultConfig {
    public PacketLoss {
      checkTimed(name, atSeconds, durationSeconds);
      Checks.inRange("packetLoss.probability", probability, 0, 0.99);
      if (hosts == null) {
        throw new IllegalArgumentException("packetLoss " + name + " needs hosts");
      }
    }

    @Override
    public String kind() {
      return "packetLoss";
    }
  }

  /** Endpoint updates reach kube-proxies {@code extraDelay} later than usual. */
  record DelayedPropagation(
      String name, double atSeconds, double durationSeconds, Distribution extraDelay)
      implements FaultConfig {
    public DelayedPropagation {
      checkTimed(name, atSeconds, durationSeconds);
      if (extraDelay == null) {
        throw new IllegalArgumentException("delayedPropagation " + name + " needs extraDelay");
      }
    }

    @Override
    public String kind() {
      return "delayedPropagation";
    }
  }

  /** A rolling update of a deployment (new pods, cold caches), with its maxSurge/maxUnavailable. */
  record RollingUpdate(String name, double atSeconds, String deployment) implements FaultConfig {
    public RollingUpdate {
      checkStart(name, atSeconds);
      Checks.name("rollingUpdate.deployment", deployment);
    }

    @Override
    public double durationSeconds() {
      return 0;
    }

    @Override
    public String kind() {
      return "rollingUpdate";
    }
  }

  /** Scales a deployment to {@code replicas}. */
  record Scale(String name, double atSeconds, String deployment, int replicas)
      implements FaultConfig {
    public Scale {
      checkStart(name, atSeconds);
      Checks.name("scale.deployment", deployment);
      Checks.inRange("scale.replicas", replicas, 0, 1_000_000);
    }

    @Override
    public double durationSeconds() {
      return 0;
    }

    @Override
    public String kind() {
      return "scale";
    }
  }
}
