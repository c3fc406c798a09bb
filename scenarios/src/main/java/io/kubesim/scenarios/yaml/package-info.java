/**
 * YAML as a tree that remembers where every value came from: a hardened loader (size, nesting,
 * alias and node-count limits), field paths ({@code spec.deployments[web].replicas}), merge
 * patches for variants and {@code --set} overrides, and the located error every failure becomes.
 */
package io.kubesim.scenarios.yaml;
