package org.driftgraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small gold files for tests. */
final class GoldFiles {
  /** Entities every test gold shares: two actors, three platforms, a company, an outlet. */
  static final String ENTITIES =
      """
      {"id": "isis", "type": "Actor", "kind": "group", "name": "Islamic State", "aliases": ["داعش", "تنظيم الدولة", "ISIS"]},
      {"id": "the-base", "type": "Actor", "kind": "group", "name": "The Base", "aliases": ["The Base"]},
      {"id": "telegram", "type": "Platform", "name": "Telegram", "aliases": ["تلغرام", "Telegram"]},
      {"id": "tamtam", "type": "Platform", "name": "TamTam", "aliases": ["تام تام", "TamTam"]},
      {"id": "odnoklassniki", "type": "Platform", "name": "Odnoklassniki", "aliases": ["أودنوكلاسنيكي", "OK.ru"]},
      {"id": "mail-ru-group", "type": "Organization", "kind": "company", "name": "Mail.Ru Group", "aliases": ["Mail.Ru"]},
      {"id": "amaq", "type": "Outlet", "kind": "propaganda", "name": "Amaq", "aliases": ["أعماق", "Amaq"]}
      """;

  private GoldFiles() {}

  /** A gold file scoring all entity types and the four core relation types. */
  static Path write(Path dir, String documents) {
    return write(
        dir, "[\"Actor\", \"Platform\", \"Outlet\", \"Organization\", \"Event\"]", documents);
  }

  static Path write(Path dir, String scoredTypes, String documents) {
    return writeRaw(
        dir,
        """
        {"format": "graph-gold/1", "about": "test", "scored_types": %s,
         "relation_types": ["MIGRATED_TO", "BANNED_BY", "ANNOUNCED_ON", "OWNED_BY"],
         "entities": [%s],
         "documents": [%s]}
        """
            .formatted(scoredTypes, ENTITIES, documents));
  }

  static Path writeRaw(Path dir, String json) {
    Path file = dir.resolve("gold.json");
    try {
      Files.writeString(file, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
