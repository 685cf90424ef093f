package org.driftgraph.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A size on the command line: bytes, or a number with a KB or MB suffix, 1024-based. */
final class ByteSize implements ITypeConverter<Integer> {
  private static final Pattern SIZE = Pattern.compile("(\\d{1,10})\\s*(b|kb|k|mb|m)?");

  /** The largest size an article can have: one array of bytes. */
  private static final long MAX = Integer.MAX_VALUE - 8;

  @Override
  public Integer convert(String value) {
    Matcher matcher = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new TypeConversionException(
          "'" + value + "' is not a size: give bytes, or a number with KB or MB (e.g. 2MB)");
    }
    long number = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2) == null ? "b" : matcher.group(2);
    long bytes =
        switch (unit) {
          case "kb", "k" -> number * 1024;
          case "mb", "m" -> number * 1024 * 1024;
          default -> number;
        };
    if (bytes > MAX) {
      throw new TypeConversionException(
          "'" + value + "' is larger than 2 GB, the most one file can be read as");
    }
    return (int) bytes;
  }
}
