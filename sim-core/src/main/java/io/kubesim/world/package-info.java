/**
 * The shared state of one replication: {@link io.kubesim.world.World} holds the simulator, the
 * random streams by purpose, the network and every mechanism's runtime object, wired together,
 * and {@link io.kubesim.world.Tracking} observes that state (detection, false unready, endpoint
 * membership, capacity lost). Mechanisms read one another through the world's fields so that the
 * request path reads fields directly and allocates nothing per request (attempts are pooled).
 */
package io.kubesim.world;
