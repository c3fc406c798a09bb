package io.kubesim.scenarios.yaml;

/**
 * An immutable YAML value that knows where it was written. Trees share subtrees freely (aliases,
 * patches), which is safe because nothing mutates a node.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

  /** Where the value starts. */
  Location location();

  /** A short description for error messages: {@code a map}, {@code a list}, {@code "-5s"}. */
  String describe();

  /** Nodes in this subtree, counting shared subtrees as often as they occur. */
  long expandedSize();
}
