package org.driftgraph.ingest;

/**
 * What a byte sequence holds of UTF-8: where its first invalid byte is, how many bytes start no
 * valid sequence, and how many valid multi-byte sequences there are. Damaged UTF-8 (cut
 * mid-character, stray bytes appended, a few bytes overwritten) is mostly valid multi-byte
 * sequences with a few invalid bytes; a legacy single-byte encoding is the reverse, because its
 * letters follow each other without UTF-8's continuation bytes, and only now and then two of them
 * happen to form a valid pair.
 *
 * @param firstInvalidOffset the byte offset of the first byte that starts no valid sequence, or -1
 * @param invalidBytes how many bytes start no valid sequence
 * @param multiByteSequences how many valid 2-, 3- and 4-byte sequences the bytes hold
 */
record Utf8Scan(long firstInvalidOffset, long invalidBytes, long multiByteSequences) {

  boolean valid() {
    return firstInvalidOffset < 0;
  }

  /**
   * Damaged UTF-8 rather than another encoding: its valid multi-byte sequences outnumber the rest.
   */
  boolean mostlyUtf8() {
    return multiByteSequences >= invalidBytes;
  }

  /** One pass over the bytes, by the well-formed table of Unicode 15, section 3.9 (D92). */
  static Utf8Scan of(byte[] bytes) {
    long firstInvalid = -1;
    long invalid = 0;
    long multiByte = 0;
    int i = 0;
    while (i < bytes.length) {
      int length = sequenceLength(bytes, i);
      if (length == 0) {
        if (firstInvalid < 0) {
          firstInvalid = i;
        }
        invalid++;
        i++;
      } else {
        if (length > 1) {
          multiByte++;
        }
        i += length;
      }
    }
    return new Utf8Scan(firstInvalid, invalid, multiByte);
  }

  /** The length of the well-formed sequence that starts at {@code i}, or 0 when none does. */
  private static int sequenceLength(byte[] bytes, int i) {
    int b0 = bytes[i] & 0xFF;
    if (b0 < 0x80) {
      return 1;
    }
    int length;
    int low = 0x80;
    int high = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      length = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      length = 3;
      low = b0 == 0xE0 ? 0xA0 : 0x80;
      high = b0 == 0xED ? 0x9F : 0xBF;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      length = 4;
      low = b0 == 0xF0 ? 0x90 : 0x80;
      high = b0 == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + length > bytes.length) {
      return 0;
    }
    int b1 = bytes[i + 1] & 0xFF;
    if (b1 < low || b1 > high) {
      return 0;
    }
    for (int k = 2; k < length; k++) {
      int b = bytes[i + k] & 0xFF;
      if (b < 0x80 || b > 0xBF) {
        return 0;
      }
    }
    return length;
  }
}
