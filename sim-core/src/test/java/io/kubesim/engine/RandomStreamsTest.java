package io.kubesim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class RandomStreamsTest {
  @Test
  void sameSeedAndReplication_giveSameNumbers_inAnyOrder() {
    RandomStreams a = new RandomStreams(5);
    RandomStreams b = new RandomStreams(5);
    double later = b.forReplication(3).stream(StreamPurpose.SERVICE).nextDouble();
    assertEquals(a.forReplication(3).stream(StreamPurpose.SERVICE).nextDouble(), later);
  }

  @Test
  void purposesAndReplications_areDistinctStreams() {
    RandomStreams s = new RandomStreams(5);
    double x = s.forReplication(0).stream(StreamPurpose.SERVICE).nextDouble();
    assertNotEquals(x, s.forReplication(1).stream(StreamPurpose.SERVICE).nextDouble());
    assertNotEquals(x, s.forReplication(0).stream(StreamPurpose.ARRIVALS).nextDouble());
    assertNotEquals(x, new RandomStreams(6).forReplication(0).stream(StreamPurpose.SERVICE)
        .nextDouble());
  }
}
