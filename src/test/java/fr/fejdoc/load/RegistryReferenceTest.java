package fr.fejdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.model.form.ClosedList;
import fr.fejdoc.model.form.Entry;
import fr.fejdoc.model.form.FormRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference (docs/reference-cles.md) and the keys the reader accepts come from the form
 * registry: each closed list's keys are the keys or values the reader accepts, and each entry's
 * wording is what the reference says of it.
 */
class RegistryReferenceTest {

  @Test
  void theReadersListsAreTheRegistrys() {
    assertThat(Keys.AGE).isEqualTo(FormRegistry.AGE.keys());
    assertThat(Keys.SITUATION).isEqualTo(FormRegistry.SITUATION.keys());
    assertThat(Keys.LEVEL).isEqualTo(FormRegistry.LEVEL.keys());
    assertThat(Keys.SEX).isEqualTo(FormRegistry.SEX.keys());
    assertThat(Keys.QUALITY).isEqualTo(FormRegistry.QUALITY.keys());
    assertThat(Keys.YOUNG_RUBRICS).containsExactly("age", "situation", "niveau", "sexe");
    assertThat(Keys.MISSION_LOCALE).isEqualTo(FormRegistry.MISSION_LOCALE.keys());
    assertThat(Keys.SCALE).isEqualTo(FormRegistry.SCALE.keys());
    assertThat(Keys.CITY_POLICY).isEqualTo(FormRegistry.CITY_POLICY.keys());
    assertThat(Keys.TOOL_FORMATS).isEqualTo(FormRegistry.TOOL_FORMATS.keys());
    assertThat(Keys.FUNDER_CATEGORIES).isEqualTo(FormRegistry.FUNDING_CATEGORIES.keys());
    assertThat(Keys.CHARGE_ACCOUNTS).isEqualTo(FormRegistry.CHARGE_ACCOUNTS.keys());
    assertThat(Keys.PRODUCT_ACCOUNTS).isEqualTo(FormRegistry.PRODUCT_ACCOUNTS.keys());
    assertThat(Keys.SUBSIDY_FUNDERS).isEqualTo(FormRegistry.SUBSIDY_FUNDERS.keys());
  }

  @Test
  void theReferenceSaysTheFormsWordingOfEveryEntry() {
    String reference = KeyReference.markdown();
    for (ClosedList rows :
        List.of(
            FormRegistry.AGE,
            FormRegistry.SITUATION,
            FormRegistry.LEVEL,
            FormRegistry.SEX,
            FormRegistry.QUALITY)) {
      for (Entry e : rows.entries()) {
        assertThat(reference).as(e.key()).contains("Ligne « " + e.label() + " »");
      }
    }
    for (ClosedList choices :
        List.of(
            FormRegistry.MISSION_LOCALE,
            FormRegistry.SCALE,
            FormRegistry.CITY_POLICY,
            FormRegistry.TOOL_FORMATS,
            FormRegistry.FUNDING_CATEGORIES,
            FormRegistry.SUBSIDY_FUNDERS)) {
      for (Entry e : choices.entries()) {
        assertThat(reference).as(e.key()).contains("`" + e.key() + "` « " + e.label() + " »");
      }
    }
    for (ClosedList accounts :
        List.of(FormRegistry.CHARGE_ACCOUNTS, FormRegistry.PRODUCT_ACCOUNTS)) {
      for (Entry e : accounts.entries()) {
        assertThat(reference).as(e.key()).contains("Compte « " + e.shortLabel() + " »");
      }
    }
    for (Entry e : FormRegistry.PHASES.entries()) {
      assertThat(reference).contains("Phase « " + e.label() + " »");
    }
    for (String line : List.of("jeunes", "adultes", "total", "abandons")) {
      assertThat(reference)
          .contains("ligne « " + FormRegistry.BENEFICIARY_LINES.label(line) + " »");
    }
  }

  @Test
  void theSchemaNamesTheFormsWordingOfAChoice() {
    String schema = KeySchema.all().get(KeySchema.EXPERIMENT_FILE);
    assertThat(schema)
        .contains("`partie` « " + FormRegistry.MISSION_LOCALE.label("partie") + " »")
        .contains("`cnasea` « " + FormRegistry.SUBSIDY_FUNDERS.label("cnasea") + " »");
  }
}
