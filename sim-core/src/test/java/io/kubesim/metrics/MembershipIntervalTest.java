package io.kubesim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.metrics.ReplicationOutput.MembershipInterval;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Membership intervals are clipped to the run. */
class MembershipIntervalTest {

  @Test
  void within_keepsAnIntervalInsideTheRun() {
    MembershipInterval i = new MembershipInterval("web-0", 10, 90);
    assertEquals(Optional.of(i), i.within(100));
  }

  @Test
  void within_clipsAnIntervalThatOutlastsTheRun() {
    assertEquals(Optional.of(new MembershipInterval("web-0", 10, 100)),
        new MembershipInterval("web-0", 10, 104).within(100));
  }

  @Test
  void within_dropsAnIntervalThatStartsAtOrAfterTheEnd() {
    assertTrue(new MembershipInterval("web-0", 103, 100).within(100).isEmpty());
    assertTrue(new MembershipInterval("web-0", 100, 100).within(100).isEmpty());
  }
}
