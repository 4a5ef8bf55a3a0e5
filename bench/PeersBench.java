import fr.fejdoc.check.Checker;
import fr.fejdoc.write.LayoutRule;
import fr.fejdoc.write.ProjectWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * fejdoc warm, per document: in one JVM, checks the project and writes one of its documents in one
 * format WARM times unmeasured, then RUNS measured times (check included, as a rebuild after a save
 * does); prints the median and the best in milliseconds. Run by bench/peers.sh. Usage: java -cp
 * fejdoc.jar PeersBench.java PROJECT_DIR DOCUMENT OUTPUT_DIR FORMAT...
 */
public class PeersBench {
  public static void main(String[] args) throws Exception {
    int warm = Integer.parseInt(System.getProperty("warm", "15"));
    int runs = Integer.parseInt(System.getProperty("runs", "21"));
    Path dir = Path.of(args[0]);
    String doc = args[1];
    Path out = Path.of(args[2]);
    Files.createDirectories(out);
    for (int f = 3; f < args.length; f++) {
      String format = args[f];
      for (int i = 0; i < warm; i++) once(dir, doc, out, format);
      long[] ns = new long[runs];
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        once(dir, doc, out, format);
        ns[i] = System.nanoTime() - t;
      }
      Arrays.sort(ns);
      System.out.printf(Locale.ROOT, "%s %.1f %.1f%n", format, ns[runs / 2] / 1e6, ns[0] / 1e6);
    }
  }

  private static void once(Path dir, String doc, Path out, String format) {
    Checker.Checked checked = LayoutRule.checker().check(dir, dir.getFileName().toString());
    ProjectWriter.Written w =
        ProjectWriter.write(checked, out, Set.of(format), doc::equals, false, null);
    if (w.files().isEmpty()) throw new IllegalStateException("nothing written: " + w.findings());
  }
}
