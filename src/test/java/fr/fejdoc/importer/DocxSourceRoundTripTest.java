package fr.fejdoc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.PlainText;
import fr.fejdoc.document.read.MarkdownReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOCX source reader on documents fejdoc writes: every paragraph of the projects' Markdown
 * narrative comes back as a paragraph of the source (examples and 20 synthetic projects), and the
 * footnotes and pictures of projects/exemple-complet come back.
 */
class DocxSourceRoundTripTest {
  @TempDir Path tmp;

  private static final Pattern NOTE_CALL = Pattern.compile("\\[\\^[^\\]\\s]+\\]");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)\\s]*\\)");
  private static final Pattern LINK =
      Pattern.compile("\\[((?:\\\\.|[^\\]\\\\])*)\\]\\([^)\\s]*\\)");

  /** A source text compared with the Markdown's: no note calls, pictures or link targets. */
  static String key(String sourceText) {
    String t = IMAGE.matcher(sourceText).replaceAll(" ");
    t = NOTE_CALL.matcher(t).replaceAll("");
    t = LINK.matcher(t).replaceAll("$1");
    return Texts.key(t);
  }

  /** The plain texts of the Markdown paragraphs (and list items) of a project's documents. */
  static List<String> markdownParagraphs(Path dir) throws Exception {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path md : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String text = Files.readString(md, StandardCharsets.UTF_8);
        if (text.startsWith("---")) {
          int end = text.indexOf("\n---", 3);
          if (end > 0) text = text.substring(text.indexOf('\n', end + 1) + 1);
        }
        text = text.replaceAll("(?s)<!--.*?-->", "");
        collect(MarkdownReader.blocks(text), out);
      }
    }
    return out;
  }

  private static void collect(List<Block> blocks, List<String> out) {
    for (Block b : blocks) {
      switch (b) {
        case Block.Para p -> out.add(PlainText.of(p.content()));
        case Block.BulletList l -> l.items().forEach(i -> collect(i, out));
        case Block.OrderedList l -> l.items().forEach(i -> collect(i, out));
        default -> collect(Block.children(b), out);
      }
    }
  }

  record Share(int found, int total, List<String> missing) {}

  static Share share(Path dir) throws Exception {
    List<String> wanted = markdownParagraphs(dir);
    Set<String> paras = new HashSet<>();
    StringBuilder all = new StringBuilder();
    for (Source src : Rendered.sources(dir, "docx")) {
      for (Source.Block b : src.blocks()) {
        if (b instanceof Source.Para p) {
          paras.add(key(p.text()));
          all.append(key(p.text())).append('\n');
        } else if (b instanceof Source.Table t) {
          for (Source.Row r : t.rows()) {
            for (Source.Cell c : r.cells()) {
              for (String line : c.text().split("\n")) {
                paras.add(key(line.replaceFirst("^- ", "")));
              }
              all.append(key(c.text())).append('\n');
            }
          }
        }
      }
    }
    int found = 0;
    List<String> missing = new ArrayList<>();
    for (String w : wanted) {
      String k = Texts.key(w);
      if (k.isEmpty()) continue;
      if (paras.contains(k)) found++;
      else missing.add(k);
    }
    return new Share(found, found + missing.size(), missing);
  }

  @Test
  void everyMarkdownParagraphComesBackFromTheExamplesAndSyntheticProjects() throws Exception {
    List<Path> dirs = new ArrayList<>(Rendered.examples());
    dirs.addAll(Rendered.synthetic(tmp.resolve("synth"), 20));
    int found = 0;
    int total = 0;
    List<String> missing = new ArrayList<>();
    for (Path dir : dirs) {
      Share s = share(dir);
      found += s.found();
      total += s.total();
      for (String m : s.missing()) missing.add(dir.getFileName() + ": " + m);
      if (Rendered.examples().contains(dir)) {
        System.out.printf("DOCX paragraphs %s: %d/%d%n", dir.getFileName(), s.found(), s.total());
      }
    }
    System.out.printf(
        "DOCX paragraphs, %d projects: %d/%d (%.1f %%)%n",
        dirs.size(), found, total, 100.0 * found / Math.max(1, total));
    missing.stream().limit(20).forEach(m -> System.out.println("  missing: " + m));
    assertThat(total).isGreaterThan(100);
    assertThat(missing).isEmpty();
  }

  @Test
  void footnotesAndPicturesOfTheCompleteExampleComeBack() throws Exception {
    Path dir = Path.of("projects/exemple-complet");
    String md = Files.readString(dir.resolve("restitution-finale.md"), StandardCharsets.UTF_8);
    Matcher defs = Pattern.compile("(?m)^\\[\\^([^\\]]+)\\]:\\s*(.*)$").matcher(md);
    List<String> noteTexts = new ArrayList<>();
    while (defs.find()) noteTexts.add(defs.group(2));
    Matcher images = Pattern.compile("!\\[[^\\]]*\\]\\(([^)\\s]+)").matcher(md);
    List<String> imageFiles = new ArrayList<>();
    while (images.find()) imageFiles.add(images.group(1));

    List<Source.Note> notes = new ArrayList<>();
    List<Source.Picture> pictures = new ArrayList<>();
    List<String> calls = new ArrayList<>();
    List<String> pictureRefs = new ArrayList<>();
    for (Source src : Rendered.sources(dir, "docx")) {
      notes.addAll(src.notes());
      pictures.addAll(src.pictures());
      for (Source.Block b : src.blocks()) {
        if (b instanceof Source.Para p) {
          NOTE_CALL.matcher(p.text()).results().forEach(r -> calls.add(r.group()));
          IMAGE.matcher(p.text()).results().forEach(r -> pictureRefs.add(r.group()));
        }
      }
    }
    System.out.printf(
        "exemple-complet DOCX: %d/%d notes, %d/%d pictures%n",
        notes.size(), noteTexts.size(), pictures.size(), imageFiles.size());
    assertThat(noteTexts).isNotEmpty();
    assertThat(notes).hasSameSizeAs(noteTexts);
    for (int i = 0; i < notes.size(); i++) {
      assertThat(notes.get(i).id()).isEqualTo(String.valueOf(i + 1));
      assertThat(calls).contains("[^" + (i + 1) + "]");
    }
    Set<String> noteKeys = new HashSet<>();
    for (Source.Note n : notes) noteKeys.add(key(n.text()));
    for (String t : noteTexts) {
      String plain = PlainText.of(MarkdownReader.inlines(t));
      assertThat(noteKeys).contains(Texts.key(plain));
    }
    assertThat(imageFiles).isNotEmpty();
    assertThat(pictures).isNotEmpty();
    for (Source.Picture p : pictures) {
      assertThat(p.name()).matches("image-\\d+\\.(png|jpg)");
      assertThat(p.bytes().length).isGreaterThan(8);
      assertThat(pictureRefs).anyMatch(r -> r.contains("(images/" + p.name() + ")"));
    }
  }
}
