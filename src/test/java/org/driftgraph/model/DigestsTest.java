package org.driftgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigestsTest {
  @Test
  void sha256HexMatchesTheStandardTestVectors() {
    // FIPS 180-2, appendix B.1, and the digest of the empty string.
    assertThat(Digests.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Digests.sha256Hex(""))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void sha256HexReadsTheTextAsUtf8() {
    // The two bytes of U+00E9 in UTF-8, not its one Latin-1 byte.
    assertThat(Digests.sha256Hex("é"))
        .isEqualTo(
            java.util.HexFormat.of()
                .formatHex(Digests.sha256().digest(new byte[] {(byte) 0xc3, (byte) 0xa9})));
  }
}
