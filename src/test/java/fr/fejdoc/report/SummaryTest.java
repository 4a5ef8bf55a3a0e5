package fr.fejdoc.report;

import static fr.fejdoc.report.ReportFixtures.ap1027;
import static fr.fejdoc.report.ReportFixtures.checked;
import static fr.fejdoc.report.ReportFixtures.missingIntroduction;
import static fr.fejdoc.report.ReportFixtures.rate;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {
  private static final Messages FR = Messages.of(Messages.Lang.FR);
  private static final Messages EN = Messages.of(Messages.Lang.EN);

  @Test
  void countsEverySeverityOfEveryProject() {
    Summary s = Summary.of(List.of(ap1027(), checked("AP1_140", rate()), checked("AP1_393")));
    assertThat(s).isEqualTo(new Summary(3, 1, 2, 2));
  }

  @Test
  void errorsFailWarningsOnlyWhenStrictInformationNever() {
    assertThat(Summary.of(List.of(ap1027())).fails(false)).isTrue();
    Summary warningsOnly = Summary.of(List.of(checked("x", missingIntroduction(), rate())));
    assertThat(warningsOnly.fails(false)).isFalse();
    assertThat(warningsOnly.fails(true)).isTrue();
    Summary infoOnly = Summary.of(List.of(checked("x", rate())));
    assertThat(infoOnly.fails(true)).isFalse();
    assertThat(Summary.of(List.of()).fails(true)).isFalse();
  }

  @Test
  void frenchSingularForZeroAndOnePluralAbove() {
    assertThat(new Summary(1, 0, 1, 0).line(FR))
        .isEqualTo("1 projet vérifié : 0 erreur, 1 avertissement, 0 information.");
    assertThat(new Summary(2, 2, 3, 4).line(FR))
        .isEqualTo("2 projets vérifiés : 2 erreurs, 3 avertissements, 4 informations.");
  }

  @Test
  void englishPluralAboveOne() {
    assertThat(new Summary(2, 2, 3, 4).line(EN))
        .isEqualTo("2 projects checked: 2 errors, 3 warnings, 4 infos.");
    assertThat(new Summary(1, 1, 1, 1).line(EN))
        .isEqualTo("1 project checked: 1 error, 1 warning, 1 info.");
  }

  @Test
  void englishPluralForZero() {
    assertThat(new Summary(1, 0, 0, 0).line(EN))
        .isEqualTo("1 project checked: 0 errors, 0 warnings, 0 infos.");
  }
}
