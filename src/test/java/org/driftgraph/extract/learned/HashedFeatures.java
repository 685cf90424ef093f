package org.driftgraph.extract.learned;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Named features to indices in a fixed space by hashing (CRC-32, the same on every JVM), so a model
 * is a plain weight vector and needs no dictionary; a rare collision shares a weight.
 */
public final class HashedFeatures {
  /** The size of the space: well above the distinct features of the annotated sets. */
  public static final int DIMENSION = 1 << 20;

  private HashedFeatures() {}

  /** The distinct indices (1-based, ascending) of {@code names}. */
  public static int[] indices(List<String> names) {
    int[] indices = new int[names.size()];
    CRC32 crc = new CRC32();
    for (int i = 0; i < names.size(); i++) {
      crc.reset();
      crc.update(names.get(i).getBytes(StandardCharsets.UTF_8));
      indices[i] = (int) (crc.getValue() % DIMENSION) + 1;
    }
    return Arrays.stream(indices).sorted().distinct().toArray();
  }
}
