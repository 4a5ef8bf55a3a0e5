import fr.fejdoc.check.Checker;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.assemble.Assembler;
import fr.fejdoc.write.DocumentWriter;
import fr.fejdoc.write.LayoutRule;
import fr.fejdoc.write.ProjectWriter;
import fr.fejdoc.write.Resources;
import fr.fejdoc.write.Writers;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Each writer alone, warm, per document: the project is checked and its documents assembled once,
 * then each format writes the same tree WARM times unmeasured and RUNS measured times; prints the
 * median and best milliseconds and the size. "pdf-sans-balisage" is the PDF writer without its
 * structure tree (the cost of tagging is the difference). Run by bench/formats.sh. Usage: java -cp
 * fejdoc.jar FormatsBench.java PROJECT_DIR DOCUMENT FORMAT...
 */
public class FormatsBench {
  public static void main(String[] args) throws Exception {
    int warm = Integer.parseInt(System.getProperty("warm", "20"));
    int runs = Integer.parseInt(System.getProperty("runs", "31"));
    Path dir = Path.of(args[0]);
    Checker.Checked checked = LayoutRule.checker().check(dir, dir.getFileName().toString());
    Assembler.Assembled doc =
        ProjectWriter.assemble(checked).value().stream()
            .filter(a -> a.name().equals(args[1]))
            .findFirst()
            .orElseThrow();
    Resources resources = Resources.folder(dir);
    for (int f = 2; f < args.length; f++) {
      String format = args[f];
      Writer w = writer(format);
      int size = 0;
      for (int i = 0; i < warm; i++) size = w.write(doc.doc(), resources).length;
      long[] ns = new long[runs];
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        w.write(doc.doc(), resources);
        ns[i] = System.nanoTime() - t;
      }
      Arrays.sort(ns);
      System.out.printf(
          Locale.ROOT, "%s %.1f %.1f %d%n", format, ns[runs / 2] / 1e6, ns[0] / 1e6, size);
    }
  }

  interface Writer {
    byte[] write(Doc doc, Resources r) throws Exception;
  }

  private static Writer writer(String format) throws Exception {
    if (!format.equals("pdf-sans-balisage")) {
      DocumentWriter w = Writers.all().get(format);
      return w::write;
    }
    Class<?> renderer = Class.forName("fr.fejdoc.write.pdf.PdfRenderer");
    Constructor<?> c =
        renderer.getDeclaredConstructor(
            Doc.class,
            Resources.class,
            boolean.class,
            Class.forName("org.openpdf.text.Rectangle"),
            boolean.class);
    c.setAccessible(true);
    Method render = renderer.getDeclaredMethod("render");
    render.setAccessible(true);
    return (doc, r) -> {
      Object rendered = render.invoke(c.newInstance(doc, r, true, null, false));
      Method bytes = rendered.getClass().getDeclaredMethod("bytes");
      bytes.setAccessible(true);
      return (byte[]) bytes.invoke(rendered);
    };
  }
}
