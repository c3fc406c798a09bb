/**
 * Faults and actions on a scenario's timeline: their configuration (partitions — asymmetric,
 * full, control plane —, node and pod crashes, slow pods, packet loss, delayed propagation,
 * rolling updates and scaling) and {@link io.kubesim.fault.FaultInjector}, which applies them
 * to the world at their times and heals them.
 */
package io.kubesim.fault;
