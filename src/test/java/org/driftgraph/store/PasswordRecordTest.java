package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordRecordTest {
  @TempDir Path home;

  @Test
  void matchesOnlyThePasswordItRemembersAndKeepsNoCopyOfIt() throws Exception {
    PasswordRecord record = PasswordRecord.of(home);
    assertThat(record.matches("first-password")).isFalse();

    record.remember("first-password");
    assertThat(record.matches("first-password")).isTrue();
    assertThat(record.matches("first-passwore")).isFalse();
    assertThat(record.matches("")).isFalse();
    Path file = home.resolve(PasswordRecord.FILE);
    assertThat(Files.readString(file))
        .doesNotContain("first-password")
        .startsWith("pbkdf2-sha256 ");
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));

    record.remember("second-password");
    assertThat(record.matches("first-password")).isFalse();
    assertThat(record.matches("second-password")).isTrue();

    record.forget();
    assertThat(record.matches("second-password")).isFalse();
  }

  @Test
  void aDamagedRecordMatchesNothingSoThePasswordIsSetAgain() throws Exception {
    Files.writeString(home.resolve(PasswordRecord.FILE), "pbkdf2-sha256 many !!! ???\n");
    assertThat(PasswordRecord.of(home).matches("any")).isFalse();
    Files.writeString(home.resolve(PasswordRecord.FILE), "plain the-password\n");
    assertThat(PasswordRecord.of(home).matches("the-password")).isFalse();
  }
}
