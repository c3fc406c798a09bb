package io.kubesim.fault;

import java.util.List;
import java.util.Optional;

/**
 * Pods named in a fault: those of {@code deployment} (ordinals index its initial pods, empty =
 * all), optionally only those on {@code node}.
 *
 * @param deployment deployment name
 * @param ordinals pod ordinals within the deployment's initial pods; empty selects all
 * @param node restricts to pods on this node
 */
public record PodSelector(String deployment, List<Integer> ordinals, Optional<String> node) {
  public PodSelector {
    if (deployment == null || deployment.isBlank()) {
      throw new IllegalArgumentException("pod selector needs a deployment");
    }
    ordinals = List.copyOf(ordinals == null ? List.of() : ordinals);
    node = node == null ? Optional.empty() : node;
  }
}
