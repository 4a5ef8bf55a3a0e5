package fr.fejdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.load.yaml.YNode;
import fr.fejdoc.model.DurationText;
import fr.fejdoc.model.Schedule;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Durations as real notes write them: the text is kept, the figure in months is the duration the
 * text starts with, a qualifier before it makes it approximate, and a text with no duration at all
 * is refused.
 */
class DurationsTest {

  @ParameterizedTest(name = "«{0}» → {1} mois, approximative {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "8 semaines | 1.85 | false",
        "6 mois | 6 | false",
        "18 mois (dont 12 mois de formation) | 18 | false",
        "18 mois, dont 12 mois de formation | 18 | false",
        "6 mois renouvelables | 6 | false",
        "2 ans et demi | 30 | false",
        "1 an et 6 mois (prolongation comprise) | 18 | false",
        "environ 6 mois | 6 | true",
        "Près de 2 ans | 24 | true",
        "plus de 18 mois | 18 | true",
        "~ 3 semaines | 0.69 | true",
        "3 semaines environ | 0.69 | true",
        "18 mois (environ) | 18 | true",
        "2 trimestres | 6 | false",
        "1 semestre | 6 | false",
        "6mois | 6 | false",
      })
  void aDurationKeepsItsFigure(String text, String months, boolean approximate) {
    var read = Durations.read(text);
    assertThat(read).isPresent();
    assertThat(read.get().months()).isEqualByComparingTo(new BigDecimal(months));
    assertThat(read.get().approximate()).isEqualTo(approximate);
  }

  @ParameterizedTest(name = "«{0}» is a duration without one figure")
  @CsvSource(
      delimiter = '|',
      value = {
        "3 à 6 mois",
        "entre 24 et 27 mois",
        "6-8 semaines",
        "2 heures",
        "1 journée",
        "3 demi-journées",
        "dont 12 mois de formation sur 18 mois",
        "Année 2 : 6 mois",
      })
  void aSpanOrAUnitOutsideMonthsIsKeptWithoutFigure(String text) {
    var read = Durations.read(text);
    assertThat(read).isPresent();
    assertThat(read.get().months()).isNull();
  }

  @ParameterizedTest(name = "«{0}» is not a duration")
  @CsvSource(
      delimiter = '|',
      value = {"longtemps", "6", "ponctuelle", "12 jeunes", "toute l'année", "2009-2010"})
  void aTextWithoutDurationIsRefused(String text) {
    assertThat(Durations.read(text)).isEmpty();
  }

  @Test
  void aHugeTextIsScannedInBoundedTime() {
    String hostile = "1 ".repeat(200_000) + "mois";
    assertThat(Durations.read(hostile)).isEmpty();
    String noDigits = "x".repeat(1_000_000);
    assertThat(Durations.read(noDigits)).isEmpty();
  }

  // ---- the calendrier's durations through the reader ----

  private static List<Finding> findings = new ArrayList<>();

  private static DurationText months(String yamlValue) {
    findings = new ArrayList<>();
    Reader r = new Reader("experiment.yaml", findings);
    YNode root = fr.fejdoc.load.yaml.YamlReader.read("d: " + yamlValue + "\n", "e.yaml", 0).root();
    return r.fields(root, "", List.of("d")).months("d");
  }

  @Test
  void aBareNumberIsAWholeNumberOfMonthsThatTheWriterFormats() {
    DurationText d = months("27");
    assertThat(d.text()).isNull();
    assertThat(d.months()).isEqualByComparingTo("27");
    assertThat(d.wholeMonths()).isEqualTo(27);
    assertThat(findings).isEmpty();
  }

  @Test
  void aQualifiedDurationKeepsItsWordsAndItsExactFigure() {
    DurationText d = months("18 mois (dont 12 mois de formation)");
    assertThat(d.text()).isEqualTo("18 mois (dont 12 mois de formation)");
    assertThat(d.wholeMonths()).isEqualTo(18);
    Schedule s = new Schedule(null, null, d, months("environ 20 mois"), null);
    assertThat(s.initialMonths().value()).isEqualTo(18);
    // an approximate figure is not given to the catalogue as if it were exact
    assertThat(s.effectiveMonths()).isNull();
  }

  private static DurationText duration(String yamlValue) {
    findings = new ArrayList<>();
    Reader r = new Reader("experiment.yaml", findings);
    YNode root = fr.fejdoc.load.yaml.YamlReader.read("d: " + yamlValue + "\n", "e.yaml", 0).root();
    return r.fields(root, "", List.of("d")).duration("d");
  }

  @Test
  void anActionsBareNumberIsPrintedAsWrittenWithoutFigure() {
    DurationText d = duration("6");
    assertThat(d.text()).isEqualTo("6");
    assertThat(d.months()).isNull();
    assertThat(findings).isEmpty();
    assertThat(duration("longtemps")).isNull();
    assertThat(findings).extracting(Finding::code).containsExactly(Code.WRONG_TYPE);
  }

  @Test
  void aNegativeNumberOfMonthsAndAWordAreStillRefused() {
    assertThat(months("-24")).isNull();
    assertThat(findings).extracting(Finding::code).containsExactly(Code.NEGATIVE);
    assertThat(months("longtemps")).isNull();
    assertThat(findings).extracting(Finding::code).containsExactly(Code.WRONG_TYPE);
  }
}
