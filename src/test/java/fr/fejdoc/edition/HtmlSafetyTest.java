package fr.fejdoc.edition;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.edition.Editions.Edition;
import fr.fejdoc.edition.MiniHtml.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text in the facts and the narrative of a project must come out of the HTML writer as
 * text: no script, no event handler, no link to anything but http(s), mailto and the page itself.
 */
class HtmlSafetyTest {

  static final String TITLE = "<script>alert(1)</script>";
  static final String PARTNER = "<img src=x onerror=alert(1)> \"><script>alert(2)</script>";
  static final String TOOL = "<a href=\"javascript:alert(3)\" onclick=\"alert(4)\">outil</a>";

  /** Markdown links to dangerous targets, each with its text (which must be kept). */
  static final List<String> LINKS =
      List.of(
          "[clic01](javascript:alert(1))",
          "[clic02](JaVaScRiPt:alert(1))",
          "[clic03](java&#115;cript:alert(1))",
          "[clic04](  javascript:alert(1))",
          "[clic05](javascript&colon;alert(1))",
          "[clic06](data:text/html,%3Cscript%3Ealert(1)%3C/script%3E)",
          "[clic07](vbscript:msgbox(1))",
          "[clic08](<javascript:alert(1)>)",
          "[clic09](&#106;avascript:alert(1))",
          "[clic10](javascript:alert(1) \"titre\")",
          "[clic11](&#x6A;avascript&#x3A;alert(1))",
          "[clic12](%6Aavascript:alert(1))",
          "[clic13][piege]");

  static final String NARRATIVE =
      "Liens piégés : "
          + String.join(", ", LINKS)
          + ", <javascript:alert(1)> et <a href=\"javascript:alert(1)\">clic14</a>"
          + " <img src=x onerror=alert(1)> <svg onload=alert(1)>.\n\n"
          + "<img src=x onerror=alert(1)>\n\n"
          + "<script>alert(1)</script>\n\n"
          + "<iframe src=\"javascript:alert(1)\"></iframe>\n\n"
          + "[piege]: javascript:alert(1)\n\n";

  @Test
  void hostileFactsAndNarrativeStayText(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("AP1_027");
    copy(Editions.PROJECTS.resolve("AP1_027"), dir);
    replace(
        dir.resolve("experiment.yaml"),
        "titre: Plateforme de sécurisation des contrats d'apprentissage\n",
        "titre: " + yaml(TITLE) + "\n");
    replace(
        dir.resolve("experiment.yaml"), "    - nom: CFA\n", "    - nom: " + yaml(PARTNER) + "\n");
    replace(
        dir.resolve("experiment.yaml"),
        "  - nom: Logiciel de suivi\n",
        "  - nom: " + yaml(TOOL) + "\n");
    replace(
        dir.resolve("restitution-finale.md"),
        "# Objectifs de l'expérimentation\n\n",
        "# Objectifs de l'expérimentation\n\n" + NARRATIVE);

    List<Edition> docs = Editions.render(dir, false);
    assertThat(docs).extracting(Edition::name).containsExactly("restitution-finale", "annexes");
    for (Edition e : docs) assertSafe(e);

    String restitution = docs.get(0).html();
    // the hostile title is shown, escaped
    assertThat(restitution)
        .contains(
            "<title>Note de restitution finale — &lt;script&gt;alert(1)&lt;/script&gt;</title>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(MiniHtml.paragraphs(restitution)).contains("«\u202F" + TITLE + "\u202F»");
    // every dropped link keeps its text
    for (int i = 1; i <= 14; i++) {
      assertThat(restitution).contains(String.format("clic%02d", i));
    }
    // raw HTML of the narrative is text
    assertThat(restitution)
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    // the hostile names are shown as they were written, in their cells
    Table partners = MiniHtml.table(restitution, "tableau-partenaires");
    assertThat(partners.body().stream().map(r -> r.first())).contains(PARTNER);
    Table tools = MiniHtml.table(restitution, "tableau-3");
    assertThat(tools.body().get(0).texts().get(1)).isEqualTo(TOOL);
    assertThat(MiniHtml.table(docs.get(1).html(), "tableau-3").body().get(0).texts().get(1))
        .isEqualTo(TOOL);
  }

  @Test
  void hostileFicheValuesStayText(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("passeport-accueil-commun");
    copy(Editions.PROJECTS.resolve("passeport-accueil-commun"), dir);
    Path fiche = dir.resolve("fiche-experience.md");
    replace(
        fiche,
        "lien: http://www.cesr-midi-pyrenees.fr/pdf/pdf_nostravaux/SSQ_DEF.pdf\n",
        "lien: \"http:javascript:alert(1)\"\n");
    replace(fiche, "nom_action: Passeport Accueil Commun\n", "nom_action: " + yaml(TOOL) + "\n");
    replace(
        fiche,
        "auteur: Thierry GORSSE, directeur de l'ARML Midi-Pyrénées\n",
        "auteur: " + yaml(PARTNER) + "\n");
    replace(fiche, "valeur: 245 jeunes\n", "valeur: " + yaml(TITLE) + "\n");

    List<Edition> docs = Editions.render(dir, false);
    assertThat(docs).extracting(Edition::name).containsExactly("fiche-experience");
    assertSafe(docs.get(0));
    assertThat(MiniHtml.keyFigures(docs.get(0).html())).containsKey(TITLE);
  }

  @Test
  void linkReferenceDefinitionsAreNotShown(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("AP1_027");
    copy(Editions.PROJECTS.resolve("AP1_027"), dir);
    replace(
        dir.resolve("restitution-finale.md"),
        "# Objectifs de l'expérimentation\n\n",
        "# Objectifs de l'expérimentation\n\nVoir [le site][site].\n\n[site]: https://example.org\n\n");
    String h = Editions.render(dir, true).get(0).html();
    assertThat(h).contains("Voir <a href=\"https://example.org\" rel=\"noopener\">le site</a>.");
    assertThat(MiniHtml.paragraphs(h)).noneMatch(p -> p.contains("[site]"));
  }

  /** No script, no event handler, no dangerous link or source in any tag of the page. */
  static void assertSafe(Edition e) {
    String h = e.html();
    assertThat(h.toLowerCase(Locale.ROOT)).as(e.file()).doesNotContain("<script");
    for (MiniHtml.Tag t : MiniHtml.startTags(h)) {
      assertThat(t.name())
          .as(e.file())
          .isNotIn("script", "iframe", "object", "embed", "svg", "base");
      for (var a : t.attrs().entrySet()) {
        assertThat(a.getKey()).as("%s %s", e.file(), t.source()).doesNotStartWith("on");
        assertThat(a.getKey()).as("%s %s", e.file(), t.source()).isNotIn("formaction", "srcdoc");
      }
      String href = t.attrs().get("href");
      if (href != null) {
        // what a browser would follow: entities decoded (done), blanks and controls dropped
        String target = href.replaceAll("[\\x00-\\x20\\x7F-\\x9F]", "").toLowerCase(Locale.ROOT);
        assertThat(target)
            .as("%s %s", e.file(), t.source())
            .doesNotContain("javascript:")
            .doesNotContain("vbscript:")
            .doesNotStartWith("data:")
            .matches("(https?://|mailto:|#).*");
      }
      String src = t.attrs().get("src");
      if (src != null) assertThat(src).as("%s %s", e.file(), t.source()).startsWith("data:image/");
    }
  }

  static String yaml(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).as("%s holds %s", file, from).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }
}
