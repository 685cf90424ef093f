package org.driftgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateTest {
  private final Boilerplate boilerplate = Boilerplate.standard();

  @Test
  void mastheadPrintedTwiceIsRemovedInBothCopies() {
    String masthead = "الإشراف العام\nسعاد عبد الله\nرئيس التحرير\nكريم منصور\n";
    String text = masthead + masthead + "\nعنوان الخبر\n\nنص الخبر الأول يبدأ هنا ويستمر طويلا.";

    assertThat(boilerplate.clean(text))
        .isEqualTo("عنوان الخبر\n\nنص الخبر الأول يبدأ هنا ويستمر طويلا.");
  }

  @Test
  void repeatedBlockLaterInTheTextIsRemovedToo() {
    String text = "Editor\nJane Doe\n\nThe story itself is told here.\n\nEditor\nJane Doe";

    assertThat(boilerplate.clean(text)).isEqualTo("The story itself is told here.");
  }

  @Test
  void repeatedHeadlineIsKeptOnce() {
    String text = "A headline\n\nA headline\nThe story begins below the headline.";

    assertThat(boilerplate.clean(text))
        .isEqualTo("A headline\n\nThe story begins below the headline.");
  }

  @Test
  void repeatedLongParagraphIsKept() {
    String paragraph = "x".repeat(Boilerplate.SHORT_LINE_MAX + 1);

    assertThat(boilerplate.clean(paragraph + "\n" + paragraph))
        .isEqualTo(paragraph + "\n" + paragraph);
  }

  @Test
  void adMarkersAndSourceLinksGo() {
    String text = "Headline\n[ad_1]\nBody of the story.\n[AD_12]\nSource link\nرابط المصدر";

    assertThat(boilerplate.clean(text)).isEqualTo("Headline\nBody of the story.");
  }

  @Test
  void commentCountersGo() {
    String text =
        "Body of the story.\n0 تعليق\n3 Comments\nالتعليقات (5)\nLeave a comment\nأضف تعليق\n12";

    assertThat(boilerplate.clean(text)).isEqualTo("Body of the story.");
  }

  @Test
  void shareAndPrintWidgetsGo() {
    String text =
        "Headline\nطباعة\nShare | Tweet | Email\nFacebook Twitter WhatsApp\nشارك عبر واتساب\n"
            + "مشاركة فيسبوك تويتر\nBody of the story.";

    assertThat(boilerplate.clean(text)).isEqualTo("Headline\nBody of the story.");
  }

  @Test
  void aSubheadingNamingOneNetworkStays() {
    assertThat(boilerplate.clean("Telegram\nBody of the story."))
        .isEqualTo("Telegram\nBody of the story.");
  }

  @Test
  void sentencesMentioningShareWordsStay() {
    String text = "Users share links on Telegram and WhatsApp every day.";

    assertThat(boilerplate.clean(text)).isEqualTo(text);
  }

  @Test
  void normalisesLineEndingsAndBlankRuns() {
    assertThat(boilerplate.clean("\r\n  First\r\n\r\n\r\n\r\nSecond  \rThird\n\n\n"))
        .isEqualTo("First\n\nSecond\nThird");
  }

  @Test
  void listsAreReadFromTheResourceFormat() {
    Boilerplate custom =
        Boilerplate.parse(
            java.util.List.of(
                "[share-actions]",
                "bookmark",
                "[share-networks]",
                "[share-connectors]",
                "[comment-words]",
                "[chrome-lines]",
                "# analysts add lines here",
                "Subscribe now!"));

    assertThat(custom.clean("Bookmark\nSubscribe now\nShare\nBody.")).isEqualTo("Share\nBody.");
  }
}
