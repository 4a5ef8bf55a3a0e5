package fr.fejdoc.document.assemble;

import fr.fejdoc.load.Fields;
import fr.fejdoc.load.Reader;
import fr.fejdoc.load.yaml.YNode;
import fr.fejdoc.load.yaml.YamlReader;
import fr.fejdoc.model.DateValue;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Text;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.FindingException;
import fr.fejdoc.model.finding.Localized;
import fr.fejdoc.model.finding.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ministry block printed on FEJ covers, chosen by date from {@code templates/ministeres.yaml}
 * (configuration, not code: the ministry changed names over the years). A project may override the
 * file in its own {@code templates/} folder; it is then read like any file of the project (inside
 * the folder only, size capped) and checked: a list of blocks, each with a {@code depuis} month and
 * texts under known keys. Any problem stops the project's documents with a located finding.
 */
final class Ministries {
  static final String FILE = "ministeres.yaml";

  /** The keys a block may have: {@code depuis} and what the templates print. */
  static final List<String> KEYS =
      List.of(
          "depuis",
          "ministere",
          "secretariat",
          "direction",
          "mission",
          "institut",
          "adresse",
          "telephone",
          "site",
          "site_ministere");

  private static final Localized A_LIST_OF_BLOCKS =
      new Localized(
          "une liste de blocs (« - depuis: AAAA-MM » puis les textes du bloc)",
          "a list of blocks (\"- depuis: YYYY-MM\" then the block's texts)");
  private static final Localized A_BLOCK = new Localized("un bloc de clés", "a block of keys");

  private record Block(YearMonth since, Data data) {}

  private static volatile List<Block> defaults;

  private Ministries() {}

  /**
   * The block in force at {@code when} (the earliest one when {@code when} is unknown) for the
   * project in {@code projectDir}, displayed as {@code projectDisplay}.
   *
   * @throws FindingException when the project's {@code ministeres.yaml} cannot be read or is wrong
   */
  static Data at(Path projectDir, String projectDisplay, YearMonth when) {
    List<Block> list = null;
    ProjectFiles files = ProjectFiles.of(projectDir, projectDisplay);
    if (files != null) {
      String text = files.read(FILE);
      if (text != null) list = parse(text, files.display(FILE));
    }
    if (list == null) list = defaults();
    return choose(list, when);
  }

  private static Data choose(List<Block> list, YearMonth when) {
    Block chosen = null;
    for (Block b : list) {
      if (chosen == null || b.since().isBefore(chosen.since())) chosen = b; // the earliest
    }
    if (when != null) {
      Block latest = null;
      for (Block b : list) {
        if (!b.since().isAfter(when) && (latest == null || !b.since().isBefore(latest.since())))
          latest = b;
      }
      if (latest != null) chosen = latest;
    }
    return chosen == null ? new Data() : chosen.data();
  }

  private static List<Block> defaults() {
    List<Block> d = defaults;
    if (d == null) {
      String text;
      try (InputStream in = Ministries.class.getResourceAsStream("/templates/" + FILE)) {
        if (in == null) return List.of();
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      d = parse(text, "templates/" + FILE);
      defaults = d;
    }
    return d;
  }

  /**
   * The blocks of {@code text} (file displayed as {@code file}).
   *
   * @throws FindingException at the first problem
   */
  static List<Block> parse(String text, String file) {
    YamlReader.Result read = YamlReader.read(text, file, 0);
    List<Finding> findings = new ArrayList<>(read.findings());
    stopOnErrors(findings);
    Reader reader = new Reader(file, findings);
    YNode root = read.root();
    if (root == null || (root instanceof YNode.Scalar s && s.isNull())) {
      throw new FindingException(
          Finding.of(
              Code.TEMPLATE_FAILURE,
              Loc.of(file),
              FILE,
              new Localized(
                  "le fichier ne contient aucun bloc ministériel : écrivez au moins un bloc"
                      + " « - depuis: AAAA-MM » suivi de ses textes (voir templates/"
                      + FILE
                      + "), ou supprimez le fichier pour garder les blocs par défaut.",
                  "the file has no ministry block: write at least one block \"- depuis:"
                      + " YYYY-MM\" followed by its texts (see templates/"
                      + FILE
                      + "), or delete the file to keep the default blocks.")));
    }
    if (!(root instanceof YNode.Seq seq)) {
      reader.report(
          Code.WRONG_TYPE,
          root.loc(),
          new Localized("(racine)", "(root)"),
          A_LIST_OF_BLOCKS,
          new Localized(root.kindFr(), root.kindEn()));
      stopOnErrors(findings);
      return List.of();
    }
    List<Block> out = new ArrayList<>();
    int i = 0;
    for (YNode item : seq.items()) {
      i++;
      String path = "bloc " + i;
      if (!(item instanceof YNode.Map)) {
        reader.report(
            Code.WRONG_TYPE,
            item.loc(),
            path,
            A_BLOCK,
            new Localized(item.kindFr(), item.kindEn()));
        continue;
      }
      Fields f = reader.fields(item, path, KEYS);
      if (f == null) continue;
      if (!f.require("depuis")) continue;
      DateValue since = f.date("depuis");
      Data d = new Data();
      for (String key : KEYS) {
        if (key.equals("depuis")) continue;
        Text t = f.text(key);
        if (t != null) d.with(key, t.value());
      }
      if (since != null) {
        YearMonth month = YearMonth.from(since.date());
        d.with("depuis", month.toString());
        out.add(new Block(month, d));
      }
    }
    stopOnErrors(findings);
    return List.copyOf(out);
  }

  private static void stopOnErrors(List<Finding> findings) {
    List<Finding> errors = new ArrayList<>();
    for (Finding f : findings) if (f.severity() == Severity.ERROR) errors.add(f);
    if (errors.isEmpty()) return;
    Collections.sort(errors);
    throw new FindingException(errors.get(0));
  }
}
