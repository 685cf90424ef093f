package org.driftgraph.report;

import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * SVG drawing surfaces for the report: JFreeSVG, with ids fixed so that the output is repeatable.
 */
final class SvgCanvas {
  private SvgCanvas() {}

  static {
    // Drawing needs font metrics but never a display (scheduled runs have none).
    System.setProperty("java.awt.headless", "true");
  }

  /**
   * A canvas whose clip and gradient ids start with {@code id}: JFreeSVG's default prefix comes
   * from the clock, which would make every report differ and two pictures on one page collide.
   */
  static SVGGraphics2D canvas(String id, int width, int height) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(id + "-");
    return g2;
  }

  /** The {@code <svg>} element, scaling with the page (viewBox) rather than fixed in pixels. */
  static String element(SVGGraphics2D g2, String id, int width, int height) {
    return g2.getSVGElement(
        id,
        true,
        new ViewBox(0, 0, width, height),
        PreserveAspectRatio.XMID_YMID,
        MeetOrSlice.MEET);
  }
}
