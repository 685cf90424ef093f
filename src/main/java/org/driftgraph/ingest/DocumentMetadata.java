package org.driftgraph.ingest;

import java.util.Locale;
import org.driftgraph.model.IsoDates;

/**
 * What a document says about itself (front matter, HTML meta tags, JSON fields). Any value may be
 * null; {@link ArticleBuilder} fills title and language from the text when they are missing.
 */
record DocumentMetadata(
    String title, String url, String published, String language, String publisher) {
  static final DocumentMetadata NONE = new DocumentMetadata(null, null, null, null, null);

  DocumentMetadata {
    title = blankToNull(title);
    url = blankToNull(url);
    published = blankToNull(published);
    language = blankToNull(language);
    publisher = blankToNull(publisher);
    if (published != null && !IsoDates.isPartialIsoDate(published)) {
      throw new IllegalArgumentException("published '" + published + "' is not an ISO date");
    }
    if (language != null && !LanguageDetector.LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("language '" + language + "' is not ar, en or other");
    }
  }

  /** A publication date as a document gives it: null when blank, else a partial ISO date. */
  static String published(String value) throws IngestException {
    String published = blankToNull(value);
    if (published != null && !IsoDates.isPartialIsoDate(published)) {
      throw new IngestException(
          "published '"
              + published
              + "' is not an ISO date such as 2019-12-08, 2019-12 or 2019-12-08T10:00Z");
    }
    return published;
  }

  /** A language as a document gives it: null when blank, else ar, en or other (any case). */
  static String language(String value) throws IngestException {
    String language = blankToNull(value);
    if (language == null) {
      return null;
    }
    language = language.toLowerCase(Locale.ROOT);
    if (!LanguageDetector.LANGUAGES.contains(language)) {
      throw new IngestException("language '" + value.strip() + "' is not ar, en or other");
    }
    return language;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
