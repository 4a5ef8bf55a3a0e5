import fr.fejdoc.importer.Importer;
import fr.fejdoc.importer.NotImportable;
import fr.fejdoc.importer.Source;
import fr.fejdoc.importer.Sources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Import time per document, warm: for each file given, reads it (format from its first bytes) and
 * runs the form readers ({@code Importer.read}) WARM times unmeasured, then RUNS measured times in
 * the same JVM; prints the median and the best, in milliseconds. Run by bench/import.sh.
 */
public class ImportBench {
  public static void main(String[] args) throws Exception {
    int warm = Integer.parseInt(System.getProperty("warm", "40"));
    int runs = Integer.parseInt(System.getProperty("runs", "40"));
    for (String a : args) {
      Path p = Path.of(a);
      byte[] bytes = Files.readAllBytes(p);
      for (int i = 0; i < warm; i++) once(bytes, p);
      long[] ns = new long[runs];
      int blocks = 0;
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        blocks = once(bytes, p);
        ns[i] = System.nanoTime() - t;
      }
      Arrays.sort(ns);
      System.out.printf(
          Locale.ROOT,
          "%s: %d octets, %d blocs ; médiane %.1f ms, meilleur %.1f ms (%d passages après %d d'échauffement)%n",
          p.getFileName(),
          bytes.length,
          blocks,
          ns[runs / 2] / 1e6,
          ns[0] / 1e6,
          runs,
          warm);
    }
  }

  private static int once(byte[] bytes, Path p) throws Exception {
    Source s = Sources.read(bytes, p.getFileName().toString());
    try {
      Importer.read(s);
    } catch (NotImportable e) {
      // a document that is not a whole note (annexes alone): its reading is still measured
    }
    return s.blocks().size();
  }
}
