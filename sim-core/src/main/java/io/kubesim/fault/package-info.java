/**
 * Faults and actions on a scenario's timeline: partitions (asymmetric, full, control plane), node
 * and pod crashes, slow pods, packet loss, delayed propagation, rolling updates and scaling.
 */
package io.kubesim.fault;
