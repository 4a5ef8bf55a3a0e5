package fr.fejdoc.catalogue;

import fr.fejdoc.text.RecordJson;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A measuring harness (not a test) of the catalogue site's cost, for a build output folder whose
 * projects' rows are kept (see {@link RowCache}): the rows are read as they are, whatever program
 * made them, so that two versions of the program are measured on the same entries.
 *
 * <p>Usage: {@code java -cp target/fejdoc.jar:target/test-classes
 * fr.fejdoc.catalogue.CatalogueCostMain MODE DOCUMENTS [ROUNDS] [SITE]}, MODE being
 *
 * <ul>
 *   <li>{@code parts}: each kind of part made on one thread, one after the other, with its
 *       processor time, then the printed edition's tree and each format apart;
 *   <li>{@code site}: the whole site made as {@code build} makes it (every core), its wall and the
 *       process's processor time; written into SITE when given (to compare with {@code diff -r}).
 *   <li>{@code terms}: see {@link #terms}.
 * </ul>
 *
 * The first round is the cold one (what a build pays once); the following ones show the warm cost.
 */
public final class CatalogueCostMain {
  private CatalogueCostMain() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    if (mode.equals("terms")) {
      terms(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 5);
      return;
    }
    Path documents = Path.of(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path site = args.length > 3 ? Path.of(args[3]) : null;
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long r0 = System.nanoTime();
    List<CatalogueEntry> entries = rows(documents);
    System.out.printf(
        "%d rows read in %d ms%n", entries.size(), (System.nanoTime() - r0) / 1_000_000);
    for (int r = 0; r < rounds; r++) {
      if (mode.equals("site")) {
        long w0 = System.nanoTime();
        long c0 = os.getProcessCpuTime();
        CatalogueSite s = new CatalogueSite(entries, "../");
        String key = s.key();
        Path into = site != null && r == rounds - 1 ? site : null;
        s.write(
            CatalogueSite.Kept.NONE,
            name -> {
              if (into == null) return OutputStream.nullOutputStream();
              Path f = into.resolve(name);
              Files.createDirectories(f.getParent());
              return Files.newOutputStream(f);
            });
        System.out.printf(
            "round %d: site %d ms wall, %d ms processor (key %s)%n",
            r,
            (System.nanoTime() - w0) / 1_000_000,
            (os.getProcessCpuTime() - c0) / 1_000_000,
            key.substring(0, 12));
        continue;
      }
      long t1 = bean.getCurrentThreadCpuTime();
      CatalogueSite s = new CatalogueSite(entries, "../");
      s.key();
      long t2 = bean.getCurrentThreadCpuTime();
      Map<String, long[]> by = new TreeMap<>();
      for (CatalogueSite.Part p : s.parts()) {
        List<String> names = new ArrayList<>();
        long[] size = {0};
        long a = bean.getCurrentThreadCpuTime();
        p.make()
            .make(
                name -> {
                  names.add(name);
                  return new OutputStream() {
                    @Override
                    public void write(int b) {
                      size[0]++;
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                      size[0] += len;
                    }
                  };
                });
        long e = bean.getCurrentThreadCpuTime();
        String kind = names.isEmpty() ? "?" : kind(names.get(0));
        by.computeIfAbsent(kind, k -> new long[2])[0] += e - a;
        by.get(kind)[1] += size[0];
      }
      long total = 0;
      for (long[] v : by.values()) total += v[0];
      System.out.printf(
          "round %d: key %d ms, parts %d ms (one thread)%n",
          r, (t2 - t1) / 1_000_000, total / 1_000_000);
      by.forEach(
          (k, v) -> System.out.printf("  %-28s %6d ms %10d bytes%n", k, v[0] / 1_000_000, v[1]));
      // the printed edition alone: its tree, then each format from the same tree
      for (PrintedEdition.Volume v : PrintedEdition.volumes(entries)) {
        long a = bean.getCurrentThreadCpuTime();
        fr.fejdoc.document.Doc doc = PrintedEdition.doc(v, entries);
        long b = bean.getCurrentThreadCpuTime();
        System.out.printf("  volume %d: tree %d ms", v.number(), (b - a) / 1_000_000);
        for (String ext : PrintedEdition.FORMATS) {
          long c = bean.getCurrentThreadCpuTime();
          fr.fejdoc.write.Writers.all().get(ext).write(doc, fr.fejdoc.write.Resources.NONE);
          System.out.printf(", %s %d ms", ext, (bean.getCurrentThreadCpuTime() - c) / 1_000_000);
        }
        System.out.println();
      }
    }
  }

  /**
   * {@code terms PROJECTS [ROUNDS]}: the search terms of every Markdown file of the projects (the
   * narrative a build folds for each experiment's row), with the processor time of each round.
   */
  private static void terms(Path projects, int rounds) throws Exception {
    List<String> texts = new ArrayList<>();
    try (var files = Files.walk(projects)) {
      for (Path f : files.sorted().toList())
        if (f.toString().endsWith(".md")) texts.add(Files.readString(f, StandardCharsets.UTF_8));
    }
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < rounds; r++) {
      long a = bean.getCurrentThreadCpuTime();
      long n = 0;
      for (String t : texts) n += SearchIndex.terms(t).size();
      System.out.printf(
          "round %d: %d texts, %d terms, %d ms%n",
          r, texts.size(), n, (bean.getCurrentThreadCpuTime() - a) / 1_000_000);
    }
  }

  /** The rows kept in {@code documents}, sorted by project, read as they are (no key checked). */
  private static List<CatalogueEntry> rows(Path documents) throws Exception {
    List<CatalogueEntry> out = new ArrayList<>();
    try (var dirs = Files.list(documents)) {
      for (Path d : dirs.sorted().toList()) {
        Path f = d.resolve(RowCache.PREFIX + "fr");
        if (!Files.isRegularFile(f)) continue;
        String text = Files.readString(f, StandardCharsets.UTF_8);
        out.add(
            RecordJson.read(text.substring(text.indexOf('\n') + 1), RowCache.Row.class).entry());
      }
    }
    out.sort(java.util.Comparator.comparing(CatalogueEntry::project));
    return out;
  }

  private static String kind(String name) {
    if (name.startsWith(CatalogueSite.PAGES + "/")) return "pages d'expérience";
    return name;
  }
}
