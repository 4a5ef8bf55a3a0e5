package fr.fejdoc.write.docx;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Inline;
import fr.fejdoc.load.ImageTypes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

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
  private int next = 1;

  DocxPictures(DocxRenderer r) {
    this.r = r;
  }

  /** A readable image: its bytes, POI picture type and size in pixels. */
  record Image(byte[] data, int type, int width, int height) {}

  void figure(DocxFlow flow, Block.Figure f) {
    Optional<Image> image = flow.footnote ? Optional.empty() : image(f.source());
    String alt = f.alt() == null ? "" : f.alt().strip();
    CTP p = flow.paragraph();
    DocxBlocks.pPr(p).addNewKeepNext();
    DocxBlocks.pPr(p).addNewJc().setVal(STJc.CENTER);
    if (image.isEmpty()) {
      DocxBlocks.pPr(p).addNewPStyle().setVal(DocxStyles.SMALL);
      DocxRuns.text(p::addNewR, "[" + (alt.isEmpty() ? MISSING : alt) + "]", Marks.NONE);
    } else {
      place(p, flow, image.get(), f.widthPercent(), alt);
    }
    List<Inline> caption = f.caption() == null ? List.of() : f.caption();
    List<Inline> credit = f.credit() == null ? List.of() : f.credit();
    if (caption.isEmpty() && credit.isEmpty()) return;
    CTP c = flow.paragraph();
    DocxBlocks.pPr(c).addNewPStyle().setVal(DocxStyles.SMALL);
    DocxBlocks.pPr(c).addNewJc().setVal(STJc.CENTER);
    r.runs.inlines(c, flow, caption, Marks.NONE);
    if (!credit.isEmpty()) {
      if (!caption.isEmpty()) DocxRuns.text(c::addNewR, " ", Marks.NONE);
      r.runs.inlines(c, flow, credit, Marks.NONE.withItalic());
    }
  }

  private void place(CTP p, DocxFlow flow, Image img, int percent, String alt) {
    long maxEmu = (long) flow.width() * EMU_PER_TWIP;
    long cx =
        percent > 0 && percent <= 100
            ? maxEmu * percent / 100
            : Math.min(maxEmu, (long) img.width() * EMU_PER_PIXEL);
    long cy = Math.max(1, cx * img.height() / Math.max(1, img.width()));
    int n = next++;
    XWPFParagraph para = new XWPFParagraph(p, flow.body);
    XWPFRun run = para.createRun();
    try {
      run.addPicture(
          new ByteArrayInputStream(img.data()),
          img.type(),
          "image" + n + (img.type() == Document.PICTURE_TYPE_PNG ? ".png" : ".jpeg"),
          (int) Math.min(Integer.MAX_VALUE, cx),
          (int) Math.min(Integer.MAX_VALUE, cy));
    } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException("image could not be embedded", e);
    }
    CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
    inline.getDocPr().setId(n);
    inline.getDocPr().setName("Image " + n);
    inline.getDocPr().setDescr(alt);
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
      int type =
          switch (info.mime()) {
            case ImageTypes.PNG -> Document.PICTURE_TYPE_PNG;
            case ImageTypes.JPEG -> Document.PICTURE_TYPE_JPEG;
            default -> -1;
          };
      if (type < 0) return Optional.empty();
      return Optional.of(new Image(fit.get(), type, info.width(), info.height()));
    } catch (ImageTypes.Unreadable | RuntimeException e) {
      return Optional.empty(); // an unreadable image is shown as missing, as check reports it
    }
  }
}
