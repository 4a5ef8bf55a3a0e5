package fr.fejdoc.importer;

import fr.fejdoc.model.Deadline;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a PDF page holds for the importer: its glyphs with their positions, fonts and colours, and
 * the straight rules its tables are drawn with. Coordinates are in points from the page's top left.
 */
final class PdfInk {
  private PdfInk() {}

  /** One glyph: left, baseline (from the top), width, font size, text, style. */
  record Glyph(
      float x, float y, float w, float size, String text, boolean bold, boolean italic, int rgb) {
    float right() {
      return x + w;
    }
  }

  /**
   * A horizontal ({@code horizontal}) or vertical rule: at {@code at}, from {@code a} to {@code b}.
   */
  record Rule(boolean horizontal, float at, float a, float b) {}

  /** Collects the glyphs of each page as PDFBox lays them out. */
  static final class Glyphs extends PDFTextStripper {
    final List<List<Glyph>> pages = new ArrayList<>();
    private List<Glyph> current = new ArrayList<>();
    private int seen;

    Glyphs() throws IOException {
      setSortByPosition(false);
    }

    @Override
    protected void startPage(PDPage page) {
      current = new ArrayList<>();
      Deadline.check();
    }

    @Override
    protected void endPage(PDPage page) {
      pages.add(current);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      if ((++seen & 255) == 0) Deadline.check();
      String u = t.getUnicode();
      if (u == null || u.isEmpty() || current.size() > 200_000) return;
      String name = "";
      if (t.getFont() != null && t.getFont().getName() != null) name = t.getFont().getName();
      String n = name.toLowerCase(java.util.Locale.ROOT);
      boolean bold = n.contains("bold") || n.contains("black") || n.contains("heavy");
      boolean italic = n.contains("italic") || n.contains("oblique");
      if (t.getFont() != null && t.getFont().getFontDescriptor() != null) {
        bold |= t.getFont().getFontDescriptor().isForceBold();
        italic |= t.getFont().getFontDescriptor().isItalic();
      }
      int rgb = 0;
      try {
        PDColor c = getGraphicsState().getNonStrokingColor();
        if (c != null) rgb = c.toRGB();
      } catch (IOException | RuntimeException e) {
        rgb = 0;
      }
      float size = t.getFontSizeInPt();
      if (!(size > 0.5f)) size = Math.max(1f, t.getHeightDir() * 1.4f);
      current.add(
          new Glyph(
              t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, u, bold, italic, rgb));
    }
  }

  /** An image drawn on a page: the image, the top of its box from the page's top, its size. */
  record Drawn(PDImage image, float top, float width, float height) {}

  /** Collects the rules of one page: stroked lines and rectangles, thin or shaded fills. */
  static final class Rules extends PDFGraphicsStreamEngine {
    final List<Rule> rules = new ArrayList<>();

    /** The pictures drawn on the page: the image and the top of where it is drawn. */
    final List<Drawn> images = new ArrayList<>();

    private final List<float[]> path = new ArrayList<>(); // segments x1,y1,x2,y2
    private final List<float[]> rects = new ArrayList<>(); // x,y,w,h
    private float cx;
    private float cy;
    private float sx;
    private float sy;
    private final float height;
    private final float left;
    private final float bottom;
    private final float right;
    private final int rotation;
    private final float area;
    private int ops;

    Rules(PDPage page) {
      super(page);
      PDRectangle box = page.getCropBox();
      height = box.getUpperRightY();
      left = box.getLowerLeftX();
      bottom = box.getLowerLeftY();
      right = box.getUpperRightX();
      rotation = ((page.getRotation() % 360) + 360) % 360;
      area = box.getWidth() * box.getHeight();
    }

    private void seg(float x1, float y1, float x2, float y2) {
      if (path.size() < 100_000) path.add(new float[] {x1, y1, x2, y2});
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
      float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
      float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
      float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
      if (rects.size() < 100_000) rects.add(new float[] {x0, y0, x1 - x0, y1 - y0});
    }

    @Override
    public void moveTo(float x, float y) {
      cx = sx = x;
      cy = sy = y;
    }

    @Override
    public void lineTo(float x, float y) {
      seg(cx, cy, x, y);
      cx = x;
      cy = y;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      cx = x3;
      cy = y3;
    }

    @Override
    public Point2D getCurrentPoint() {
      return new Point2D.Float(cx, cy);
    }

    @Override
    public void closePath() {
      seg(cx, cy, sx, sy);
      cx = sx;
      cy = sy;
    }

    @Override
    public void endPath() {
      path.clear();
      rects.clear();
    }

    @Override
    public void strokePath() {
      for (float[] s : path) line(s[0], s[1], s[2], s[3]);
      for (float[] r : rects) box(r);
      endPath();
    }

    @Override
    public void fillPath(int windingRule) {
      boolean white = false;
      try {
        PDColor c = getGraphicsState().getNonStrokingColor();
        white = c != null && (c.toRGB() & 0xFFFFFF) == 0xFFFFFF;
      } catch (IOException | RuntimeException e) {
        white = false;
      }
      if (!white) {
        for (float[] r : rects) {
          if (r[2] * r[3] > area * 0.6f) continue; // a page background
          if (r[2] < 2.5f) line(r[0] + r[2] / 2, r[1], r[0] + r[2] / 2, r[1] + r[3]);
          else if (r[3] < 2.5f) line(r[0], r[1] + r[3] / 2, r[0] + r[2], r[1] + r[3] / 2);
          else box(r);
        }
      }
      endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      strokePath();
    }

    @Override
    public void clip(int windingRule) {}

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}

    @Override
    public void drawImage(PDImage pdImage) {
      if (images.size() >= 200) return;
      var m = getGraphicsState().getCurrentTransformationMatrix();
      // the unit square drawn through the matrix: its corners' highest point from the top
      float top =
          Math.min(
              dy(m.getTranslateX(), m.getTranslateY() + m.getScaleY()),
              dy(m.getTranslateX(), m.getTranslateY()));
      float w = Math.abs(m.getScalingFactorX());
      float h = Math.abs(m.getScalingFactorY());
      images.add(new Drawn(pdImage, top, w, h));
    }

    @Override
    protected void operatorException(
        org.apache.pdfbox.contentstream.operator.Operator operator,
        List<org.apache.pdfbox.cos.COSBase> operands,
        IOException e)
        throws IOException {
      // a damaged operator: skip it, as a viewer would
    }

    @Override
    protected void processOperator(
        org.apache.pdfbox.contentstream.operator.Operator operator,
        List<org.apache.pdfbox.cos.COSBase> operands)
        throws IOException {
      if ((++ops & 1023) == 0) Deadline.check();
      super.processOperator(operator, operands);
    }

    private void box(float[] r) {
      line(r[0], r[1], r[0] + r[2], r[1]);
      line(r[0], r[1] + r[3], r[0] + r[2], r[1] + r[3]);
      line(r[0], r[1], r[0], r[1] + r[3]);
      line(r[0] + r[2], r[1], r[0] + r[2], r[1] + r[3]);
    }

    private float dx(float x, float y) {
      return switch (rotation) {
        case 90 -> y - bottom;
        case 180 -> right - x;
        case 270 -> height - y;
        default -> x - left;
      };
    }

    private float dy(float x, float y) {
      return switch (rotation) {
        case 90 -> x - left;
        case 180 -> y - bottom;
        case 270 -> right - x;
        default -> height - y;
      };
    }

    private void line(float x1, float y1, float x2, float y2) {
      if (rules.size() > 50_000) return;
      // to the page as displayed (its /Rotate applied), from the top left
      float ax = dx(x1, y1);
      float bx = dx(x2, y2);
      float ay = dy(x1, y1);
      float by = dy(x2, y2);
      if (Math.abs(ay - by) < 1f && Math.abs(ax - bx) >= 2f) {
        rules.add(new Rule(true, (ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
      } else if (Math.abs(ax - bx) < 1f && Math.abs(ay - by) >= 2f) {
        rules.add(new Rule(false, (ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
      }
    }
  }
}
