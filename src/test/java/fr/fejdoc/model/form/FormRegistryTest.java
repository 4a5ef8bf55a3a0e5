package fr.fejdoc.model.form;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.FormPlan;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The form registry: the plans, lists and version every reader of the forms' wording uses. */
class FormRegistryTest {

  @Test
  void versionNamesTheFormsYearAndARevision() {
    assertThat(FormRegistry.VERSION).matches("2011\\.[1-9][0-9]*");
  }

  @Test
  void formPlanIsAViewOnTheRegistry() {
    for (DocumentKind kind : DocumentKind.values()) {
      FormPlan plan = FormPlan.of(kind);
      assertThat(plan).isSameAs(FormRegistry.plan(kind));
      assertThat(plan.kind()).isEqualTo(kind);
      assertThat(plan.items()).isNotEmpty();
      Set<String> ids = new HashSet<>();
      for (FormPlan.Item i : plan.items()) {
        assertThat(ids.add(i.id())).as(kind + " id " + i.id()).isTrue();
        assertThat(i.title()).isNotBlank();
        assertThat(i.depth()).isBetween(1, 4);
      }
    }
    FormPlan finalReport = FormPlan.of(DocumentKind.RESTITUTION_FINALE);
    assertThat(finalReport.item("statistiques").number()).isEqualTo("2.1.");
    assertThat(finalReport.item("statistiques").required()).isFalse();
    assertThat(finalReport.item("rappel").aliases())
        .containsExactly("Rappel des objectifs et du public visé");
    assertThat(FormPlan.of(DocumentKind.NOTE_ETAPE).items().get(0).title())
        .isEqualTo("Rappel des objectifs de l'expérimentation et du public cible");
  }

  @Test
  void closedListsKeepTheFormsOrderAndWording() {
    assertThat(FormRegistry.AGE.keys())
        .containsExactly("moins_6", "6_10", "10_16", "16_18", "18_25");
    assertThat(FormRegistry.rows("niveau")).isSameAs(FormRegistry.LEVEL);
    assertThat(FormRegistry.rows("inconnu")).isNull();
    assertThat(FormRegistry.SCALE.label("communale"))
        .isEqualTo("Communale (une ou plusieurs communes dans un même département)");
    assertThat(FormRegistry.SCALE.shortLabel("communale")).isEqualTo("Communale");
    assertThat(FormRegistry.TOOL_FORMATS.shortLabel("papier")).isEqualTo("Papier");
    assertThat(FormRegistry.SUBSIDY_FUNDERS.label("fej")).isEqualTo("État : FEJ");
    assertThat(FormRegistry.SUBSIDY_FUNDERS.label("inconnu")).isNull();
    assertThat(FormRegistry.SUBSIDY_FUNDERS.name("inconnu").fr()).isEqualTo("inconnu");
    java.util.List<ClosedList> declared = new java.util.ArrayList<>();
    for (java.lang.reflect.Field f : FormRegistry.class.getFields()) {
      if (f.getType() != ClosedList.class) continue;
      try {
        declared.add((ClosedList) f.get(null));
      } catch (IllegalAccessException ex) {
        throw new AssertionError(ex);
      }
    }
    assertThat(declared).hasSizeGreaterThan(10);
    assertThat(FormRegistry.lists()).containsExactlyInAnyOrderElementsOf(declared);
    for (ClosedList l : FormRegistry.lists()) {
      assertThat(l.entries()).as(l.name()).isNotEmpty();
      for (Entry e : l.entries()) {
        assertThat(e.key()).as(l.name()).matches("[a-z0-9_]+");
        assertThat(e.label())
            .as(l.name() + "." + e.key())
            .isNotBlank()
            .isEqualTo(e.label().strip());
      }
    }
  }

  @Test
  void aKeyTwiceInAListIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new ClosedList("x", java.util.List.of(Entry.of("a", "A"), Entry.of("a", "B"))))
        .hasMessageContaining("a twice");
  }

  @Test
  void thePhasesOfTableau2AreTheRegistrys() {
    java.util.List<String> keys = new java.util.ArrayList<>();
    for (fr.fejdoc.model.Phase p : fr.fejdoc.model.Phase.values()) {
      keys.add(p.key());
      assertThat(p.label()).isEqualTo(FormRegistry.PHASES.label(p.key())).isNotBlank();
    }
    assertThat(keys).isEqualTo(FormRegistry.PHASES.keys());
    assertThat(fr.fejdoc.model.Phase.PREPARATION.label()).isEqualTo("Préparation du projet");
  }
}
