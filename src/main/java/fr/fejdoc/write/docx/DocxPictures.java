package fr.fejdoc.write.docx;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Inline;
import fr.fejdoc.load.ImageTypes;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Figures: PNG and JPEG images from the project's resources (sized and reduced by {@link
 * ImageTypes#forDocuments}; a GIF comes as PNG), inline in a centered paragraph, their width a
 * share of the text width (or their own size at 96 dpi, within the text width), then the caption
 * and credit. An image that cannot be read is shown as its alternative text.
 */
final class DocxPictures {
  static final String MISSING = "Image non disponible";
  private static final int EMU_PER_TWIP = 635;
  private static final int EMU_PER_PIXEL = 9525;

  private final DocxRenderer r;
  private final Map<String, Optional<Image>> cache = new HashMap<>();

  /** The relationship id of each image placed (its media part). */
  private final Map<Image, String> placed = new IdentityHashMap<>();

  private int next = 1;

  DocxPictures(DocxRenderer r) {
    this.r = r;
  }

  /** A readable image: its bytes, whether PNG (else JPEG) and size in pixels. */
  record Image(byte[] data, boolean png, int width, int height) {}

  void figure(DocxFlow flow, Block.Figure f) {
    Optional<Image> image = flow.footnote ? Optional.empty() : image(f.source());
    String alt = f.alt() == null ? "" : f.alt().strip();
    DocxPara p = flow.paragraph();
    p.keepNext = true;
    p.jc = "center";
    if (image.isEmpty()) {
      p.style = DocxStyles.SMALL;
      DocxRuns.text(p.c, "[" + (alt.isEmpty() ? MISSING : alt) + "]", Marks.NONE);
    } else {
      place(p, flow, image.get(), f.widthPercent(), alt);
    }
    List<Inline> caption = f.caption() == null ? List.of() : f.caption();
    List<Inline> credit = f.credit() == null ? List.of() : f.credit();
    if (caption.isEmpty() && credit.isEmpty()) return;
    DocxPara c = flow.paragraph();
    c.style = DocxStyles.SMALL;
    c.jc = "center";
    r.runs.inlines(c, flow, caption, Marks.NONE);
    if (!credit.isEmpty()) {
      if (!caption.isEmpty()) DocxRuns.text(c.c, " ", Marks.NONE);
      r.runs.inlines(c, flow, credit, Marks.NONE.withItalic());
    }
  }

  /**
   * The image inline in {@code p}, as Word draws pictures ({@code wp:inline} holding a {@code
   * pic:pic}): its alternative text in {@code wp:docPr/@descr}; one media part per image, however
   * often it is placed.
   */
  private void place(DocxPara p, DocxFlow flow, Image img, int percent, String alt) {
    long maxEmu = (long) flow.width() * EMU_PER_TWIP;
    long cx =
        percent > 0 && percent <= 100
            ? maxEmu * percent / 100
            : Math.min(maxEmu, (long) img.width() * EMU_PER_PIXEL);
    long cy = Math.max(1, cx * img.height() / Math.max(1, img.width()));
    cx = Math.min(Integer.MAX_VALUE, cx);
    cy = Math.min(Integer.MAX_VALUE, cy);
    int n = next++;
    String rel = placed.computeIfAbsent(img, i -> r.pkg.image(i.data(), i.png()));
    StringBuilder x = p.c;
    x.append("<w:r><w:drawing><wp:inline distT=\"0\" distR=\"0\" distB=\"0\" distL=\"0\">")
        .append("<wp:extent cx=\"")
        .append(cx)
        .append("\" cy=\"")
        .append(cy)
        .append("\"/><wp:docPr id=\"")
        .append(n)
        .append("\" name=\"Image ")
        .append(n)
        .append("\" descr=\"");
    DocxXml.attr(x, alt);
    x.append("\"/><a:graphic xmlns:a=\"")
        .append(DocxXml.NS_A)
        .append("\"><a:graphicData uri=\"")
        .append(DocxXml.NS_PIC)
        .append("\"><pic:pic xmlns:pic=\"")
        .append(DocxXml.NS_PIC)
        .append("\"><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"Picture ")
        .append(n - 1)
        .append("\" descr=\"image")
        .append(n)
        .append(img.png() ? ".png" : ".jpeg")
        .append("\"/><pic:cNvPicPr><a:picLocks noChangeAspect=\"true\"/></pic:cNvPicPr>")
        .append("</pic:nvPicPr><pic:blipFill><a:blip r:embed=\"")
        .append(rel)
        .append("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm>")
        .append("<a:off x=\"0\" y=\"0\"/><a:ext cx=\"")
        .append(cx)
        .append("\" cy=\"")
        .append(cy)
        .append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>")
        .append("</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>");
  }

  private Optional<Image> image(String source) {
    if (source == null || source.isBlank()) return Optional.empty();
    return cache.computeIfAbsent(source, this::load);
  }

  private Optional<Image> load(String source) {
    try {
      Optional<byte[]> bytes = r.resources.image(source);
      if (bytes == null || bytes.isEmpty()) return Optional.empty();
      // sized from its header, reduced to the document size; refused beyond the limits
      Optional<byte[]> fit = ImageTypes.forDocuments(bytes.get());
      if (fit.isEmpty()) return Optional.empty();
      ImageTypes.Info info = ImageTypes.probe(fit.get());
      boolean png = ImageTypes.PNG.equals(info.mime());
      if (!png && !ImageTypes.JPEG.equals(info.mime())) return Optional.empty();
      return Optional.of(new Image(fit.get(), png, info.width(), info.height()));
    } catch (ImageTypes.Unreadable | RuntimeException e) {
      return Optional.empty(); // an unreadable image is shown as missing, as check reports it
    }
  }
}
