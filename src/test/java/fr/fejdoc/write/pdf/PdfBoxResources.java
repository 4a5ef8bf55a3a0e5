package fr.fejdoc.write.pdf;

import java.util.Arrays;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;

/**
 * A page's resources as PDFBox reads them back, for {@link ContentScan}: the widths the fonts
 * declare in the file (/W of a composite font, /Widths of a simple one) and which names are images.
 * What the scanner read before it was given OpenPDF's own fonts; kept to check the scanner on
 * files.
 */
final class PdfBoxResources implements ContentScan.Resources {
  private final COSDictionary resources;
  private final Map<COSDictionary, ContentScan.Font> fonts;

  /**
   * @param fonts widths already read, by font dictionary (shared by the pages of one document)
   */
  PdfBoxResources(COSDictionary resources, Map<COSDictionary, ContentScan.Font> fonts) {
    this.resources = resources;
    this.fonts = fonts;
  }

  @Override
  public ContentScan.Font font(String name) {
    COSBase f = resource(COSName.FONT, COSName.getPDFName(name));
    if (!(f instanceof COSDictionary dict)) return null;
    return fonts.computeIfAbsent(dict, k -> of(dict));
  }

  @Override
  public boolean image(String name) {
    return resource(COSName.XOBJECT, COSName.getPDFName(name)) instanceof COSStream stream
        && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE));
  }

  private COSBase resource(COSName category, COSName name) {
    if (resources == null || name == null) return null;
    COSBase d = deref(resources.getDictionaryObject(category));
    if (!(d instanceof COSDictionary dict)) return null;
    return deref(dict.getDictionaryObject(name));
  }

  private static COSBase deref(COSBase b) {
    return b instanceof COSObject o ? o.getObject() : b;
  }

  private static final int MAX_CID = 65_536;

  /** Widths from an array: {@code widths[code - first]}, else {@code missing}. */
  private static ContentScan.Font font(
      boolean composite, int first, float[] widths, float missing) {
    return new ContentScan.Font(composite) {
      @Override
      float width(int code) {
        int i = code - first;
        return i >= 0 && i < widths.length ? widths[i] : missing;
      }
    };
  }

  static ContentScan.Font of(COSDictionary font) {
    if (COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))) {
      COSBase kids = deref(font.getDictionaryObject(COSName.DESCENDANT_FONTS));
      COSDictionary cid = null;
      if (kids instanceof COSArray a && a.size() > 0 && deref(a.get(0)) instanceof COSDictionary d)
        cid = d;
      if (cid == null) return font(true, 0, new float[0], 1000);
      float dw = number(cid.getDictionaryObject(COSName.DW), 1000);
      float[] widths = new float[0];
      COSBase w = deref(cid.getDictionaryObject(COSName.W));
      if (w instanceof COSArray array) {
        int i = 0;
        while (i + 1 < array.size()) {
          COSBase c1 = deref(array.get(i));
          COSBase next = deref(array.get(i + 1));
          if (!(c1 instanceof COSNumber start) || start.intValue() < 0) break;
          int from = start.intValue();
          if (next instanceof COSArray list) {
            int to = Math.min(from + list.size(), MAX_CID);
            widths = fill(widths, from, to, dw);
            for (int c = from; c < to; c++) widths[c] = number(list.get(c - from), dw);
            i += 2;
          } else if (next instanceof COSNumber last && i + 2 < array.size()) {
            int to = Math.min(last.intValue() + 1, MAX_CID);
            widths = fill(widths, from, to, dw);
            float width = number(array.get(i + 2), dw);
            for (int c = from; c < to; c++) widths[c] = width;
            i += 3;
          } else break;
        }
      }
      return font(true, 0, widths, dw);
    }
    int first = (int) number(font.getDictionaryObject(COSName.FIRST_CHAR), 0);
    COSBase w = deref(font.getDictionaryObject(COSName.WIDTHS));
    float[] widths = new float[0];
    if (w instanceof COSArray array) {
      widths = new float[Math.min(array.size(), 256)];
      for (int i = 0; i < widths.length; i++) widths[i] = number(array.get(i), 0);
    }
    float missing = 0;
    COSBase descriptor = deref(font.getDictionaryObject(COSName.FONT_DESC));
    if (descriptor instanceof COSDictionary d)
      missing = number(d.getDictionaryObject(COSName.MISSING_WIDTH), 0);
    return font(false, first, widths, missing);
  }

  private static float[] fill(float[] widths, int from, int to, float missing) {
    if (to <= widths.length) return widths;
    int old = widths.length;
    float[] grown = Arrays.copyOf(widths, Math.max(to, Math.min(MAX_CID, old * 2)));
    Arrays.fill(grown, old, grown.length, missing);
    return grown;
  }

  private static float number(COSBase b, float otherwise) {
    return deref(b) instanceof COSNumber n ? n.floatValue() : otherwise;
  }
}
