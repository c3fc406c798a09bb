/**
 * One replication, start to finish: {@link io.kubesim.model.Replication#run} builds the
 * {@link io.kubesim.world.World} from a {@link io.kubesim.config.ModelConfig}, starts its
 * mechanisms (pods, API server, heartbeats, node lifecycle, clients, faults, bucket sampling),
 * runs the engine until the last arrival has drained, and collects the
 * {@link io.kubesim.metrics.ReplicationOutput}.
 *
 * <p>Only {@code experiment} imports this package; the mechanisms live in the feature packages.
 */
package io.kubesim.model;
