package io.kubesim.engine;

import umontreal.ssj.rng.RandomStream;

/**
 * A stream of uniforms on (0, 1) whose derived draws follow SSJ's formulas from {@link
 * #nextDouble()}: an integer is {@code i + (int) (u × (j − i + 1))}, as in SSJ's {@code
 * RandomStreamBase}, and an array is so many draws in order. The simulator's streams extend it
 * without SSJ's checks for antithetic and 53-bit variants, which it never uses.
 */
public abstract class UniformStream implements RandomStream {
  @Override
  public void nextArrayOfDouble(double[] u, int start, int n) {
    for (int i = start; i < start + n; i++) {
      u[i] = nextDouble();
    }
  }

  /** As SSJ's {@code RandomStreamBase.nextInt}: {@code i + (int) (u × (j − i + 1))}. */
  @Override
  public int nextInt(int i, int j) {
    if (i > j) {
      throw new IllegalArgumentException(i + " is larger than " + j + ".");
    }
    return i + (int) (nextDouble() * (j - i + 1.0));
  }

  @Override
  public void nextArrayOfInt(int i, int j, int[] u, int start, int n) {
    for (int k = start; k < start + n; k++) {
      u[k] = nextInt(i, j);
    }
  }
}
