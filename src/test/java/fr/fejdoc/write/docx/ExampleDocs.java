package fr.fejdoc.write.docx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.assemble.Assembler;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Severity;
import fr.fejdoc.write.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Test helper: the documents of the example projects (projects/*), checked and assembled as {@code
 * fejdoc build} does, and a copy of AP1_027 with a consistent budget (a bilan d'exécution).
 */
public final class ExampleDocs {
  /** The example projects (the surefire working folder is the repository root). */
  public static final Path PROJECTS = Path.of("projects");

  private static final Map<Path, List<Example>> CACHE = new ConcurrentHashMap<>();

  private ExampleDocs() {}

  /** One assembled document of a project. */
  public record Example(String project, String name, Doc doc, Resources resources) {
    @Override
    public String toString() {
      return project + "/" + name;
    }
  }

  /** Every document of every example project, in project then document order. */
  public static List<Example> all() {
    List<Example> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(PROJECTS)) {
      for (Path dir : s.filter(Files::isDirectory).sorted().toList()) {
        String n = dir.getFileName().toString();
        if (n.startsWith(".") || n.startsWith("_")) continue;
        out.addAll(of(dir));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(out).as("example documents").isNotEmpty();
    return out;
  }

  /** One document of an example project, e.g. {@code example("AP1_027", "annexes")}. */
  public static Example example(String project, String name) {
    return of(PROJECTS.resolve(project)).stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no document " + name + " in " + project));
  }

  /** The documents of the project in {@code dir}; the project must have no error. */
  public static List<Example> of(Path dir) {
    return CACHE.computeIfAbsent(dir.toAbsolutePath().normalize(), k -> assemble(dir));
  }

  private static List<Example> assemble(Path dir) {
    String display = dir.toString().replace('\\', '/');
    Checker.Checked checked = fr.fejdoc.write.LayoutRule.checker().check(dir, display);
    List<Finding> errors =
        checked.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    assertThat(errors).as("check errors in %s", display).isEmpty();
    try {
      List<Example> out = new ArrayList<>();
      for (Assembler.Assembled a : Assembler.assemble(checked.project())) {
        out.add(new Example(checked.project().name(), a.name(), a.doc(), Resources.folder(dir)));
      }
      return List.copyOf(out);
    } catch (Exception e) {
      throw new AssertionError("cannot assemble " + display, e);
    }
  }

  /**
   * A budget that adds up (planned charges = planned produits = 200 000 €; actual charges = actual
   * produits = 218 848,64 €), whose FEJ line agrees with the FEJ partner amount (107 710 €).
   */
  public static final String BUDGET =
      """

      budget:
        charges:
          "60": {prevu: 8000, realise: 6419.64}
          "61": {prevu: 12000, realise: 10429}
          "64":
            prevu: 170000
            realise: 192000
            detail:
              - {libelle: Personnel adm dédié, prevu: 120000, realise: 140000}
              - {libelle: Charges sociales, prevu: 50000, realise: 52000}
          "86": {prevu: 10000, realise: 10000}
        produits:
          "74":
            detail:
              - {libelle: "Fonds d'Expérimentation pour la Jeunesse", financeur: fej, prevu: 100000, realise: 107710}
              - {libelle: "Pays de la Loire", financeur: region, prevu: 50000, realise: 51700}
              - {libelle: DIRECCTE, financeur: etat_autre, prevu: 2000, realise: 2600}
          "75": {prevu: 38000, realise: 46838.64}
          "87": {prevu: 10000, realise: 10000}
        commentaires: Écart sur le personnel dédié, recruté plus tôt que prévu.
      """;

  /** A copy of projects/AP1_027 in {@code tmp} with {@link #BUDGET} appended. */
  public static Path withBudget(Path tmp) throws IOException {
    Path dir = tmp.resolve("AP1_027");
    Path source = PROJECTS.resolve("AP1_027");
    copy(source, dir);
    Path yaml = dir.resolve("experiment.yaml");
    Files.writeString(yaml, Files.readString(yaml) + BUDGET);
    return dir;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }

  /** Visits every table of the tree, in order (not those nested in cells). */
  public static void tables(List<Block> blocks, Consumer<Block.Table> visit) {
    if (blocks == null) return;
    for (Block b : blocks) {
      switch (b) {
        case Block.Table t -> visit.accept(t);
        case null -> {}
        default -> tables(Block.children(b), visit);
      }
    }
  }
}
