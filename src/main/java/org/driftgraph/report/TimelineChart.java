package org.driftgraph.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The timeline picture: one row per kind of claim (bans, migrations, announcements), one dot per
 * dated claim of the {@code timeline} query, drawn by JFreeChart into SVG.
 */
final class TimelineChart {
  static final int WIDTH = 960;
  static final int HEIGHT = 300;

  /** Claim types in row order, bottom to top, with the row labels. */
  private static final List<String> TYPES = List.of("ANNOUNCED_ON", "MIGRATED_TO", "BANNED_BY");

  private static final String[] LABELS = {"Announcements", "Migrations", "Bans"};
  private static final Color[] COLOURS = {
    new Color(0x2b5d8a), new Color(0x3c9a5f), new Color(0xc0392b)
  };

  /** A partial ISO date's year, month and day: "2019", "2019-11", "2019-11-30T17:55Z". */
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?.*");

  private TimelineChart() {}

  /** Past this many dated rows, the picture has one dot per type and month instead of per date. */
  static final int MAX_DOTS = 600;

  /**
   * The rows to draw: as they are, or, when there are more than {@link #MAX_DOTS} (years of daily
   * dates), one per type and month, so that the picture stays a few hundred kilobytes.
   */
  static List<Map<String, Object>> dots(List<Map<String, Object>> dated) {
    if (dated.size() <= MAX_DOTS) {
      return dated;
    }
    return dated.stream()
        .map(
            row -> {
              String date = Rows.text(row, "date");
              return Map.<String, Object>of(
                  "type",
                  Rows.text(row, "type"),
                  "date",
                  date.length() > 7 ? date.substring(0, 7) : date);
            })
        .distinct()
        .toList();
  }

  static String svg(List<Map<String, Object>> timeline) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (int row = 0; row < TYPES.size(); row++) {
      XYSeries series = new XYSeries(LABELS[row], false, true);
      for (Map<String, Object> claim : timeline) {
        if (TYPES.get(row).equals(claim.get("type"))) {
          int y = row;
          start(Rows.text(claim, "date"))
              .ifPresent(
                  day ->
                      series.add(day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli(), y));
        }
      }
      dataset.addSeries(series);
    }
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    DateAxis dates =
        new DateAxis("Date the claim is about", TimeZone.getTimeZone("UTC"), Locale.ROOT);
    dates.setLabelFont(font);
    dates.setTickLabelFont(font.deriveFont(10f));
    SymbolAxis rows = new SymbolAxis(null, LABELS);
    rows.setTickLabelFont(font);
    rows.setGridBandsVisible(false);
    XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
    for (int row = 0; row < TYPES.size(); row++) {
      dots.setSeriesShape(row, new Ellipse2D.Double(-5, -5, 10, 10));
      dots.setSeriesPaint(
          row,
          new Color(COLOURS[row].getRed(), COLOURS[row].getGreen(), COLOURS[row].getBlue(), 170));
      dots.setSeriesOutlineStroke(row, new BasicStroke(1f));
    }
    XYPlot plot = new XYPlot(dataset, dates, rows, dots);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdddddd));
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    JFreeChart chart = new JFreeChart(null, font, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    SVGGraphics2D g2 = SvgCanvas.canvas("timeline", WIDTH, HEIGHT);
    chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    return SvgCanvas.element(g2, "timeline", WIDTH, HEIGHT);
  }

  /** The first day of the period a partial date names; empty for text that is no date. */
  static Optional<LocalDate> start(String date) {
    Matcher m = DATE.matcher(date);
    if (!m.matches()) {
      return Optional.empty();
    }
    int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
    if (month >= 21 && month <= 24) {
      // ISO 8601-2 seasons (21 spring ... 24 winter) start in March, June, September, December.
      month = (month - 21) * 3 + 3;
    }
    int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), month, day));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
