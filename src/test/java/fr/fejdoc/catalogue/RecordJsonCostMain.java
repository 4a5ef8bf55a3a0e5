package fr.fejdoc.catalogue;

import fr.fejdoc.text.RecordJson;
import fr.fejdoc.text.RecordJsonBefore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A measuring harness (not a test) of {@link RecordJson} against the reflective version it replaced
 * ({@link RecordJsonBefore}), on the rows kept in a build output folder: each round reads every row
 * and writes it back (and writes each entry without its search terms, as the catalogue's keys do),
 * once with each version, alternately, on one thread, with its processor time.
 *
 * <p>Usage: {@code java -cp target/fejdoc.jar:target/test-classes fr.fejdoc.text.RecordJsonCostMain
 * OUTPUT [ROUNDS]}. The first rounds are the cold ones.
 */
public final class RecordJsonCostMain {
  private RecordJsonCostMain() {}

  public static void main(String[] args) throws Exception {
    Path output = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    // "before" or "now": that version alone (its first round is then its cold cost)
    String only = args.length > 2 ? args[2] : null;
    List<String> rows = new ArrayList<>();
    try (Stream<Path> s = Files.list(output)) {
      for (Path dir : s.sorted().toList()) {
        Path row = dir.resolve(RowCache.PREFIX + "fr");
        if (!Files.isRegularFile(row)) continue;
        String text = Files.readString(row, StandardCharsets.UTF_8);
        rows.add(text.substring(text.indexOf('\n') + 1));
      }
    }
    System.out.printf("%d rows%n", rows.size());
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long[][] cpu = new long[2][rounds];
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      for (int v = 0; v < 2; v++) {
        int which = (r + v) % 2; // each version first every other round
        if (only != null && which != (only.equals("before") ? 0 : 1)) continue;
        long c0 = bean.getCurrentThreadCpuTime();
        for (String json : rows) {
          if (which == 0) {
            RowCache.Row row = RecordJsonBefore.read(json, RowCache.Row.class);
            sink += RecordJsonBefore.write(row).length();
            CatalogueEntry e = row.entry();
            if (e != null) sink += RecordJsonBefore.write(e.withSearchTerms(null)).length();
          } else {
            RowCache.Row row = RecordJson.read(json, RowCache.Row.class);
            sink += RecordJson.write(row).length();
            CatalogueEntry e = row.entry();
            if (e != null) sink += RecordJson.write(e.withSearchTerms(null)).length();
          }
        }
        cpu[which][r] = bean.getCurrentThreadCpuTime() - c0;
      }
    }
    for (int v = 0; v < 2; v++) {
      if (only != null && v != (only.equals("before") ? 0 : 1)) continue;
      long[] warm = Arrays.copyOfRange(cpu[v], rounds / 2, rounds);
      Arrays.sort(warm);
      System.out.printf(
          "%-7s all %7.1f ms, first round %6.1f ms, warm median %6.2f ms, min %6.2f ms (%d)%n",
          v == 0 ? "before" : "now",
          Arrays.stream(cpu[v]).sum() / 1e6,
          cpu[v][0] / 1e6,
          warm[warm.length / 2] / 1e6,
          warm[0] / 1e6,
          warm.length);
    }
    System.out.println("(" + sink + ")");
  }
}
