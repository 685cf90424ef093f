package org.driftgraph.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's shell scripts, run with bash here (no Docker needed): every one parses, the secret
 * file becomes Neo4j's variables, a malformed one is refused, and init-auth.sh writes a private
 * secret in the format the neo4j image reads.
 */
class DockerScriptsTest {
  private static final Path DOCKER = Path.of("docker").toAbsolutePath();

  @TempDir Path temp;

  @Test
  void everyScriptParses() throws Exception {
    for (String script :
        List.of(
            "entrypoint.sh",
            "neo4j-auth.sh",
            "cypher-shell",
            "init-auth.sh",
            "import-and-analyze.sh")) {
      Result parsed = bash(Map.of(), "-n", DOCKER.resolve(script).toString());
      assertThat(parsed.code()).as(script + ": " + parsed.output()).isZero();
    }
  }

  @Test
  void theSecretFileBecomesNeo4jUsernameAndPassword() throws Exception {
    Path auth = temp.resolve("neo4j-auth");
    Files.writeString(auth, "neo4j/a-pass/with-slash\n");

    Result result = sourceAuth(Map.of("NEO4J_AUTH_FILE", auth.toString()));

    assertThat(result.code()).as(result.output()).isZero();
    assertThat(result.output()).isEqualTo("neo4j|a-pass/with-slash\n");
  }

  @Test
  void aPasswordAlreadyInTheEnvironmentWins() throws Exception {
    Path auth = temp.resolve("neo4j-auth");
    Files.writeString(auth, "neo4j/from-file\n");

    Result result =
        sourceAuth(
            Map.of("NEO4J_AUTH_FILE", auth.toString(), "NEO4J_PASSWORD", "from-environment"));

    assertThat(result.output()).isEqualTo("|from-environment\n");
  }

  @Test
  void aSecretWithoutUserAndSlashOrAnUnreadableOneIsRefusedWithTheReason() throws Exception {
    Path auth = temp.resolve("neo4j-auth");
    Files.writeString(auth, "just-a-password\n");

    Result malformed = sourceAuth(Map.of("NEO4J_AUTH_FILE", auth.toString()));
    assertThat(malformed.code()).isEqualTo(2);
    assertThat(malformed.output()).contains(auth + " must hold USER/PASSWORD");

    Result missing = sourceAuth(Map.of("NEO4J_AUTH_FILE", temp.resolve("none").toString()));
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.output()).contains("cannot read NEO4J_AUTH_FILE");
  }

  @Test
  void initAuthWritesAPrivateRandomSecretOnceAndNeverOverwrites() throws Exception {
    Path folder = Files.createDirectory(temp.resolve("docker"));
    Path script = folder.resolve("init-auth.sh");
    Files.copy(DOCKER.resolve("init-auth.sh"), script);

    Result first = bash(Map.of(), script.toString());
    assertThat(first.code()).as(first.output()).isZero();
    Path auth = folder.resolve("neo4j-auth");
    String secret = Files.readString(auth);
    assertThat(secret).matches("neo4j/[A-Za-z0-9]{24}\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(auth)))
        .isEqualTo("rw-------");

    Result second = bash(Map.of(), script.toString());
    assertThat(second.code()).isZero();
    assertThat(second.output()).contains("exists");
    assertThat(Files.readString(auth)).isEqualTo(secret);
  }

  private Result sourceAuth(Map<String, String> env) throws Exception {
    return bash(
        env,
        "-c",
        "source '"
            + DOCKER.resolve("neo4j-auth.sh")
            + "'; printf '%s|%s\\n' \"${NEO4J_USERNAME:-}\" \"${NEO4J_PASSWORD:-}\"");
  }

  private record Result(int code, String output) {}

  private static Result bash(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("bash"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder
        .environment()
        .keySet()
        .removeIf(name -> name.startsWith("NEO4J_") || name.startsWith("DRIFTGRAPH_"));
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }
}
