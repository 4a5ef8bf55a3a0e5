package fr.fejdoc.catalogue;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.write.LayoutRule;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A measuring harness (not a test) of what {@code build --sans-catalogue} no longer does: for each
 * project of a folder, checked once, the row with its catalogue entry ({@link RowCache#of}:
 * figures, documents, search terms, report) against the row without ({@link RowCache#withoutEntry}:
 * the report and counts), alternately, on one thread, with their processor time. Each round goes
 * through every project; the first is the cold one.
 *
 * <p>Usage: {@code java -cp target/fejdoc.jar:target/test-classes fr.fejdoc.catalogue.RowCostMain
 * PROJECTS [ROUNDS]}.
 */
public final class RowCostMain {
  private RowCostMain() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Messages m = Messages.of(Messages.Lang.FR);
    List<Checker.Checked> checked;
    try (Stream<Path> s = Files.list(folder)) {
      checked =
          s.sorted()
              .filter(Files::isDirectory)
              .map(p -> LayoutRule.checker().check(p, p.getFileName().toString()))
              .toList();
    }
    List<String> files = List.of("restitution-finale.html", "annexes.html");
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long whole = 0, without = 0;
      for (Checker.Checked c : checked) {
        for (int v = 0; v < 2; v++) {
          boolean entry = (r + v) % 2 == 0; // each first every other round
          long c0 = bean.getCurrentThreadCpuTime();
          RowCache.Row row = entry ? RowCache.of(c, files, m) : RowCache.withoutEntry(c, m);
          long spent = bean.getCurrentThreadCpuTime() - c0;
          sink += row.report().length();
          if (entry) whole += spent;
          else without += spent;
        }
      }
      System.out.printf(
          "round %d, %d projects: with the entry %7.1f ms, without %7.1f ms%n",
          r + 1, checked.size(), whole / 1e6, without / 1e6);
    }
    System.out.println("(" + sink + ")");
  }
}
