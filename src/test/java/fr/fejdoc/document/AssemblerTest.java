package fr.fejdoc.document;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.document.assemble.Assembler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssemblerTest {

  static List<Assembler.Assembled> assemble(String project) throws Exception {
    Checker.Checked c =
        fr.fejdoc.write.LayoutRule.checker()
            .check(Path.of("projects", project), "projects/" + project);
    return Assembler.assemble(c.project());
  }

  static String plain(List<Block> blocks) {
    StringBuilder b = new StringBuilder();
    Plain.blocks(blocks, b);
    return b.toString();
  }

  @Test
  void everyExampleAssembles() throws Exception {
    for (String p : List.of("AP1_027", "AP1_140", "AP1_393", "passeport-accueil-commun")) {
      List<Assembler.Assembled> docs = assemble(p);
      assertThat(docs).isNotEmpty();
      for (Assembler.Assembled a : docs)
        assertThat(a.doc().blocks()).as(p + " " + a.name()).isNotEmpty();
    }
  }

  @Test
  void restitutionHasTableau1FiguresInPlace() throws Exception {
    Assembler.Assembled r =
        assemble("AP1_027").stream()
            .filter(a -> a.name().equals("restitution-finale"))
            .findFirst()
            .orElseThrow();
    List<Block.Table> tables = new ArrayList<>();
    Plain.tables(r.doc().blocks(), tables);
    Block.Table t1 =
        tables.stream().filter(t -> "tableau-1a".equals(t.id())).findFirst().orElseThrow();
    Block.Row jeunes =
        t1.rows().stream()
            .filter(row -> Plain.cell(row.cells().get(0)).equals("Jeunes"))
            .findFirst()
            .orElseThrow();
    assertThat(jeunes.cells().stream().map(Plain::cell).toList())
        .containsExactly("Jeunes", "120", "64", "40", "", "104");
  }
}
