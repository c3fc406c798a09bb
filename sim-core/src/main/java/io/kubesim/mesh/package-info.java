/**
 * Request-level load balancing in a service mesh: each node's client proxy (an Istio/Envoy
 * sidecar, a Linkerd proxy or a gRPC client channel) picks the endpoint of every request itself,
 * from its own endpoint view pushed by the mesh's control plane, and ejects endpoints it sees fail.
 *
 * <p>A policy is one {@link io.kubesim.mesh.MeshConfig} record (its immutable configuration with
 * the source's defaults) and one {@link io.kubesim.mesh.Balancer} class, named in
 * {@link io.kubesim.mesh.Balancers}. {@link io.kubesim.mesh.Mesh} wires one service's proxies:
 * their endpoint feed ({@link io.kubesim.mesh.ControlPlaneFeed}) and their balancers. When no
 * service has a mesh, nothing here runs and the request path is unchanged.
 */
package io.kubesim.mesh;
