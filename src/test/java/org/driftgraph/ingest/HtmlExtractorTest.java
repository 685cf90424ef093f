package org.driftgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  @Test
  void readsMetadataFromMetaTags() throws IOException {
    HtmlExtractor.Page page = extractor.extract(fixture("news-page.html"));

    assertThat(page.metadata())
        .isEqualTo(
            new DocumentMetadata(
                "تطبيق جديد للمراسلة يجذب القنوات",
                "https://example.org/news/2019/12/08/app",
                "2019-12-08T10:15:00+02:00",
                "ar",
                "موقع المثال"));
  }

  @Test
  void keepsTheArticleWithItsParagraphBreaksAndDropsPageFurniture() throws IOException {
    String text = Boilerplate.standard().clean(extractor.extract(fixture("news-page.html")).text());

    assertThat(text)
        .isEqualTo(
            String.join(
                "\n",
                "تطبيق جديد للمراسلة يجذب القنوات",
                "",
                "السبت",
                "الفقرة الأولى من الخبر تتحدث عن انتقال القنوات إلى تطبيق جديد.",
                "",
                "عنوان فرعي",
                "",
                "الفقرة الثانية",
                "تكمل السطر في سطر ثان.",
                "",
                "صورة توضيحية"));
  }

  @Test
  void fallsBackToTitleThenH1AndToMainOrBody() {
    HtmlExtractor.Page titled =
        extractor.extract(
            "<html><head><title>Page title</title></head><body><main><p>Main text.</p></main>"
                + "<p>Outside main.</p></body></html>");
    HtmlExtractor.Page bare = extractor.extract("<body><h1>Heading</h1><p>Only body.</p></body>");

    assertThat(titled.metadata().title()).isEqualTo("Page title");
    assertThat(titled.text().strip()).isEqualTo("Main text.");
    assertThat(bare.metadata().title()).isEqualTo("Heading");
    assertThat(bare.metadata().language()).isNull();
    assertThat(bare.text()).contains("Only body.");
  }

  @Test
  void prefersItempropArticleBodyOverBody() {
    HtmlExtractor.Page page =
        extractor.extract(
            "<html lang=\"en-GB\"><body><div>Teaser</div><div itemprop=\"articleBody\"><p>The story.</p></div>"
                + "<meta name=\"date\" content=\"2019-12-02\"></body></html>");

    assertThat(page.text().strip()).isEqualTo("The story.");
    assertThat(page.metadata().language()).isEqualTo("en");
    assertThat(page.metadata().published()).isEqualTo("2019-12-02");
  }

  @Test
  void reducesSiteDatesToValidIsoDates() {
    assertThat(HtmlExtractor.toPartialIsoDate("2019-12-08 10:15:30")).contains("2019-12-08T10:15");
    assertThat(HtmlExtractor.toPartialIsoDate("2019-12-08T10:15:30.123+0300"))
        .contains("2019-12-08T10:15:30.123+0300");
    assertThat(HtmlExtractor.toPartialIsoDate("2019-12-08T10:15:30 GMT"))
        .contains("2019-12-08T10:15");
    assertThat(HtmlExtractor.toPartialIsoDate("2019-12-08, Sunday")).contains("2019-12-08");
    assertThat(HtmlExtractor.toPartialIsoDate("2019-13-45")).contains("2019");
    assertThat(HtmlExtractor.toPartialIsoDate("Sunday 8 December")).isEmpty();
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/ingest/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
