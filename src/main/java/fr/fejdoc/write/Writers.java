package fr.fejdoc.write;

import fr.fejdoc.document.assemble.Assembler;
import fr.fejdoc.write.html.HtmlWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every output format, by its name on the command line. Adding a format = one line here. */
public final class Writers {
  private static final Map<String, DocumentWriter> ALL = new LinkedHashMap<>();

  static {
    register(new HtmlWriter());
    register(new fr.fejdoc.write.pdf.PdfWriter());
    register(new fr.fejdoc.write.docx.DocxWriter());
    register(new fr.fejdoc.write.odt.OdtWriter());
    register(new fr.fejdoc.write.xlsx.XlsxWriter(Assembler.ANNEXES::equals));
    register(new fr.fejdoc.write.ods.OdsWriter(Assembler.ANNEXES::equals));
  }

  private Writers() {}

  private static void register(DocumentWriter w) {
    ALL.put(w.extension(), w);
  }

  public static Map<String, DocumentWriter> all() {
    return ALL;
  }
}
