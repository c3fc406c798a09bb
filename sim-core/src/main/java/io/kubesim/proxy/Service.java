package io.kubesim.proxy;

import io.kubesim.cluster.Deployment;
import java.util.ArrayList;
import java.util.List;

/**
 * A service at run time: the deployments its selector matches and the latest endpoint snapshot
 * the API server published.
 */
public final class Service {
  public final int index;
  public final ServiceConfig config;
  public final List<Deployment> selected = new ArrayList<>();
  public EndpointSnapshot current = EndpointSnapshot.EMPTY;
  public boolean dirty;
  /** Desired replicas of the selected deployments (for capacity lost). */
  public int desired() {
    int d = 0;
    for (Deployment dep : selected) {
      d += dep.replicas;
    }
    return d;
  }

  public Service(int index, ServiceConfig config) {
    this.index = index;
    this.config = config;
  }

  public boolean selects(Deployment d) {
    return d.config.labels().entrySet().containsAll(config.selector().entrySet());
  }
}
