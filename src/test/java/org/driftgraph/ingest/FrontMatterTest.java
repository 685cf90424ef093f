package org.driftgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class FrontMatterTest {
  @Test
  void readsKnownKeysUnquotesValuesAndIgnoresOthers() throws Exception {
    FrontMatter parsed =
        FrontMatter.parse(
            String.join(
                "\n",
                "---",
                "title: \"Channels move: a new home\"",
                "url: https://example.org/news/1",
                "published: 2019-12-08",
                "language: AR",
                "publisher: 'Example Daily'",
                "layout: post",
                "---",
                "First line of the body.",
                "Second line."));

    assertThat(parsed.metadata())
        .isEqualTo(
            new DocumentMetadata(
                "Channels move: a new home",
                "https://example.org/news/1",
                "2019-12-08",
                "ar",
                "Example Daily"));
    assertThat(parsed.body()).isEqualTo("First line of the body.\nSecond line.");
  }

  @Test
  void acceptsMonthAndMinutePrecision() throws Exception {
    assertThat(FrontMatter.parse("---\npublished: 2019-12\n---\nx").metadata().published())
        .isEqualTo("2019-12");
    assertThat(
            FrontMatter.parse("---\npublished: 2019-12-08T10:00Z\n---\nx").metadata().published())
        .isEqualTo("2019-12-08T10:00Z");
  }

  @Test
  void documentWithoutFrontMatterIsAllBody() throws Exception {
    FrontMatter parsed = FrontMatter.parse("Headline\n\nBody text --- with dashes.");

    assertThat(parsed.metadata()).isEqualTo(DocumentMetadata.NONE);
    assertThat(parsed.body()).isEqualTo("Headline\n\nBody text --- with dashes.");
  }

  @Test
  void unclosedBlockBlamesLineOne() {
    IngestException e = rejection("---\ntitle: x\n\nBody without a closing fence");

    assertThat(e.line()).isEqualTo(1);
    assertThat(e).hasMessageContaining("never closed");
  }

  @Test
  void lineWithoutKeyIsRejectedWithItsLineNumber() {
    IngestException e = rejection("---\ntitle: x\njust some words\n---\nbody");

    assertThat(e.line()).isEqualTo(3);
    assertThat(e).hasMessageContaining("just some words");
  }

  @Test
  void invalidDateIsRejectedOnItsLine() {
    IngestException e =
        rejection("---\ntitle: x\nurl: https://example.org\npublished: 08/12/2019\n---\nbody");

    assertThat(e.line()).isEqualTo(4);
    assertThat(e).hasMessageContaining("08/12/2019");
  }

  @Test
  void unknownLanguageIsRejectedOnItsLine() {
    IngestException e = rejection("---\nlanguage: fr\n---\nbody");

    assertThat(e.line()).isEqualTo(2);
    assertThat(e).hasMessageContaining("'fr'");
  }

  @Test
  void unbalancedQuoteIsRejected() {
    assertThat(rejection("---\ntitle: \"open\n---\nbody").line()).isEqualTo(2);
  }

  @Test
  void repeatedKeyIsRejected() {
    assertThat(rejection("---\ntitle: a\ntitle: b\n---\nbody").line()).isEqualTo(3);
  }

  private static IngestException rejection(String text) {
    return catchThrowableOfType(IngestException.class, () -> FrontMatter.parse(text));
  }
}
