package fr.fejdoc.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fejdoc.document.assemble.Assembler;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.FindingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's templates/ folder overrides the default of the same name; templates stay boxed. */
class TemplateOverrideTest {
  @TempDir Path tmp;

  private Path copyOfAp1027() throws IOException {
    Path source = Path.of("projects/AP1_027");
    Path target = tmp.resolve("AP1_027");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
        Path dest = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(dest);
        else Files.copy(p, dest);
      }
    }
    return target;
  }

  private static List<Assembler.Assembled> assemble(Path dir) throws Exception {
    return Assembler.assemble(
        fr.fejdoc.write.LayoutRule.checker().check(dir, dir.getFileName().toString()).project());
  }

  private static String text(Assembler.Assembled a) {
    return AssemblerTest.plain(a.doc().blocks());
  }

  @Test
  void aProjectTemplateReplacesTheDefaultOfTheSameName() throws Exception {
    Path dir = copyOfAp1027();
    Files.createDirectories(dir.resolve("templates"));
    Files.writeString(
        dir.resolve("templates/introduction.ftlx"),
        "<section id=\"introduction-fej\" level=\"1\" title=\"INTRODUCTION\">"
            + "<p>Introduction propre au projet ${experience.dossier.underscore}.</p></section>");
    Assembler.Assembled restitution =
        assemble(dir).stream()
            .filter(a -> a.name().equals("restitution-finale"))
            .findFirst()
            .orElseThrow();
    assertThat(text(restitution))
        .contains("Introduction propre au projet AP1_027.")
        .doesNotContain("Le Fonds d’Expérimentation pour la Jeunesse est destiné");
    // the other templates are still the defaults
    assertThat(text(restitution)).contains("FICHE SYNTHÉTIQUE DU PROJET");
  }

  @Test
  void withoutOverrideTheDefaultBoilerplateIsUsed() throws Exception {
    Assembler.Assembled restitution =
        assemble(copyOfAp1027()).stream()
            .filter(a -> a.name().equals("restitution-finale"))
            .findFirst()
            .orElseThrow();
    assertThat(text(restitution))
        .contains("Le Fonds d’Expérimentation pour la Jeunesse est destiné");
  }

  @Test
  void templatesCannotInstantiateClassesNorReachTheApi() throws Exception {
    Path dir = copyOfAp1027();
    Files.createDirectories(dir.resolve("templates"));
    Files.writeString(
        dir.resolve("templates/introduction.ftlx"),
        "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
    assertThatThrownBy(() -> assemble(dir))
        .isInstanceOfSatisfying(
            FindingException.class,
            e -> {
              assertThat(e.finding().code()).isEqualTo(Code.TEMPLATE_FAILURE);
              assertThat(e.finding().loc().toString())
                  .endsWith("AP1_027/templates/introduction.ftlx:1:15");
            });
    Files.writeString(dir.resolve("templates/introduction.ftlx"), "${experience?api.getClass()}");
    assertThatThrownBy(() -> assemble(dir))
        .isInstanceOfSatisfying(
            FindingException.class,
            e -> assertThat(e.finding().code()).isEqualTo(Code.TEMPLATE_FAILURE));
  }

  @Test
  void valuesAreEscapedIntoTheMarkup() throws Exception {
    Path dir = copyOfAp1027();
    Path yaml = dir.resolve("experiment.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replace(
                "titre: Plateforme de sécurisation des contrats d'apprentissage",
                "titre: \"</p><pagebreak/><p>Titre & <b>gras</b>\""));
    Assembler.Assembled restitution =
        assemble(dir).stream()
            .filter(a -> a.name().equals("restitution-finale"))
            .findFirst()
            .orElseThrow();
    assertThat(text(restitution)).contains("</p><pagebreak/><p>Titre & <b>gras</b>");
  }
}
