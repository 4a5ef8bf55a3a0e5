package fr.fejdoc.check;

import fr.fejdoc.load.ImageTypes;
import fr.fejdoc.load.IoMessages;
import fr.fejdoc.load.ProjectFiles;
import fr.fejdoc.load.ProjectLoader;
import fr.fejdoc.model.Certificate;
import fr.fejdoc.model.Distribution;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.Experiment;
import fr.fejdoc.model.FormPlan;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.Section;
import fr.fejdoc.model.Text;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Documents complete: every section treated, images inside the project, dates, certificate. */
final class DocumentsRule implements Rule {
  private static final Pattern IMAGE =
      Pattern.compile("!\\[[^\\]]*\\]\\(\\s*(?:<([^>\\n]+)>|([^)\\s]+))");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

  @Override
  public void check(Project p, List<Finding> out) {
    Map<String, Document> seen = new HashMap<>();
    for (Document d : p.documents()) {
      // tests of types, not a switch on them (see ProjectLoader.readable): on every cold check path
      String key = null;
      if (d instanceof Document.ProgressNote n && n.asOf() != null) key = "note " + n.asOf().date();
      else if (d instanceof Document.FinalReport) key = "restitution";
      if (key != null && seen.putIfAbsent(key, d) != null) {
        out.add(
            Finding.of(
                Code.DOCUMENT_DUPLICATE,
                d.source().loc(),
                d.kind().key(),
                seen.get(key).source().file()));
      }
      sections(d, out);
      images(p, d, out);
      certificate(d, out);
      if (d instanceof Document.ProgressNote n) progressNote(p.experiment(), n, out);
      else if (d instanceof Document.FinalReport r) finalReport(p.experiment(), r, out);
      else if (d instanceof Document.ExperienceSheet s) sheet(s, out);
    }
  }

  private static void sections(Document d, List<Finding> out) {
    FormPlan plan = FormPlan.of(d.kind());
    List<FormPlan.Item> items = plan.items();
    for (int i = 0; i < items.size(); i++) {
      FormPlan.Item item = items.get(i);
      if (!item.required()) continue;
      Section s = d.source().section(item.id());
      String name = (item.number().isEmpty() ? "" : item.number() + " ") + item.title();
      if (s == null) {
        out.add(Finding.of(Code.SECTION_MISSING, insertionPoint(d, items, i), name));
      } else if (!s.hasText()) {
        out.add(Finding.of(Code.SECTION_EMPTY, s.loc(), name));
      }
    }
  }

  /** Where a missing section belongs: before the next section present, else the file's end. */
  private static Loc insertionPoint(Document d, List<FormPlan.Item> items, int index) {
    for (int j = index + 1; j < items.size(); j++) {
      Section next = d.source().section(items.get(j).id());
      if (next != null) return next.loc();
    }
    List<Section> all = d.source().sections();
    if (!all.isEmpty()) {
      Section last = all.get(all.size() - 1);
      int lines = (int) last.markdown().lines().count();
      // the line after the last one written; the last line when the file has no final line break
      int line = Math.min(last.firstLine() + Math.max(lines, 1), d.source().lines());
      return new Loc(d.source().file(), line, 1);
    }
    return d.source().loc();
  }

  private static void images(Project p, Document d, List<Finding> out) {
    for (Section s : d.source().sections()) {
      List<String> lines = s.markdown().lines().toList();
      String fence = null;
      for (int i = 0; i < lines.size(); i++) {
        Matcher f = FENCE.matcher(lines.get(i));
        if (f.find()) {
          if (fence == null) fence = f.group(1).substring(0, 3);
          else if (f.group(1).startsWith(fence)) fence = null;
          continue;
        }
        if (fence != null) continue;
        Matcher m = IMAGE.matcher(lines.get(i));
        while (m.find()) {
          Loc loc = new Loc(d.source().file(), s.firstLine() + i, m.start() + 1);
          image(p, d, m.group(1) != null ? m.group(1) : m.group(2), loc, out);
        }
      }
    }
    Certificate c = d.certificate();
    if (c != null && c.signature() != null)
      image(p, d, c.signature().value(), c.signature().loc(), out);
  }

  /**
   * One image referred to by a document: inside the project (no symbolic link leading out), a PNG,
   * JPEG or GIF whose header is whole, within the size limits ({@link ImageTypes}); the header is
   * read, the pixels are not decoded.
   */
  static void image(Project p, Document d, String target, Loc loc, List<Finding> out) {
    if (target.contains("://") || target.startsWith("//") || target.startsWith("data:")) {
      out.add(Finding.of(Code.IMAGE_OUTSIDE, loc, target));
      return;
    }
    Path root;
    String relative;
    try {
      root = ProjectFiles.root(p.dir());
      relative = documentFolder(p, d).resolve(target).toString();
    } catch (IOException | java.nio.file.InvalidPathException e) {
      out.add(Finding.of(Code.IMAGE_MISSING, loc, target));
      return;
    }
    Path real;
    switch (ProjectFiles.lookup(root, relative)) {
      case ProjectFiles.Outside o -> {
        out.add(Finding.of(Code.IMAGE_OUTSIDE, loc, target));
        return;
      }
      case ProjectFiles.Missing m -> {
        out.add(Finding.of(Code.IMAGE_MISSING, loc, target));
        return;
      }
      case ProjectFiles.Link l -> {
        out.add(
            Finding.of(Code.LINK_OUTSIDE, loc, ProjectLoader.join(projectDisplay(d), l.link())));
        return;
      }
      case ProjectFiles.Inside in -> real = in.real();
    }
    if (!Files.isRegularFile(real)) {
      out.add(Finding.of(Code.IMAGE_MISSING, loc, target));
      return;
    }
    byte[] bytes;
    try {
      long size = Files.size(real);
      bytes = ProjectFiles.readAtMost(real, ImageTypes.MAX_BYTES);
      if (bytes == null) {
        out.add(
            Finding.of(
                Code.YAML_TOO_LARGE,
                loc,
                Math.max(size, ImageTypes.MAX_BYTES + 1),
                ImageTypes.MAX_BYTES));
        return;
      }
    } catch (IOException e) {
      out.add(
          Finding.of(
              Code.FILE_UNREADABLE,
              loc,
              new Localized(
                  "« " + target + " », " + IoMessages.french(e),
                  "\"" + target + "\", " + IoMessages.english(e))));
      return;
    }
    ImageTypes.Info info;
    try {
      info = ImageTypes.probe(bytes);
    } catch (ImageTypes.Unreadable e) {
      out.add(
          Finding.of(
              Code.FILE_UNREADABLE,
              loc,
              new Localized(
                  "« " + target + " », " + e.reason().fr(),
                  "\"" + target + "\", " + e.reason().en())));
      return;
    }
    if (info.tooLarge()) {
      out.add(
          Finding.of(
              Code.IMAGE_TOO_LARGE,
              loc,
              target,
              info.width(),
              info.height(),
              ImageTypes.MAX_PIXELS / 1_000_000,
              ImageTypes.MAX_SIDE));
    } else if (info.reduced()) {
      out.add(
          Finding.of(
              Code.IMAGE_REDUCED,
              loc,
              target,
              info.width(),
              info.height(),
              info.documentWidth(),
              info.documentHeight()));
    }
  }

  /** The folder of the document, relative to the project folder (documents are at its top). */
  private static Path documentFolder(Project p, Document d) {
    Path base = d.source().path() == null ? null : d.source().path().getParent();
    if (base == null) return Path.of("");
    try {
      Path rel = p.dir().toAbsolutePath().normalize().relativize(base.toAbsolutePath().normalize());
      return rel.startsWith("..") ? Path.of("") : rel;
    } catch (IllegalArgumentException e) {
      return Path.of("");
    }
  }

  /** The project folder as displayed: the folder part of a document's displayed file. */
  private static String projectDisplay(Document d) {
    String file = d.source().file();
    Path name = d.source().path().getFileName();
    if (name != null && file.endsWith("/" + name)) {
      return file.substring(0, file.length() - name.toString().length() - 1);
    }
    return "";
  }

  private static void certificate(Document d, List<Finding> out) {
    Certificate c = d.certificate();
    boolean required = d.kind() == DocumentKind.NOTE_ETAPE;
    if (c == null) {
      if (required) out.add(Finding.of(Code.CERTIFICATE_NO_SIGNATORY, d.source().loc()));
      return;
    }
    if (c.signatory() != null) return;
    boolean blank =
        c.quality() == null
            && c.place() == null
            && c.date() == null
            && c.signature() == null
            && c.publication();
    // a certificate block written with nothing in it (as fejdoc nouveau writes it) is to fill in
    out.add(Finding.of(blank ? Code.CERTIFICATE_TO_FILL : Code.CERTIFICATE_NO_SIGNATORY, c.loc()));
  }

  private static void progressNote(Experiment e, Document.ProgressNote n, List<Finding> out) {
    if (e != null
        && e.schedule() != null
        && e.schedule().start() != null
        && n.asOf() != null
        && !n.asOf().latest().isAfter(e.schedule().start().date())) {
      out.add(
          Finding.of(
              Code.NOTE_BEFORE_START,
              n.asOf().loc(),
              n.asOf().date().toString(),
              e.schedule().start().date().toString()));
    }
    Distribution dist = n.distribution();
    if (dist != null && dist.total() != null && !dist.parts().isEmpty()) {
      int sum = dist.parts().stream().mapToInt(x -> x.count().value()).sum();
      if (sum != dist.total().value()) {
        Text label = dist.label();
        out.add(
            Finding.of(
                Code.DISTRIBUTION_SUM,
                dist.total().loc(),
                label == null ? "effectifs" : label.value(),
                sum,
                dist.total().value(),
                Math.abs(sum - dist.total().value())));
      }
    }
  }

  private static void finalReport(Experiment e, Document.FinalReport r, List<Finding> out) {
    if (e == null) return;
    if (e.beneficiaries() == null)
      out.add(Finding.of(Code.DOCUMENT_NEEDS_DATA, r.source().loc(), "Tableau 1", "beneficiaires"));
    if (e.actions().isEmpty())
      out.add(Finding.of(Code.DOCUMENT_NEEDS_DATA, r.source().loc(), "Tableau 2", "actions"));
    if (e.tools().isEmpty())
      out.add(Finding.of(Code.DOCUMENT_NEEDS_DATA, r.source().loc(), "Tableau 3", "outils"));
  }

  private static void sheet(Document.ExperienceSheet s, List<Finding> out) {
    int n = s.keyFigures().size();
    if (n < 3 || n > 6) out.add(Finding.of(Code.KEY_FIGURES_COUNT, s.source().loc(), n));
  }
}
