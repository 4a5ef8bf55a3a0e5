package fr.fejdoc.preview;

import fr.fejdoc.catalogue.Html;
import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.load.ProjectLoader;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.Section;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Severity;
import fr.fejdoc.text.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages of the preview: the list of documents, and each document's HTML edition as served
 * (never as written): its policy opened to one script of the preview, the findings in a panel, a
 * marker at the part of the document a finding points to, and the script that reloads the page when
 * the document is built again.
 */
final class PreviewPages {
  private PreviewPages() {}

  /** At most this many findings in the panel (check lists them all). */
  static final int MAX_FINDINGS = 300;

  /** The policy of every page the preview makes: its own script only, and its event stream. */
  static String policy(String nonce) {
    return metaPolicy(nonce) + "; frame-ancestors 'none'";
  }

  /** The same in the page itself (a browser ignores frame-ancestors there, and says so). */
  static String metaPolicy(String nonce) {
    return "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'nonce-"
        + nonce
        + "'; connect-src 'self'; base-uri 'none'; form-action 'none'";
  }

  /** The policy of what is not a page (a PDF, an error). */
  static final String STRICT =
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private static final Pattern META_POLICY =
      Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"[^\"]*\">");

  /**
   * Parts of experiment.yaml and the part of the documents that shows them (the ids the templates
   * give), for the markers.
   */
  private static final Map<String, List<String>> FACTS_ANCHORS =
      Map.ofEntries(
          Map.entry("synthese", List.of("fiche-synthetique")),
          Map.entry("beneficiaires", List.of("tableau-1a", "annexe-1", "statistiques")),
          Map.entry("actions", List.of("tableau-2", "annexe-2")),
          Map.entry("outils", List.of("tableau-3", "annexe-3")),
          Map.entry("partenaires", List.of("tableau-partenaires", "partenariats")),
          Map.entry("financements", List.of("financements", "partenaires-financiers")),
          Map.entry("bilan", List.of("bilan")));

  /** One finding as the page shows it, and the id of the part it points to (null: none). */
  record Shown(String where, String severity, String code, String text, String anchor) {}

  /** The findings of a project as shown on {@code html} (the anchors it has). */
  static List<Shown> shown(Checker.Checked checked, Messages m, String html) {
    List<Shown> out = new ArrayList<>();
    if (checked == null) return out;
    List<String> facts = factsLines(checked);
    for (Finding f : checked.findings()) {
      if (out.size() >= MAX_FINDINGS) break;
      String anchor = anchor(checked, f, facts);
      if (anchor != null && (html == null || !html.contains("id=\"" + anchor + "\"")))
        anchor = null;
      String sev =
          m.text("severity." + f.severity().name().toLowerCase(Locale.ROOT))
              + (f.acknowledged() ? " (" + m.text("acknowledged.one") + ")" : "");
      out.add(new Shown(f.loc().toString(), sev, f.code().id(), m.format(f), anchor));
    }
    return out;
  }

  /** The lines of experiment.yaml (read once per page; bounded like the loader's texts). */
  private static List<String> factsLines(Checker.Checked checked) {
    if (checked.project() == null || checked.project().dir() == null) return List.of();
    Path f = checked.project().dir().resolve(ProjectLoader.EXPERIMENT_FILE);
    try {
      if (!Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)
          || Files.size(f) > 4L * 1024 * 1024) return List.of();
      return new String(Files.readAllBytes(f), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /**
   * The part of the documents a finding points to: in a document's Markdown, the form's section its
   * line falls in; in the facts, the table or part that shows the top-level key its line belongs
   * to. Null when none (the front matter, the whole file).
   */
  static String anchor(Checker.Checked checked, Finding f, List<String> facts) {
    int line = f.loc().line();
    if (line <= 0 || checked.project() == null) return null;
    String file = f.loc().file();
    for (Document d : checked.project().documents()) {
      if (!d.source().file().equals(file)) continue;
      Section best = null;
      for (Section s : d.source().sections()) {
        int start = s.loc() != null && s.loc().line() > 0 ? s.loc().line() : s.firstLine();
        if (start <= line && (best == null || start >= startOf(best))) best = s;
      }
      return best == null ? null : best.id();
    }
    if (file.endsWith(ProjectLoader.EXPERIMENT_FILE) && line <= facts.size()) {
      for (int i = line - 1; i >= 0; i--) {
        String l = facts.get(i);
        if (l.isEmpty() || !Character.isLetter(l.charAt(0))) continue;
        int colon = l.indexOf(':');
        if (colon <= 0) continue;
        List<String> ids = FACTS_ANCHORS.get(l.substring(0, colon).strip());
        return ids == null ? null : String.join(" ", ids);
      }
    }
    return null;
  }

  private static int startOf(Section s) {
    return s.loc() != null && s.loc().line() > 0 ? s.loc().line() : s.firstLine();
  }

  /** The first of {@code ids} (space separated) that {@code html} has. */
  private static String firstPresent(String ids, String html) {
    for (String id : ids.split(" ")) if (html.contains("id=\"" + id + "\"")) return id;
    return null;
  }

  /**
   * The document's HTML edition as served: the written file's policy replaced by the preview's (its
   * script and event stream allowed), then the panel, the markers' data and the script.
   */
  static String document(
      String html,
      PreviewSession.View view,
      PreviewSession.DocView doc,
      Messages m,
      String nonce,
      String sessionId) {
    Matcher pm = META_POLICY.matcher(html);
    String page =
        pm.find()
            ? html.substring(0, pm.start())
                + "<meta http-equiv=\"Content-Security-Policy\" content=\""
                + metaPolicy(nonce)
                + "\">"
                + html.substring(pm.end())
            : html;
    StringBuilder panel = new StringBuilder();
    if (doc.failed())
      panel
          .append("<p class=\"fejdoc-apercu-echec\">")
          .append(Html.esc(m.text("apercu.failed")))
          .append("</p>\n");
    panel(panel, view, m, html);
    int head = page.indexOf("</head>");
    if (head >= 0) page = page.substring(0, head) + STYLE + page.substring(head);
    int body = page.lastIndexOf("</body>");
    if (body < 0) body = page.length();
    return page.substring(0, body)
        + panel
        + script(nonce, view.name(), view.generation(), sessionId)
        + page.substring(body);
  }

  /** The panel of findings (and the markers' data read by the script). */
  private static void panel(StringBuilder out, PreviewSession.View view, Messages m, String html) {
    Checker.Checked c = view.checked();
    List<Shown> shown = new ArrayList<>();
    if (c != null)
      for (Shown s : shown(c, m, html)) {
        String a = s.anchor() == null ? null : firstPresent(s.anchor(), html);
        shown.add(new Shown(s.where(), s.severity(), s.code(), s.text(), a));
      }
    long errors = c == null ? 0 : c.count(Severity.ERROR);
    long warnings = c == null ? 0 : c.count(Severity.WARNING);
    out.append("<details class=\"fejdoc-apercu\"")
        .append(errors > 0 ? " open" : "")
        .append(" id=\"fejdoc-apercu-constats\"><summary>")
        .append(Html.esc(m.text("apercu.summary", errors, warnings)))
        .append("</summary>\n<ol>\n");
    for (Shown s : shown) {
      out.append("<li class=\"fejdoc-apercu-")
          .append(s.severity().startsWith(m.text("severity.error")) ? "erreur" : "autre")
          .append("\"><code>")
          .append(Html.esc(s.where()))
          .append("</code> ")
          .append(Html.esc(s.severity()))
          .append(" ")
          .append(Html.esc(s.code()))
          .append(" — ")
          .append(Html.esc(s.text()));
      if (s.anchor() != null)
        out.append(" <a href=\"#")
            .append(Html.esc(s.anchor()))
            .append("\">")
            .append(Html.esc(m.text("apercu.goto")))
            .append("</a>");
      out.append("</li>\n");
    }
    out.append("</ol>\n</details>\n");
    // the markers: placed by the script next to the part each finding points to
    out.append("<script type=\"application/json\" id=\"fejdoc-apercu-marques\">[");
    boolean first = true;
    for (Shown s : shown) {
      if (s.anchor() == null) continue;
      if (!first) out.append(',');
      first = false;
      out.append("{\"id\":")
          .append(Json.string(s.anchor()))
          .append(",\"texte\":")
          .append(Json.string(s.where() + " " + s.code() + " — " + s.text()))
          .append(",\"erreur\":")
          .append(s.severity().startsWith(m.text("severity.error")))
          .append('}');
    }
    out.append("]</script>\n");
  }

  private static String script(String nonce, String project, long generation, String session) {
    return "<script nonce=\""
        + nonce
        + "\">\n"
        + "(function(){\n"
        + "var projet="
        + Json.string(project)
        + ", generation="
        + generation
        + ", session="
        + Json.string(session)
        + ";\n"
        + RELOAD
        + "})();\n</script>\n";
  }

  /**
   * Reloads the page when its project is built again (or the preview was restarted meanwhile),
   * keeping the reader's place; reconnects after an interruption; places the markers.
   */
  private static final String RELOAD =
      """
      var cle = 'fejdoc-apercu:' + location.pathname;
      try { var y = sessionStorage.getItem(cle); if (y !== null) { sessionStorage.removeItem(cle);
        window.addEventListener('load', function(){ window.scrollTo(0, +y); }); } } catch (e) {}
      function recharger() {
        try { sessionStorage.setItem(cle, String(window.scrollY)); } catch (e) {}
        location.reload();
      }
      var attente = 500;
      function ouvrir() {
        var es = new EventSource('/evenements');
        es.addEventListener('bonjour', function(e){
          attente = 500;
          var d = JSON.parse(e.data);
          if (d.session !== session || (projet && d.projets[projet] !== undefined
              && d.projets[projet] > generation)) recharger();
        });
        es.addEventListener('reconstruit', function(e){
          var d = JSON.parse(e.data);
          if (!projet || d.projet === projet) recharger();
        });
        es.onerror = function(){ es.close(); setTimeout(ouvrir, attente);
          attente = Math.min(attente * 2, 5000); };
      }
      ouvrir();
      var donnees = document.getElementById('fejdoc-apercu-marques');
      if (donnees) JSON.parse(donnees.textContent).forEach(function(c){
        var el = document.getElementById(c.id); if (!el) return;
        var cible = el.closest('.table-wrap') || el;
        var m = document.createElement('div');
        m.className = 'fejdoc-apercu-marque' + (c.erreur ? ' erreur' : '');
        m.textContent = c.texte;
        cible.parentNode.insertBefore(m, cible);
      });
      """;

  private static final String STYLE =
      """
      <style>
      .fejdoc-apercu { position: fixed; right: 1em; bottom: 1em; max-width: 40em; max-height: 45vh;
        overflow: auto; background: #fff; border: 2px solid #555; border-radius: 6px; padding: .5em 1em;
        font: 13px/1.4 sans-serif; z-index: 1000; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
      .fejdoc-apercu summary { font-weight: bold; cursor: pointer; }
      .fejdoc-apercu ol { padding-left: 1.2em; margin: .5em 0; }
      .fejdoc-apercu-erreur { color: #a00; }
      .fejdoc-apercu-echec { background: #a00; color: #fff; padding: .4em; font-weight: bold; }
      .fejdoc-apercu-marque { border-left: 4px solid #e90; background: #fff6e0; padding: .2em .5em;
        font: 12px/1.4 sans-serif; margin: .3em 0; }
      .fejdoc-apercu-marque.erreur { border-color: #a00; background: #fde8e8; }
      @media print { .fejdoc-apercu, .fejdoc-apercu-marque, .fejdoc-apercu-echec { display: none; } }
      </style>
      """;

  /** A page of the preview itself (the list of documents, an error), with the reload script. */
  static String page(
      String title,
      String body,
      String project,
      long generation,
      String nonce,
      String sessionId,
      Messages m) {
    String lang = m.lang() == Messages.Lang.EN ? "en" : "fr";
    return "<!DOCTYPE html>\n<html lang=\""
        + lang
        + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"referrer\" content=\"no-referrer\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + Html.esc(title)
        + "</title>\n"
        + STYLE
        + "<style>body { font: 15px/1.5 sans-serif; max-width: 60em; margin: 2em auto;"
        + " padding: 0 1em; } li { margin: .3em 0; }</style>\n</head>\n<body>\n<h1>"
        + Html.esc(title)
        + "</h1>\n"
        + body
        + script(nonce, project, generation, sessionId)
        + "</body>\n</html>\n";
  }

  /** The list of a project's documents and its findings. */
  static String projectBody(PreviewSession.View v, Messages m) {
    StringBuilder b = new StringBuilder();
    b.append("<p>").append(Html.esc(v.display())).append("</p>\n<ul>\n");
    if (v.docs().isEmpty())
      b.append("<li>").append(Html.esc(m.text("apercu.no-documents"))).append("</li>\n");
    for (PreviewSession.DocView d : v.docs()) {
      String base = "/" + Html.segment(v.name()) + "/" + Html.segment(d.name());
      b.append("<li>");
      if (d.written())
        b.append("<a href=\"")
            .append(base)
            .append(".html\">")
            .append(Html.esc(d.name()))
            .append("</a>");
      else b.append(Html.esc(d.name()));
      if (d.written()) b.append(" — <a href=\"").append(base).append(".pdf\">PDF</a>");
      if (d.failed())
        b.append(" — <strong>").append(Html.esc(m.text("apercu.failed"))).append("</strong>");
      b.append("</li>\n");
    }
    b.append("</ul>\n");
    panel(b, v, m, "");
    return b.toString();
  }
}
