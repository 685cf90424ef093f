package org.driftgraph.query;

import java.util.regex.Pattern;

/**
 * A parameter that a saved query declares in its header: {@code // param: NAME TYPE DEFAULT
 * DESCRIPTION}.
 *
 * @param type one of {@code string}, {@code integer}, {@code float}, {@code boolean}
 * @param defaultValue the default as written, or null when the header says {@code -} (required)
 */
public record QueryParameter(String name, String type, String defaultValue, String description) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  public QueryParameter {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("parameter name '" + name + "' is not an identifier");
    }
    if (!(type.equals("string")
        || type.equals("integer")
        || type.equals("float")
        || type.equals("boolean"))) {
      throw new IllegalArgumentException(
          "parameter " + name + " has type '" + type + "', not string, integer, float or boolean");
    }
    if (defaultValue != null) {
      convert(name, type, defaultValue);
    }
    description = description == null ? "" : description;
  }

  /** Converts a value given on the command line or in a header to this parameter's type. */
  public Object convert(String value) {
    return convert(name, type, value);
  }

  /** The default converted to this parameter's type, or null when the parameter is required. */
  public Object defaultOrNull() {
    return defaultValue == null ? null : convert(defaultValue);
  }

  private static Object convert(String name, String type, String value) {
    try {
      return switch (type) {
        case "integer" -> Long.parseLong(value.trim());
        case "float" -> Double.parseDouble(value.trim());
        case "boolean" -> parseBoolean(value.trim());
        default -> value;
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "parameter " + name + " expects " + type + ", got '" + value + "'", e);
    }
  }

  private static Boolean parseBoolean(String value) {
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    throw new NumberFormatException("not a boolean: " + value);
  }
}
