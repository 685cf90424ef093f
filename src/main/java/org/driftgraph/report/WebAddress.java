package org.driftgraph.report;

import java.util.Locale;

/**
 * Which article URLs a report may turn into links. Only http(s): a javascript:, data:, vbscript: or
 * file: URL in an article's metadata is shown as text, in HTML and Markdown alike.
 */
final class WebAddress {
  private WebAddress() {}

  static boolean isLinkable(String url) {
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return (lower.startsWith("https://") || lower.startsWith("http://"))
        && url.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
  }
}
