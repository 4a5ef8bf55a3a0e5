package fr.fejdoc.load;

import fr.fejdoc.load.yaml.YNode;
import fr.fejdoc.load.yaml.YamlReader;
import fr.fejdoc.model.Certificate;
import fr.fejdoc.model.Count;
import fr.fejdoc.model.Distribution;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.FormPlan;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Section;
import fr.fejdoc.model.SourceText;
import fr.fejdoc.model.Text;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a document file: YAML front matter between {@code ---} lines, then Markdown whose headings
 * name the form's sections.
 */
public final class DocumentLoader {
  private DocumentLoader() {}

  /**
   * The lines of {@code text}, cut at each LF or CRLF (a lone CR stays in its line), the last one
   * kept even when empty: what {@code text.split("\\r?\\n", -1)} gives, without a regular
   * expression over the whole file.
   */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    while (true) {
      int lf = text.indexOf('\n', start);
      if (lf < 0) {
        out.add(text.substring(start));
        return out;
      }
      int end = lf > start && text.charAt(lf - 1) == '\r' ? lf - 1 : lf;
      out.add(text.substring(start, end));
      start = lf + 1;
    }
  }

  /** The document, or null when it cannot be read (findings tell why). */
  public static Document load(String text, Path path, String file, List<Finding> findings) {
    List<String> lines = lines(text);
    int close = frontMatterEnd(lines);
    if (close < 0) {
      findings.add(Finding.of(Code.FRONT_MATTER_MISSING, new Loc(file, 1, 1)));
      return null;
    }
    String yaml = String.join("\n", lines.subList(1, close));
    YamlReader.Result fm = YamlReader.read(yaml, file, 1);
    findings.addAll(fm.findings());
    if (fm.root() == null) {
      if (fm.findings().isEmpty())
        findings.add(Finding.of(Code.FRONT_MATTER_MISSING, new Loc(file, 1, 1)));
      return null;
    }
    Reader r = new Reader(file, findings);
    if (!(fm.root() instanceof YNode.Map map)) {
      r.fields(fm.root(), "", List.of());
      return null;
    }
    YNode kindNode = map.get("document");
    if (Reader.absent(kindNode)) {
      findings.add(Finding.of(Code.MISSING_FIELD, map.loc(), "document"));
      return null;
    }
    List<String> kinds = new ArrayList<>();
    for (DocumentKind k : DocumentKind.values()) kinds.add(k.key());
    var choice = r.choice(kindNode, "document", kinds);
    if (choice == null) return null;
    DocumentKind kind = DocumentKind.ofKey(choice.key());

    List<String> body = lines.subList(close + 1, lines.size());
    List<Section> sections =
        SectionSplitter.split(body, close + 2, file, FormPlan.of(kind), findings);
    SourceText source =
        new SourceText(file, path, sections, new Loc(file, 1, 1), SourceText.editorLines(text));
    return switch (kind) {
      case NOTE_ETAPE -> progressNote(r, map, source);
      case RESTITUTION_FINALE -> finalReport(r, map, source);
      case FICHE_EXPERIENCE -> ExperienceSheetLoader.load(r, map, source);
    };
  }

  /** Index of the closing {@code ---} line, or -1 when the file has no front matter. */
  static int frontMatterEnd(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) return -1;
    for (int i = 1; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.equals("---") || l.equals("...")) return i;
    }
    return -1;
  }

  private static Document progressNote(Reader r, YNode.Map map, SourceText source) {
    Fields f = r.fields(map, "", Keys.PROGRESS_NOTE);
    f.require("au");
    return new Document.ProgressNote(
        source,
        f.date("au"),
        f.text("redigee_par"),
        f.date("formulaire"),
        certificate(f),
        distribution(f.sub("effectifs", Keys.DISTRIBUTION)));
  }

  private static Document finalReport(Reader r, YNode.Map map, SourceText source) {
    Fields f = r.fields(map, "", Keys.FINAL_REPORT);
    return new Document.FinalReport(
        source, f.date("date_remise"), f.text("redigee_par"), f.date("formulaire"), certificate(f));
  }

  static Certificate certificate(Fields parent) {
    Fields c = parent.sub("certificat", Keys.CERTIFICATE);
    if (c == null) return null;
    Boolean publication = c.bool("publication");
    return new Certificate(
        c.text("signataire"),
        c.text("qualite"),
        c.text("lieu"),
        c.date("date"),
        publication == null || publication,
        c.text("signature"),
        c.loc());
  }

  private static Distribution distribution(Fields f) {
    if (Fields.given(f) == null) return null; // an effectifs block left empty is not given
    List<Distribution.Part> parts = new ArrayList<>();
    Fields split = f.sub("repartition", null);
    if (split != null) {
      for (YNode.Entry e : split.map().entries()) {
        Count c = split.count(e.key().text());
        if (c != null) parts.add(new Distribution.Part(e.key().text(), c));
      }
    } else {
      f.require("repartition");
    }
    f.require("total");
    return new Distribution(f.text("libelle"), f.count("total"), parts, f.loc());
  }

  static Text textOrNull(Fields f, String key) {
    return f == null ? null : f.text(key);
  }
}
