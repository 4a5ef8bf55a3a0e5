package fr.fejdoc.document.assemble;

import fr.fejdoc.check.Messages;
import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The drafts of a project with errors: each assembled document becomes a {@link Doc.Draft} (every
 * writer marks each page or sheet "BROUILLON — non conforme — N erreurs") and ends with a part
 * "Constats à corriger" listing the errors and warnings as {@code check} prints them (where,
 * severity, code, message). The part is ordinary tree content, so every writer shows it: a section
 * with a table in HTML, PDF and DOCX, a sheet of its own in the XLSX annexes.
 */
public final class Drafts {
  /** The title of the last part of a draft. */
  public static final String TITLE = "Constats à corriger";

  /** The id of the last part, and of its table (the XLSX sheet is named after it). */
  public static final String SECTION_ID = "constats-a-corriger";

  /** At most this many findings are listed (a hostile project may have thousands). */
  static final int MAX_LISTED = 300;

  /** A finding's message is cut beyond this many characters. */
  static final int MAX_MESSAGE = 2000;

  private Drafts() {}

  /**
   * One finding as listed: where (file:line:col, as {@code check} prints it), severity, code and
   * message, all in French.
   */
  public record Line(String where, Severity severity, String code, String message) {
    /** The severity as {@code check} writes it in French: "erreur", "avertissement". */
    public String severityText() {
      return Messages.of(Messages.Lang.FR)
          .text("severity." + severity.name().toLowerCase(Locale.ROOT));
    }
  }

  /**
   * The findings of a project as a draft lists them: errors, then warnings, each in their order
   * (file, then line), acknowledged ones and information left out (they are not to be corrected).
   * {@code withheld} gives, for a finding and its message, the label that replaces a message that
   * belongs to a document not to be published (null: shown as it is).
   */
  public static List<Line> lines(
      List<Finding> findings, BiFunction<Finding, String, String> withheld) {
    Messages fr = Messages.of(Messages.Lang.FR);
    List<Line> out = new ArrayList<>();
    for (Severity s : List.of(Severity.ERROR, Severity.WARNING)) {
      for (Finding f : findings) {
        if (!f.counts() || f.severity() != s) continue;
        String message = fr.format(f);
        String part = withheld == null ? null : withheld.apply(f, message);
        if (part != null) {
          out.add(
              new Line(
                  part,
                  s,
                  f.code().id(),
                  "constat d'un document non publié : voir « fejdoc check »."));
          continue;
        }
        if (message.length() > MAX_MESSAGE) message = message.substring(0, MAX_MESSAGE) + " […]";
        out.add(new Line(f.loc() == null ? "" : f.loc().toString(), s, f.code().id(), message));
      }
    }
    return out;
  }

  /** {@code a} as a draft of a project with {@code errors} errors, listing {@code lines}. */
  public static Assembler.Assembled draft(Assembler.Assembled a, int errors, List<Line> lines) {
    Doc.Draft draft = new Doc.Draft(Math.max(1, errors));
    return new Assembler.Assembled(
        a.name(), a.template(), a.doc().asDraft(draft, appendix(draft, lines)));
  }

  /** The last part of a draft: a page break, then "Constats à corriger" and its table. */
  static List<Block> appendix(Doc.Draft draft, List<Line> lines) {
    long warnings = lines.stream().filter(l -> l.severity() == Severity.WARNING).count();
    List<Block> content = new ArrayList<>();
    content.add(
        para(
            "Ce document est un brouillon ("
                + draft.mark()
                + ") : le projet a "
                + count(draft.errors(), "erreur", "erreurs")
                + " et "
                + count(warnings, "avertissement", "avertissements")
                + ". Il n'est pas conforme, n'est lié par aucun catalogue et ne doit pas être"
                + " transmis. Corrigez chaque constat ci-dessous dans le fichier et à la ligne"
                + " indiqués (ou, pour des chiffres que vous ne pouvez pas changer, acceptez le"
                + " constat avec sa raison sous constats_acceptes dans experiment.yaml), puis"
                + " reconstruisez : « fejdoc check » les explique."));
    List<Block.Row> rows = new ArrayList<>();
    rows.add(
        new Block.Row(
            List.of(
                cell("Où (fichier:ligne:colonne)", true),
                cell("Gravité", true),
                cell("Code", true),
                cell("Constat", true)),
            Block.RowKind.HEADER));
    int listed = 0;
    for (Line l : lines) {
      if (listed == MAX_LISTED) break;
      listed++;
      rows.add(
          new Block.Row(
              List.of(
                  cell(l.where(), false),
                  cell(l.severityText(), false),
                  cell(l.code(), false),
                  cell(l.message(), false)),
              Block.RowKind.BODY));
    }
    content.add(
        new Block.Table(
            "constats",
            text("Constats à corriger — " + count(lines.size(), "constat", "constats")),
            List.of(
                new Block.Column(28, Block.Align.LEFT),
                new Block.Column(14, Block.Align.LEFT),
                new Block.Column(8, Block.Align.LEFT),
                new Block.Column(50, Block.Align.LEFT)),
            rows,
            false));
    if (lines.size() > listed)
      content.add(
          para(
              "… et "
                  + count(lines.size() - listed, "autre constat", "autres constats")
                  + " : « fejdoc check » les liste tous."));
    return List.of(
        new Block.PageBreak(),
        new Block.Section(SECTION_ID, "", text(TITLE), 1, List.copyOf(content)));
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n > 1 ? many : one);
  }

  private static List<Inline> text(String s) {
    return List.of(new Inline.Text(s));
  }

  private static Block.Para para(String s) {
    return new Block.Para(text(s));
  }

  private static Block.Cell cell(String s, boolean header) {
    return new Block.Cell(List.of(para(s)), 1, 1, Block.Align.LEFT, header);
  }
}
