package org.driftgraph.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.driftgraph.model.IsoDates;
import org.driftgraph.text.WorkCount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Reads the article out of a news page: its main text, with paragraph breaks, and its metadata. */
final class HtmlExtractor {
  /** Where sites put the article, most specific first. */
  private static final List<String> MAIN_TEXT_SELECTORS =
      List.of("article", "main", "[itemprop=articleBody]");

  /** Page furniture that sits inside or around the article. */
  private static final String FURNITURE =
      "script, style, nav, header, footer, aside, form, noscript, iframe, svg, button, template";

  /** Share and social widgets, recognised by the class or id sites give them. */
  private static final String SHARE_WIDGETS =
      "[class~=(?i)(^|[-_ ])(share|sharing|social|print)([-_ ]|$)], [id~=(?i)(^|[-_])(share|sharing|social)([-_]|$)]";

  private static final Pattern ISO_PREFIX =
      Pattern.compile(
          "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2})(:\\d{2}(\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");

  /** The page's text and metadata; language is null when the page does not declare one. */
  record Page(String text, DocumentMetadata metadata) {}

  Page extract(String html) {
    WorkCount.add(html.length());
    Document document = Jsoup.parse(html);
    DocumentMetadata metadata =
        new DocumentMetadata(
            title(document),
            attribute(document, "link[rel=canonical]", "href")
                .or(() -> meta(document, "property", "og:url"))
                .orElse(null),
            published(document),
            language(document),
            meta(document, "property", "og:site_name").orElse(null));
    return new Page(mainText(document), metadata);
  }

  private static String mainText(Document document) {
    Element root =
        MAIN_TEXT_SELECTORS.stream()
            .map(document::select)
            .filter(found -> !found.isEmpty())
            .findFirst()
            .map(HtmlExtractor::longest)
            .orElse(document.body());
    Element copy = root.clone();
    copy.select(FURNITURE).remove();
    copy.select(SHARE_WIDGETS).remove();
    StringBuilder text = new StringBuilder();
    copy.traverse(new BlockTextVisitor(text));
    return text.toString();
  }

  /**
   * Pages that list teasers have several {@code article} elements; the story is the longest. Only
   * the outermost candidates are measured: one inside another has no more text than it and comes
   * after it, so it never wins, and measuring each of 10,000 nested ones would be quadratic.
   */
  private static Element longest(Elements candidates) {
    if (candidates.size() == 1) {
      return candidates.first();
    }
    Set<Element> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
    wanted.addAll(candidates);
    List<Element> outermost = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          private int inside;

          @Override
          public void head(Node node, int depth) {
            WorkCount.add(1);
            if (node instanceof Element element && wanted.contains(element)) {
              if (inside == 0) {
                outermost.add(element);
              }
              inside++;
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element && wanted.contains(element)) {
              inside--;
            }
          }
        },
        candidates.first().ownerDocument());
    Element best = outermost.get(0);
    int bestLength = best.text().length();
    for (Element candidate : outermost.subList(1, outermost.size())) {
      int length = candidate.text().length();
      WorkCount.add(length);
      if (length > bestLength) {
        best = candidate;
        bestLength = length;
      }
    }
    return best;
  }

  private static String title(Document document) {
    return meta(document, "property", "og:title")
        .or(() -> nonBlank(document.title()))
        .or(() -> text(document, "h1"))
        .orElse(null);
  }

  private static String published(Document document) {
    return Stream.of(
            meta(document, "property", "article:published_time"),
            attribute(document, "time[datetime]", "datetime"),
            meta(document, "name", "date"))
        .flatMap(Optional::stream)
        .map(HtmlExtractor::toPartialIsoDate)
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(null);
  }

  /**
   * Keeps what is valid of a site's date: "2019-12-08 10:00:00" and "2019-12-08T10:00:00.000+0300"
   * pass.
   */
  static Optional<String> toPartialIsoDate(String value) {
    String trimmed = value.strip();
    if (IsoDates.isPartialIsoDate(trimmed)) {
      return Optional.of(trimmed);
    }
    Matcher dateTime = ISO_PREFIX.matcher(trimmed);
    if (dateTime.find()) {
      String zone = dateTime.group(5) == null ? "" : dateTime.group(5);
      String minute = dateTime.group(1) + "T" + dateTime.group(2) + zone;
      if (IsoDates.isPartialIsoDate(minute)) {
        return Optional.of(minute);
      }
    }
    Matcher date = DATE_PREFIX.matcher(trimmed);
    if (!date.find()) {
      return Optional.empty();
    }
    return Stream.of("yyyy-mm-dd".length(), "yyyy-mm".length(), "yyyy".length())
        .filter(length -> length <= date.end())
        .map(length -> trimmed.substring(0, length))
        .filter(IsoDates::isPartialIsoDate)
        .findFirst();
  }

  /** ar* and en* map to the corpus languages, any other declared language to "other". */
  private static String language(Document document) {
    String lang = document.select("html[lang]").attr("lang").strip().toLowerCase(Locale.ROOT);
    if (lang.isEmpty()) {
      return null;
    }
    return lang.startsWith("ar") ? "ar" : lang.startsWith("en") ? "en" : "other";
  }

  private static Optional<String> meta(Document document, String attribute, String name) {
    return attribute(document, "meta[" + attribute + "=" + name + "]", "content");
  }

  private static Optional<String> attribute(Document document, String selector, String attribute) {
    return document.select(selector).eachAttr(attribute).stream()
        .filter(value -> !value.isBlank())
        .map(String::strip)
        .findFirst();
  }

  private static Optional<String> text(Document document, String selector) {
    Element element = document.selectFirst(selector);
    return element == null ? Optional.empty() : nonBlank(element.text());
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /**
   * Text with a line break around every block element and a blank line after paragraphs and
   * headings.
   */
  private static final class BlockTextVisitor implements NodeVisitor {
    private static final Set<String> PARAGRAPHS =
        Set.of(
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "figure",
            "table",
            "ul",
            "ol");

    private final StringBuilder text;

    BlockTextVisitor(StringBuilder text) {
      this.text = text;
    }

    @Override
    public void head(Node node, int depth) {
      WorkCount.add(1);
      if (node instanceof TextNode textNode) {
        text.append(SPACES.matcher(textNode.getWholeText().replace('\n', ' ')).replaceAll(" "));
      } else if (node instanceof Element element && (element.nameIs("br") || element.isBlock())) {
        text.append('\n');
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && element.isBlock() && !element.nameIs("br")) {
        text.append(PARAGRAPHS.contains(element.normalName()) ? "\n\n" : "\n");
      }
    }
  }
}
