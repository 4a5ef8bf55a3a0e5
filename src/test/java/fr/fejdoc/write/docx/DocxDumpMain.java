package fr.fejdoc.write.docx;

import fr.fejdoc.write.Resources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: writes the DOCX of every example document and of the sample tree into a folder (to
 * compare two versions of the writer part by part), then times the writer on AP1_027's restitution
 * finale and annexes, warm (median and best of 31 after 20). Usage: DocxDumpMain OUT_DIR [RUNS].
 */
public final class DocxDumpMain {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    List<ExampleDocs.Example> all = ExampleDocs.all();
    long cold = System.nanoTime();
    DocxWriter w = new DocxWriter();
    w.write(all.get(0).doc(), all.get(0).resources());
    System.out.printf(
        Locale.ROOT, "first DOCX in this JVM (cold): %.1f ms%n", (System.nanoTime() - cold) / 1e6);
    for (ExampleDocs.Example e : all) {
      Files.write(
          out.resolve(e.project() + "-" + e.name() + ".docx"), w.write(e.doc(), e.resources()));
    }
    byte[] png =
        java.util.Base64.getDecoder()
            .decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    Resources res =
        source ->
            source.equals("logo.png") ? java.util.Optional.of(png) : java.util.Optional.empty();
    Files.write(out.resolve("sample.docx"), w.write(SampleDoc.build(), res));
    ExampleDocs.Example ex = ExampleDocs.example("AP1_027", "restitution-finale");
    fr.fejdoc.document.Doc draft = ex.doc().asDraft(new fr.fejdoc.document.Doc.Draft(2), List.of());
    Files.write(out.resolve("draft.docx"), w.write(draft, ex.resources()));
    fr.fejdoc.document.Doc hostile =
        new fr.fejdoc.document.Doc(
            new fr.fejdoc.document.Doc.Meta("<&>\"'", "a\u0001b", null, null, "xx-invalid!"),
            new fr.fejdoc.document.Doc.Page(false, "&P {page} <b>", null, false),
            List.of(
                new fr.fejdoc.document.Block.Para(
                    List.of(
                        new fr.fejdoc.document.Inline.Text(
                            "a\u0000b\u0007c <w:p/> & \uD800 \uFFFF \t x\r\ny\nz  \u00A0"))),
                new fr.fejdoc.document.Block.Para(
                    List.of(
                        new fr.fejdoc.document.Inline.Link(
                            "javascript:alert(1)",
                            List.of(new fr.fejdoc.document.Inline.Text("x"))),
                        new fr.fejdoc.document.Inline.Link("file:///etc/passwd", List.of())))));
    Files.write(out.resolve("hostile.docx"), w.write(hostile, null));
    Files.write(
        out.resolve("empty.docx"),
        w.write(new fr.fejdoc.document.Doc(null, null, List.of()), null));
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    if (runs <= 0) return;
    for (String name : new String[] {"restitution-finale", "annexes"}) {
      ExampleDocs.Example e = ExampleDocs.example("AP1_027", name);
      for (int i = 0; i < 20; i++) w.write(e.doc(), e.resources());
      long[] ns = new long[runs];
      int size = 0;
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        size = w.write(e.doc(), e.resources()).length;
        ns[i] = System.nanoTime() - t;
      }
      Arrays.sort(ns);
      System.out.printf(
          Locale.ROOT,
          "%s docx %.2f ms (best %.2f) %d bytes%n",
          name,
          ns[runs / 2] / 1e6,
          ns[0] / 1e6,
          size);
    }
  }
}
