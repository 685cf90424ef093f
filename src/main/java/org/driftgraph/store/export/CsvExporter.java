package org.driftgraph.store.export;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.driftgraph.store.CypherScripts;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Writes the graph as CSV files in the {@code neo4j-admin database import} header format; {@code
 * cypher/load-csv.cypher} loads the same files with LOAD CSV.
 *
 * <p>Files (UTF-8 without BOM, comma-separated, every value in double quotes with inner quotes
 * doubled as in RFC 4180, lines ending in LF; a missing property is an empty unquoted field so it
 * stays missing on import): node files {@link #NODE_FILES} with the ID spaces {@code Entity},
 * {@code Article} and {@code Claim}, relationship files {@link #RELATIONSHIP_FILES}. Multiple
 * labels and list elements are separated by {@code ;} (the import tool's array delimiter), which a
 * list element therefore must not contain (the export fails naming the file, column and value). An
 * empty list is a quoted empty field: LOAD CSV restores it as {@code []}, while {@code neo4j-admin}
 * reads it as no value, so there the property is missing. The header of each file is the column
 * aliases of its query in {@code cypher/export/<file>.cypher}, e.g. {@code
 * id:ID(Entity),:LABEL,name,names:string[],...}; {@code STATED_IN} has its own file because it ends
 * in the Article ID space, while the other claim links end in the Entity ID space.
 *
 * <p>Loading the files into a new database {@code neo4j} (Neo4j 5.26; the database name goes before
 * the options; Arabic text has line breaks, hence {@code --multiline-fields}):
 *
 * <pre>
 * bin/neo4j-admin database import full neo4j \
 *   --nodes=import/csv/entities.csv --nodes=import/csv/articles.csv --nodes=import/csv/claims.csv \
 *   --relationships=import/csv/mentions.csv --relationships=import/csv/claim-links.csv \
 *   --relationships=import/csv/stated-in.csv --relationships=import/csv/facts.csv \
 *   --relationships=import/csv/displaced.csv \
 *   --delimiter=, --array-delimiter=U+003B --quote=U+0022 --multiline-fields=true \
 *   --id-type=string --input-encoding=UTF-8
 * </pre>
 *
 * then apply the schema (constraints and indexes) once the database is started.
 *
 * <p>Each file is one read query streamed from the driver and written row by row, so memory does
 * not grow with the graph; the files are consistent with each other only when nothing writes to the
 * graph during the export. A file is written under a temporary name and moved into place when
 * complete.
 *
 * <p>The files are meant for the importer, not for spreadsheets: a cell of article text that begins
 * with {@code =}, {@code +}, {@code -} or {@code @} is a formula to Excel or LibreOffice. {@link
 * #spreadsheetSafe()} prefixes such cells with an apostrophe, which spreadsheets hide and the
 * importer would keep, so those files are for reading, not for loading.
 */
public final class CsvExporter {

  /** Node files, in import order, without the {@code .csv} suffix. */
  public static final List<String> NODE_FILES = List.of("entities", "articles", "claims");

  /** Relationship files, without the {@code .csv} suffix. */
  public static final List<String> RELATIONSHIP_FILES =
      List.of("mentions", "claim-links", "stated-in", "facts", "displaced");

  /** Separates labels in {@code :LABEL} and elements of array columns. */
  static final String ARRAY_DELIMITER = ";";

  private final Driver driver;
  private final boolean spreadsheetSafe;

  public CsvExporter(Driver driver) {
    this(driver, false);
  }

  private CsvExporter(Driver driver, boolean spreadsheetSafe) {
    this.driver = Objects.requireNonNull(driver, "driver");
    this.spreadsheetSafe = spreadsheetSafe;
  }

  /** The same export with formula-looking cells neutralised, for opening in a spreadsheet. */
  public CsvExporter spreadsheetSafe() {
    return new CsvExporter(driver, true);
  }

  /** A cell a spreadsheet would evaluate, with an apostrophe in front; others unchanged. */
  static String neutralised(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formula ? "'" + cell : cell;
  }

  /** Writes every node and relationship file into {@code dir}, creating it, replacing old files. */
  public ExportResult export(Path dir) throws IOException {
    Files.createDirectories(dir);
    SortedMap<String, Long> rows = new TreeMap<>();
    for (String name : allFiles()) {
      String file = name + ".csv";
      rows.put(
          file, writeFile(CypherScripts.load("export/" + name + ".cypher"), dir.resolve(file)));
    }
    return new ExportResult(dir, rows);
  }

  private static List<String> allFiles() {
    return Stream.concat(NODE_FILES.stream(), RELATIONSHIP_FILES.stream()).toList();
  }

  private long writeFile(String query, Path file) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try {
      long count = writeRows(query, file.getFileName().toString(), partial);
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      return count;
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private long writeRows(String query, String fileName, Path partial) throws IOException {
    try (Session session =
            driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
        Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
        ICSVWriter csv = new CSVWriterBuilder(out).build()) {
      Result result = session.run(query);
      List<String> columns = result.keys();
      csv.writeNext(columns.toArray(String[]::new), false);
      long count = 0;
      while (result.hasNext()) {
        Record record = result.next();
        String[] fields = new String[columns.size()];
        for (int i = 0; i < fields.length; i++) {
          fields[i] = field(fileName, columns.get(i), record.get(i));
          if (spreadsheetSafe) {
            fields[i] = neutralised(fields[i]);
          }
        }
        csv.writeNext(fields, true);
        count++;
      }
      csv.flush();
      if (csv.checkError()) {
        throw new IOException("cannot write " + partial, csv.getException());
      }
      return count;
    } catch (Neo4jException e) {
      throw new IllegalStateException("cannot export " + fileName + ": " + e.getMessage(), e);
    }
  }

  /**
   * One CSV field: null for a missing property (written as an empty unquoted field), lists joined
   * with {@link #ARRAY_DELIMITER}, numbers and booleans as Java prints them.
   */
  static String field(String file, String column, Value value) {
    if (value.isNull()) {
      return null;
    }
    Object object = value.asObject();
    if (object instanceof List<?> list) {
      return list.stream()
          .map(element -> arrayElement(file, column, element))
          .collect(Collectors.joining(ARRAY_DELIMITER));
    }
    if (object instanceof String
        || object instanceof Long
        || object instanceof Double
        || object instanceof Boolean) {
      return object.toString();
    }
    throw new IllegalStateException(
        file
            + ": column "
            + column
            + " holds a "
            + value.type().name()
            + ", which the CSV export cannot write");
  }

  private static String arrayElement(String file, String column, Object element) {
    String text = String.valueOf(element);
    if (element == null || text.contains(ARRAY_DELIMITER)) {
      throw new IllegalStateException(
          file
              + ": list element '"
              + text
              + "' in column "
              + column
              + " is null or contains the array delimiter '"
              + ARRAY_DELIMITER
              + "'");
    }
    return text;
  }
}
