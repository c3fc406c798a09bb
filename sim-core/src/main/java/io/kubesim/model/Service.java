package io.kubesim.model;

import io.kubesim.proxy.ServiceConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * A service at run time: the deployments its selector matches and the latest endpoint snapshot
 * the API server published.
 */
final class Service {
  final int index;
  final ServiceConfig config;
  final List<Deployment> selected = new ArrayList<>();
  EndpointSnapshot current = EndpointSnapshot.EMPTY;
  boolean dirty;
  /** Desired replicas of the selected deployments (for capacity lost). */
  int desired() {
    int d = 0;
    for (Deployment dep : selected) {
      d += dep.replicas;
    }
    return d;
  }

  Service(int index, ServiceConfig config) {
    this.index = index;
    this.config = config;
  }

  boolean selects(Deployment d) {
    return d.config.labels().entrySet().containsAll(config.selector().entrySet());
  }
}
