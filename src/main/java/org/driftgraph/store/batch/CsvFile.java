package org.driftgraph.store.batch;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.enums.CSVReaderNullFieldIndicator;
import com.opencsv.exceptions.CsvValidationException;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * One CSV file for {@code neo4j-admin database import}, written row by row: every value in double
 * quotes, a missing property an empty unquoted field (so that it stays missing), lists joined with
 * {@link #ARRAY_DELIMITER}. A file of article rows starts with the row's version ({@code :IGNORE}
 * to the import tool): an article written again, or replaced, leaves rows behind that {@link
 * #keepOnly} removes before the import.
 */
final class CsvFile implements Closeable {
  /**
   * Separates labels and list elements: the unit separator, which no name or label holds (a value
   * that does is refused, naming it). A semicolon, the CLI export's delimiter, can occur in names.
   */
  static final char ARRAY_DELIMITER = '\u001F';

  /** The first column of a versioned file. */
  static final String VERSION = ":IGNORE";

  private final Path path;
  private final List<Column> columns;
  private final boolean versioned;
  private final Writer out;
  private final ICSVWriter csv;

  /** A column: the property (row key) it holds and its header (name and import type). */
  record Column(String key, String header) {}

  CsvFile(Path path, List<Column> columns, boolean versioned) {
    this.path = path;
    this.columns = List.copyOf(columns);
    this.versioned = versioned;
    try {
      this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
    }
    this.csv = new CSVWriterBuilder(out).build();
    String[] header = new String[columns.size() + (versioned ? 1 : 0)];
    int i = 0;
    if (versioned) {
      header[i++] = VERSION;
    }
    for (Column column : columns) {
      header[i++] = column.header();
    }
    csv.writeNext(header, false);
  }

  Path path() {
    return path;
  }

  /**
   * Writes one row from {@code values} (property name to value); a key of {@code values} that no
   * column holds is an error, so that a property added to the write path cannot be dropped here.
   */
  void write(long version, Map<String, ?> values) {
    for (String key : values.keySet()) {
      if (columns.stream().noneMatch(c -> c.key().equals(key))) {
        throw new IllegalStateException(
            path.getFileName() + " has no column for property '" + key + "'");
      }
    }
    String[] fields = new String[columns.size() + (versioned ? 1 : 0)];
    int i = 0;
    if (versioned) {
      fields[i++] = Long.toString(version);
    }
    for (Column column : columns) {
      fields[i++] = field(column, values.get(column.key()));
    }
    csv.writeNext(fields, true);
  }

  private String field(Column column, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof List<?> list) {
      StringBuilder joined = new StringBuilder();
      for (Object element : list) {
        String text = String.valueOf(element);
        if (element == null || text.indexOf(ARRAY_DELIMITER) >= 0) {
          throw new IllegalStateException(
              path.getFileName()
                  + ": list element '"
                  + text
                  + "' of "
                  + column.key()
                  + " is null or holds the array delimiter U+001F");
        }
        if (!joined.isEmpty()) {
          joined.append(ARRAY_DELIMITER);
        }
        joined.append(text);
      }
      return joined.toString();
    }
    return value.toString();
  }

  @Override
  public void close() throws IOException {
    csv.flush();
    boolean failed = csv.checkError();
    csv.close();
    if (failed) {
      throw new IOException("cannot write " + path);
    }
  }

  /**
   * Rewrites a closed versioned file with only the rows whose version is in {@code live}: quoted
   * values stay quoted, empty unquoted fields stay missing.
   */
  static void keepOnly(Path file, BitSet live) throws IOException {
    Path kept = file.resolveSibling(file.getFileName() + ".kept");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVReader reader =
            new CSVReaderBuilder(in)
                .withCSVParser(
                    new RFC4180ParserBuilder()
                        .withFieldAsNull(CSVReaderNullFieldIndicator.EMPTY_SEPARATORS)
                        .build())
                .build();
        Writer out = Files.newBufferedWriter(kept, StandardCharsets.UTF_8);
        ICSVWriter writer = new CSVWriterBuilder(out).build()) {
      String[] header = reader.readNext();
      writer.writeNext(header, false);
      for (String[] row = reader.readNext(); row != null; row = reader.readNext()) {
        if (live.get(Integer.parseInt(row[0]))) {
          writer.writeNext(row, true);
        }
      }
    } catch (CsvValidationException e) {
      throw new IOException("cannot read back " + file + ": " + e.getMessage(), e);
    }
    Files.move(kept, file, StandardCopyOption.REPLACE_EXISTING);
  }
}
