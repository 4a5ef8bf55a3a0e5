package fr.fejdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed reference (docs/reference-cles.md) and JSON Schemas (schemas/*.json) are exactly
 * what the key registry generates. After an intended change of {@link Keys}: {@code ./mvn21 test
 * -Dtest=KeyReferenceTest -Dfejdoc.updateGolden=true} rewrites them; review and commit them.
 */
class KeyReferenceTest {
  static final Path REFERENCE = Path.of("docs", "reference-cles.md");
  static final Path SCHEMAS = Path.of("schemas");

  private static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("fejdoc.updateGolden", "false").strip());
  }

  static Map<Path, String> generated() {
    Map<Path, String> out = new LinkedHashMap<>();
    out.put(REFERENCE, KeyReference.markdown());
    KeySchema.all().forEach((name, json) -> out.put(SCHEMAS.resolve(name), json));
    return out;
  }

  @Test
  void committedFilesAreWhatTheRegistryGenerates() throws IOException {
    List<String> stale = new ArrayList<>();
    for (Map.Entry<Path, String> e : generated().entrySet()) {
      Path file = e.getKey();
      String committed =
          Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
      if (e.getValue().equals(committed)) continue;
      if (updating()) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      } else {
        stale.add(file.toString().replace('\\', '/'));
      }
    }
    assertThat(stale)
        .as(
            "generated from Keys.java but differ from the committed files; rewrite them with"
                + " ./mvn21 test -Dtest=KeyReferenceTest -Dfejdoc.updateGolden=true and commit")
        .isEmpty();
  }

  /** Every relative link of README.md and docs/*.md names a file inside the repository. */
  @Test
  void linksInTheDocsStayInsideTheRepository() throws IOException {
    Path root = Path.of("").toAbsolutePath().normalize();
    List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
    try (var files = Files.list(Path.of("docs"))) {
      files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    var link = java.util.regex.Pattern.compile("\\]\\(([^)#\\s]+)[^)]*\\)");
    List<String> broken = new ArrayList<>();
    int seen = 0;
    for (Path page : pages) {
      String text = Files.readString(page, StandardCharsets.UTF_8);
      var m = link.matcher(text);
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("[a-z]+:.*")) continue; // http:, https:, mailto:
        seen++;
        Path resolved = page.toAbsolutePath().getParent().resolve(target).normalize();
        if (!resolved.startsWith(root) || !Files.exists(resolved)) {
          broken.add(page + ": " + target);
        }
      }
    }
    assertThat(seen).isGreaterThan(5);
    assertThat(broken).isEmpty();
  }

  @Test
  void noOtherSchemaIsCommitted() throws IOException {
    List<String> names = new ArrayList<>();
    try (var files = Files.list(SCHEMAS)) {
      files.forEach(f -> names.add(f.getFileName().toString()));
    }
    assertThat(names).containsExactlyInAnyOrderElementsOf(KeySchema.all().keySet());
  }

  @Test
  void everyKeyTheReaderAcceptsIsInTheReference() {
    String md = KeyReference.markdown();
    // a sample of every depth and kind of container; the registry is built from the same lists
    for (String path :
        List.of(
            "`dossier`",
            "`beneficiaires.jeunes.age.\"16_18\".prevu`",
            "`beneficiaires.jeunes.autres[].rubrique`",
            "`beneficiaires.periodes.phases`",
            "`actions.achevement_evaluation.actions[].rh.etp`",
            "`budget.produits.\"74\".detail[].financeur`",
            "`budget.charges.total.realise`",
            "`partenaires.parts_declarees.autofinancement`",
            "`certificat.signature`",
            "`effectifs.repartition`",
            "`ressources.docs_techniques[].lien`",
            "`editeur.site`")) {
      assertThat(md).contains("| " + path + " |");
    }
    for (String list : List.of("`tous`, `partie`, `aucun`", "`fej`, `etat_autre`, `region`")) {
      assertThat(md).contains(list);
    }
    assertThat(md).doesNotContain("| `null` |");
  }

  @Test
  void everyDescribedKeyHasAFrenchDescriptionAndEveryLeafAnExample() {
    List<KeySpec> all = new ArrayList<>();
    collect(Keys.experimentSpec(), all);
    for (String kind : KeyReference.DOCUMENTS) collect(Keys.documentSpec(kind), all);
    assertThat(all).hasSizeGreaterThan(200);
    for (KeySpec k : all) {
      assertThat(k.description()).as(k.name()).isNotBlank();
      if (k.children().isEmpty()) assertThat(k.example()).as(k.name()).isNotBlank();
      if (k.kind() == KeySpec.Kind.CHOICE || k.kind() == KeySpec.Kind.CHOICES) {
        assertThat(k.values()).as(k.name()).isNotEmpty();
      }
    }
  }

  @Test
  void theRegistryNamesExactlyTheListsTheReaderChecks() {
    KeySpec root = Keys.experimentSpec();
    assertThat(names(root)).isEqualTo(Keys.EXPERIMENT);
    assertThat(names(child(root, "beneficiaires"))).isEqualTo(Keys.BENEFICIARIES);
    assertThat(names(child(child(root, "beneficiaires"), "jeunes"))).isEqualTo(Keys.YOUNG);
    assertThat(names(child(child(child(root, "beneficiaires"), "jeunes"), "situation")))
        .isEqualTo(Keys.SITUATION);
    assertThat(names(child(child(root, "budget"), "charges")))
        .containsAll(Keys.CHARGE_ACCOUNTS)
        .contains(Keys.TOTAL);
    assertThat(names(Keys.documentSpec("note_etape"))).isEqualTo(Keys.PROGRESS_NOTE);
    assertThat(names(Keys.documentSpec("restitution_finale"))).isEqualTo(Keys.FINAL_REPORT);
    assertThat(names(Keys.documentSpec("fiche_experience"))).isEqualTo(Keys.SHEET);
    assertThat(names(child(Keys.documentSpec("fiche_experience"), "contacts")))
        .isEqualTo(Keys.CONTACT);
  }

  private static KeySpec child(KeySpec k, String name) {
    return k.children().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> names(KeySpec k) {
    return k.children().stream().map(KeySpec::name).toList();
  }

  private static void collect(KeySpec k, List<KeySpec> out) {
    out.add(k);
    for (KeySpec c : k.children()) collect(c, out);
  }
}
