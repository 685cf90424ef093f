package org.driftgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing saved queries from a classes folder (a build) and from a jar (an installation). */
class SavedQueriesTest {
  private static final String FIRST =
      "// name: a-first\n// description: The first.\nRETURN 1 AS one\n";
  private static final String SECOND =
      "// name: b-second\n// description: The second.\n"
          + "// param: limit integer 5 how many\nRETURN $limit AS limit\n";

  @TempDir Path temp;

  @Test
  void listsTheClasspathFolderSortedByName() {
    assertThat(SavedQueries.list())
        .extracting(SavedQuery::name)
        .contains("explain-fact", "top-entities-by-degree")
        .isSorted();
  }

  @Test
  void listsAFolderOnDisk() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("cypher/queries"));
    Files.writeString(folder.resolve("b-second.cypher"), SECOND);
    Files.writeString(folder.resolve("a-first.cypher"), FIRST);
    Files.writeString(folder.resolve("notes.txt"), "not a query");

    assertThat(SavedQueries.list(folder.toUri().toURL()))
        .extracting(SavedQuery::name)
        .containsExactly("a-first", "b-second");
  }

  @Test
  void listsAFolderInsideAJar() throws Exception {
    Path jar = temp.resolve("driftgraph.jar");
    try (FileSystem zip = FileSystems.newFileSystem(jar, Map.of("create", "true"))) {
      Path folder = Files.createDirectories(zip.getPath("/cypher/queries"));
      Files.writeString(folder.resolve("b-second.cypher"), SECOND);
      Files.writeString(folder.resolve("a-first.cypher"), FIRST);
    }
    URL folder = URI.create("jar:" + jar.toUri() + "!/cypher/queries").toURL();

    assertThat(SavedQueries.list(folder))
        .extracting(SavedQuery::name)
        .containsExactly("a-first", "b-second");
    assertThat(SavedQueries.list(folder).get(1).parameters())
        .extracting(QueryParameter::defaultValue)
        .containsExactly("5");
  }

  @Test
  void aHeaderNameThatIsNotTheFileNameIsAnErrorNamingTheFile() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("queries"));
    Files.writeString(folder.resolve("first.cypher"), FIRST);

    assertThatThrownBy(() -> SavedQueries.list(folder.toUri().toURL()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "first.cypher: the header names the query 'a-first', the file name says 'first'");
  }
}
