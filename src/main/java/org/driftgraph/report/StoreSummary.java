package org.driftgraph.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.driftgraph.model.Rejection;

/**
 * The summary that {@code run} prints and writes to {@code reports/latest/summary.md}: what the
 * store holds, which entities are most connected, and what the last import rejected.
 */
public record StoreSummary(
    String store,
    Map<String, Long> nodes,
    Map<String, Long> relationships,
    List<RankedEntity> top,
    ImportManifest lastImport) {

  public StoreSummary {
    Objects.requireNonNull(store, "store");
    nodes = Map.copyOf(nodes);
    relationships = Map.copyOf(relationships);
    top = List.copyOf(top);
    Objects.requireNonNull(lastImport, "lastImport");
  }

  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("# driftgraph summary\n\n");
    md.append("Store: ").append(store).append("  \n");
    md.append("Import started ").append(lastImport.startedAt()).append(", took ")
        .append(String.format(java.util.Locale.ROOT, "%.1f s", lastImport.millis() / 1000.0)).append(": ")
        .append(lastImport.files()).append(" files, ")
        .append(lastImport.articles()).append(" articles, ")
        .append(lastImport.written()).append(" new, ")
        .append(lastImport.unchanged()).append(" unchanged, ")
        .append(lastImport.replaced()).append(" replaced an earlier version, ")
        .append(lastImport.rejected().size()).append(" rejected.\n\n");

    md.append("## Nodes per label\n\n");
    table(md, "Label", "Nodes", nodes);
    md.append("\n## Relationships per type\n\n");
    table(md, "Type", "Relationships", relationships);

    md.append("\n## Top entities by degree\n\n");
    if (top.isEmpty()) {
      md.append("No entity is mentioned yet.\n");
    } else {
      md.append("| # | Entity | Type | Degree | Articles | Facts |\n|---:|---|---|---:|---:|---:|\n");
      for (int i = 0; i < top.size(); i++) {
        RankedEntity e = top.get(i);
        md.append("| ").append(i + 1).append(" | ").append(escape(e.name())).append(" (`").append(e.id())
            .append("`) | ").append(e.type()).append(" | ").append(e.degree()).append(" | ")
            .append(e.articles()).append(" | ").append(e.facts()).append(" |\n");
      }
    }

    md.append("\n## Rejected input\n\n");
    if (lastImport.rejected().isEmpty()) {
      md.append("Nothing was rejected.\n");
    } else {
      md.append("| File | Line | Reason |\n|---|---:|---|\n");
      for (Rejection r : lastImport.rejected()) {
        md.append("| ").append(escape(r.file())).append(" | ").append(r.line() == null ? "" : r.line())
            .append(" | ").append(escape(r.reason())).append(" |\n");
      }
    }
    return md.toString();
  }

  private static void table(StringBuilder md, String keyHeader, String valueHeader, Map<String, Long> counts) {
    if (counts.isEmpty()) {
      md.append("None.\n");
      return;
    }
    md.append("| ").append(keyHeader).append(" | ").append(valueHeader).append(" |\n|---|---:|\n");
    counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n"));
  }

  private static String escape(String text) {
    return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
  }
}
