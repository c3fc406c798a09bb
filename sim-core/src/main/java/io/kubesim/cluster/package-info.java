/**
 * The cluster: nodes with their kubelets, deployments and their pods, the scheduler, and pods as
 * queueing stations with a lifecycle (pending, running, ready, terminating, restarting).
 */
package io.kubesim.cluster;
