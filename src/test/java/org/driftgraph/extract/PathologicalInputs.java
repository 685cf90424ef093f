package org.driftgraph.extract;

/**
 * Units that generated pathological articles repeat, shared by {@link PathologicalInputWorkTest}
 * and the benchmark that times them at full size.
 */
public final class PathologicalInputs {
  /**
   * A paragraph's worth of punctuated, dated statements with a quoted unread name, repeated into
   * one paragraph: every sentence holds triggers, dates and names, so stages that look back through
   * the paragraph or over the article's claims are asked once per claim.
   */
  public static final String ENGLISH_STATEMENTS =
      "Supporters of the Islamic State said on 12 November 2019 they had moved to TamTam after"
          + " Telegram deleted their channels, and \"Ansar\" posted a statement on its channel. Then"
          + " it opened an account on Twitter. ";

  /** The Arabic counterpart of {@link #ENGLISH_STATEMENTS}. */
  public static final String ARABIC_STATEMENTS =
      "وأعلن تنظيم داعش في 12 نوفمبر 2019 انتقاله إلى تطبيق تام تام بعد حذف قنواته على تلغرام، وقال"
          + " \"المركز\" إنه نشر بيانا على قناته. ثم أضاف أنه فتح حسابا على تويتر. ";

  private PathologicalInputs() {}
}
