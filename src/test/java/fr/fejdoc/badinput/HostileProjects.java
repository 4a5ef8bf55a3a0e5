package fr.fejdoc.badinput;

import fr.fejdoc.synth.SyntheticProjects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Hostile project folders, one per class of attack the review found (issue 11): each is a valid
 * synthetic project with one hostile change, so that whatever happens to it is that change's doing.
 * Used by {@link HostileBuildIT} (mixed with sound projects) and by {@code bench/hostile.sh}
 * ({@link #main}: {@code HostileProjects DIR COUNT SEED}).
 */
public final class HostileProjects {
  private HostileProjects() {}

  /** What no output may ever contain: a line of the server's /etc/passwd. */
  public static final String SERVER_SECRET = "root:x:0:0:";

  /** One class of hostile change, applied to a sound project folder. */
  public record Attack(String name, BiConsumer<Path, Integer> apply) {}

  /** Every class of attack, in a stable order. */
  public static List<Attack> attacks() {
    List<Attack> a = new ArrayList<>();
    a.add(new Attack("footnote-cycle", (d, n) -> append(d, "\nTexte[^a].\n\n[^a]: voir[^a]\n")));
    a.add(
        new Attack(
            "footnote-ring",
            (d, n) ->
                append(d, "\nTexte[^a].\n\n[^a]: voir[^b]\n\n[^b]: voir[^c]\n\n[^c]: voir[^a]\n")));
    a.add(new Attack("deep-quote", (d, n) -> append(d, "\n" + "> ".repeat(4000 + n) + "x\n")));
    a.add(
        new Attack(
            "deep-list",
            (d, n) -> {
              StringBuilder s = new StringBuilder("\n");
              for (int i = 0; i < 1000; i++) s.append("  ".repeat(i)).append("- x\n");
              append(d, s.toString());
            }));
    a.add(
        new Attack(
            "deep-emphasis",
            (d, n) ->
                append(d, "\n" + "*_".repeat(5000 + n) + "x" + "_*".repeat(5000 + n) + "\n")));
    a.add(
        new Attack(
            "deep-brackets",
            (d, n) -> append(d, "\n" + "[".repeat(20000) + "x" + "](y)".repeat(20000) + "\n")));
    a.add(
        new Attack(
            "macro-recursive",
            (d, n) -> template(d, "introduction.ftlx", "<#macro m><@m/></#macro><@m/>")));
    a.add(
        new Attack(
            "list-endless",
            (d, n) -> template(d, "introduction.ftlx", "<#list 1.. as i></#list>")));
    a.add(
        new Attack(
            "output-endless",
            (d, n) -> template(d, "introduction.ftlx", "<#list 1.. as i>xxxxxxxxxx</#list>")));
    a.add(
        new Attack(
            "string-doubling",
            (d, n) ->
                template(
                    d,
                    "introduction.ftlx",
                    "<#assign s = \"x\"><#list 1..64 as i><#assign s = s + s></#list>${s?length}")));
    a.add(
        new Attack(
            "template-syntax",
            (d, n) -> template(d, "introduction.ftlx", "<#if>\n${x.y.z}\n<#list>")));
    a.add(
        new Attack(
            "ministries-bad-date",
            (d, n) ->
                template(
                    d,
                    "ministeres.yaml",
                    "- depuis: 2009-13\n  ministere: Ministère\n- depuis: hier\n  site: 12\n")));
    a.add(new Attack("nul-title", (d, n) -> replaceTitle(d, "\"Titre\\0 avec un NUL\"")));
    a.add(new Attack("control-title", (d, n) -> replaceTitle(d, "\"Titre\\x1B[31m rouge\\x07\"")));
    a.add(new Attack("nul-markdown", (d, n) -> append(d, "\nUn texte \u0000 avec un NUL.\n")));
    a.add(new Attack("png-bomb", (d, n) -> image(d, 30000, 30000)));
    a.add(new Attack("symlink-experiment", (d, n) -> link(d, "experiment.yaml", "/etc/passwd")));
    a.add(new Attack("symlink-note", (d, n) -> link(d, "restitution-finale.md", "/etc/passwd")));
    a.add(
        new Attack(
            "symlink-ministries",
            (d, n) -> {
              mkdirs(d.resolve("templates"));
              link(d, "templates/ministeres.yaml", "/etc/passwd");
            }));
    a.add(
        new Attack(
            "symlink-template",
            (d, n) -> {
              mkdirs(d.resolve("templates"));
              link(d, "templates/introduction.ftlx", "/etc/passwd");
            }));
    a.add(new Attack("symlink-folder", (d, n) -> link(d, "images", "/etc")));
    a.add(new Attack("huge-file", (d, n) -> sparse(d.resolve("archive.bin"), 3L << 30)));
    a.add(
        new Attack(
            "million-items",
            (d, n) -> {
              StringBuilder s = new StringBuilder("\nliste_inconnue:\n");
              for (int i = 0; i < 1_000_000; i++) s.append("- 1\n");
              appendFile(d.resolve("experiment.yaml"), s.toString());
            }));
    a.add(
        new Attack(
            "table-rows",
            (d, n) -> {
              StringBuilder s = new StringBuilder("\n| a | b |\n|---|---|\n");
              for (int i = 0; i < 80_000; i++) s.append("| ").append(i).append(" | x |\n");
              append(d, s.toString());
            }));
    a.add(
        new Attack(
            "many-footnotes",
            (d, n) -> {
              StringBuilder body = new StringBuilder("\n"), notes = new StringBuilder("\n");
              for (int i = 0; i < 10_000; i++) {
                body.append("Mot[^n").append(i).append("]. ");
                notes.append("[^n").append(i).append("]: note ").append(i).append("\n\n");
              }
              append(d, body + "\n" + notes);
            }));
    a.add(
        new Attack(
            "link-quote",
            (d, n) ->
                append(d, "\nVoir [ici](http://exemple.fr/a\"b) et [là](<http://a b\">).\n")));
    a.add(
        new Attack(
            "csv-formula",
            (d, n) -> replaceTitle(d, "\"=HYPERLINK(\\\"http://exemple.invalid\\\",\\\"x\\\")\"")));
    return a;
  }

  /**
   * Writes {@code sound} synthetic projects and {@code hostile} hostile ones (every class in turn,
   * each on a project of its own) into {@code dir}; returns the hostile folders' names.
   */
  public static List<String> write(Path dir, int sound, int hostile, long seed) throws IOException {
    SyntheticProjects.generate(dir, sound, seed);
    List<Attack> attacks = attacks();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < hostile; i++) {
      Attack attack = attacks.get(i % attacks.size());
      SyntheticProjects.Project p = SyntheticProjects.project(seed + 1, i);
      String name = String.format("H%03d-%s", i, attack.name());
      Path d = dir.resolve(name);
      Files.createDirectories(d);
      for (Map.Entry<String, String> f : p.files().entrySet())
        Files.writeString(d.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      attack.apply().accept(d, i);
      names.add(name);
    }
    return names;
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int sound = Integer.parseInt(args[1]);
    int hostile = Integer.parseInt(args[2]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    write(dir, sound, hostile, seed);
  }

  private static void append(Path d, String markdown) {
    appendFile(d.resolve("restitution-finale.md"), markdown);
  }

  private static void appendFile(Path f, String text) {
    try {
      Files.writeString(
          f, Files.readString(f, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void replaceTitle(Path d, String yamlValue) {
    try {
      Path f = d.resolve("experiment.yaml");
      String y = Files.readString(f, StandardCharsets.UTF_8);
      Files.writeString(
          f,
          y.replaceFirst(
              "(?m)^titre: .*$", "titre: " + java.util.regex.Matcher.quoteReplacement(yamlValue)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void template(Path d, String name, String text) {
    try {
      mkdirs(d.resolve("templates"));
      Files.writeString(d.resolve("templates").resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void link(Path d, String name, String target) {
    try {
      Path l = d.resolve(name);
      Files.deleteIfExists(l);
      Files.createSymbolicLink(l, Path.of(target));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void mkdirs(Path d) {
    try {
      Files.createDirectories(d);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void sparse(Path f, long size) {
    try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
      r.setLength(size);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A small PNG whose header claims {@code w} × {@code h} pixels of zeros (a decompression bomb).
   */
  static void image(Path d, int w, int h) {
    try {
      mkdirs(d.resolve("images"));
      Files.write(d.resolve("images/bombe.png"), png(w, h));
      append(d, "\n![Logo](images/bombe.png)\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final Map<Long, byte[]> PNGS = new java.util.concurrent.ConcurrentHashMap<>();

  static byte[] png(int w, int h) throws IOException {
    byte[] known = PNGS.get(((long) w << 32) | h);
    if (known != null) return known;
    byte[] made = makePng(w, h);
    PNGS.put(((long) w << 32) | h, made);
    return made;
  }

  private static byte[] makePng(int w, int h) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13);
    ihdr.putInt(w).putInt(h).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    // rows of zeros (filter byte + w grey bytes each), deflated: a few hundred KB for 900 MB
    Deflater deflater = new Deflater(9);
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    byte[] row = new byte[w + 1];
    byte[] buf = new byte[1 << 16];
    for (int y = 0; y < h; y++) {
      deflater.setInput(row);
      while (!deflater.needsInput()) {
        int k = deflater.deflate(buf);
        idat.write(buf, 0, k);
      }
    }
    deflater.finish();
    while (!deflater.finished()) idat.write(buf, 0, deflater.deflate(buf));
    chunk(out, "IDAT", idat.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data)
      throws IOException {
    java.nio.ByteBuffer len = java.nio.ByteBuffer.allocate(4).putInt(data.length);
    out.write(len.array());
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.write(t);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
