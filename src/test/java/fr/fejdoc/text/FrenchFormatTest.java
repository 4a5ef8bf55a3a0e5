package fr.fejdoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchFormatTest {

  /** Writes the expected strings with "_" for U+202F, for readability. */
  private static String n(String withUnderscores) {
    return withUnderscores.replace('_', FrenchFormat.NNBSP);
  }

  @Test
  void constants() {
    assertThat(FrenchFormat.NNBSP).isEqualTo('\u202F');
    assertThat(FrenchFormat.NBSP).isEqualTo('\u00A0');
  }

  @ParameterizedTest(name = "[{index}] {0} -> \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2200.64         | 2_200,64
          56838.64        | 56_838,64
          2600            | 2_600
          2600.00         | 2_600
          0.5             | 0,5
          0.50            | 0,5
          87.5            | 87,5
          0               | 0
          0.00            | 0
          7               | 7
          12              | 12
          123             | 123
          1234            | 1_234
          12345           | 12_345
          123456          | 123_456
          1234567         | 1_234_567
          1234567.891     | 1_234_567,891
          -1234.5         | -1_234,5
          -12             | -12
          -123456         | -123_456
          0.3333          | 0,3333
          1E+3            | 1_000
          2.6E+3          | 2_600
          12345678901234567890123.5 | 12_345_678_901_234_567_890_123,5
          12345678901234567890123   | 12_345_678_901_234_567_890_123
          """)
  void numberOfBigDecimal(String value, String expected) {
    assertThat(FrenchFormat.number(new BigDecimal(value))).isEqualTo(n(expected));
  }

  @ParameterizedTest(name = "[{index}] {0} -> \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0                    | 0
          104                  | 104
          2600                 | 2_600
          -2600                | -2_600
          1000000              | 1_000_000
          9223372036854775807  | 9_223_372_036_854_775_807
          -9223372036854775808 | -9_223_372_036_854_775_808
          """)
  void numberOfLong(long value, String expected) {
    assertThat(FrenchFormat.number(value)).isEqualTo(n(expected));
  }

  @ParameterizedTest(name = "[{index}] {0} -> \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2200.64    | 2_200,64_€
          2200.6     | 2_200,60_€
          56838.64   | 56_838,64_€
          107710     | 107_710_€
          107710.00  | 107_710_€
          0          | 0_€
          0.5        | 0,50_€
          0.05       | 0,05_€
          12.001     | 12_€
          12.005     | 12,01_€
          2200.645   | 2_200,65_€
          -12.5      | -12,50_€
          -0.001     | 0_€
          1E+6       | 1_000_000_€
          """)
  void money(String value, String expected) {
    assertThat(FrenchFormat.money(new BigDecimal(value))).isEqualTo(n(expected));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "2_200,64_€",
        "107_710_€",
        "56_838,64_€",
        "0,50_€",
        "0_€",
        "-12,50_€",
        "1_000_000_€",
        "999_€",
      })
  void moneyRoundTripsFromCanonicalText(String canonical) {
    String text = n(canonical);
    assertThat(FrenchNumbers.parseMoney(text).map(FrenchFormat::money)).contains(text);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2 200,64 €      | 2_200,64_€
          2200.64         | 2_200,64_€
          56838.64€       | 56_838,64_€
          107 710 €       | 107_710_€
          107710          | 107_710_€
          2 200,64 euros  | 2_200,64_€
          1.234,56 €      | 1_234,56_€
          -12,5           | -12,50_€
          2 200,6 €       | 2_200,60_€
          1.500 €         | 1_500_€
          """)
  void moneyOfParsedMoney(String typed, String expected) {
    String formatted = FrenchNumbers.parseMoney(typed).map(FrenchFormat::money).orElseThrow();
    assertThat(formatted).isEqualTo(n(expected));
    // formatting is idempotent through parsing
    assertThat(FrenchNumbers.parseMoney(formatted).map(FrenchFormat::money)).contains(formatted);
  }

  @Test
  void numberRoundTripsThroughParseMoney() {
    for (String value : new String[] {"0", "1", "999", "1000", "2200.64", "-56838.64", "0.5"}) {
      BigDecimal decimal = new BigDecimal(value);
      assertThat(FrenchNumbers.parseMoney(FrenchFormat.number(decimal)))
          .hasValueSatisfying(parsed -> assertThat(parsed).isEqualByComparingTo(decimal));
    }
    for (int i = -5000; i <= 5000; i += 7) {
      assertThat(FrenchNumbers.parseCount(FrenchFormat.number(i))).contains(i);
    }
  }

  @Test
  void percent() {
    assertThat(FrenchFormat.percent(49)).isEqualTo(n("49_%"));
    assertThat(FrenchFormat.percent(0)).isEqualTo(n("0_%"));
    assertThat(FrenchFormat.percent(100)).isEqualTo(n("100_%"));
    assertThat(FrenchFormat.percent(-5)).isEqualTo(n("-5_%"));
    assertThat(FrenchFormat.percent(1500)).isEqualTo(n("1_500_%"));
    assertThat(FrenchFormat.percent(new BigDecimal("87.5"))).isEqualTo(n("87,5_%"));
    assertThat(FrenchFormat.percent(new BigDecimal("87.50"))).isEqualTo(n("87,5_%"));
    assertThat(FrenchFormat.percent(new BigDecimal("50.0"))).isEqualTo(n("50_%"));
  }

  @ParameterizedTest(name = "[{index}] {0} -> \"{1}\" / \"{2}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2010-12-31 | 31 décembre 2010  | 31 DECEMBRE 2010
          2011-01-01 | 1er janvier 2011  | 1ER JANVIER 2011
          2011-02-28 | 28 février 2011   | 28 FEVRIER 2011
          2010-03-02 | 2 mars 2010       | 2 MARS 2010
          2010-04-10 | 10 avril 2010     | 10 AVRIL 2010
          2010-05-08 | 8 mai 2010        | 8 MAI 2010
          2010-06-30 | 30 juin 2010      | 30 JUIN 2010
          2010-07-14 | 14 juillet 2010   | 14 JUILLET 2010
          2010-08-01 | 1er août 2010     | 1ER AOUT 2010
          2010-08-15 | 15 août 2010      | 15 AOUT 2010
          2009-09-21 | 21 septembre 2009 | 21 SEPTEMBRE 2009
          2009-10-11 | 11 octobre 2009   | 11 OCTOBRE 2009
          2009-11-11 | 11 novembre 2009  | 11 NOVEMBRE 2009
          """)
  void dates(LocalDate date, String expected, String expectedUpper) {
    assertThat(FrenchFormat.date(date)).isEqualTo(expected);
    assertThat(FrenchFormat.dateUpper(date)).isEqualTo(expectedUpper);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2011-01 | janvier 2011   | Janvier 2011   | janv. 2011 | 01 / 2011
          2011-02 | février 2011   | Février 2011   | févr. 2011 | 02 / 2011
          2011-03 | mars 2011      | Mars 2011      | mars 2011  | 03 / 2011
          2011-04 | avril 2011     | Avril 2011     | avr. 2011  | 04 / 2011
          2011-05 | mai 2011       | Mai 2011       | mai 2011   | 05 / 2011
          2011-06 | juin 2011      | Juin 2011      | juin 2011  | 06 / 2011
          2011-07 | juillet 2011   | Juillet 2011   | juil. 2011 | 07 / 2011
          2011-08 | août 2011      | Août 2011      | août 2011  | 08 / 2011
          2011-09 | septembre 2011 | Septembre 2011 | sept. 2011 | 09 / 2011
          2011-10 | octobre 2011   | Octobre 2011   | oct. 2011  | 10 / 2011
          2011-11 | novembre 2011  | Novembre 2011  | nov. 2011  | 11 / 2011
          2009-12 | décembre 2009  | Décembre 2009  | déc. 2009  | 12 / 2009
          """)
  void months(String month, String plain, String capitalized, String shortForm, String slashForm) {
    YearMonth yearMonth = YearMonth.parse(month);
    assertThat(FrenchFormat.monthYear(yearMonth)).isEqualTo(plain);
    assertThat(FrenchFormat.monthYearCapitalized(yearMonth)).isEqualTo(capitalized);
    assertThat(FrenchFormat.monthShort(yearMonth)).isEqualTo(shortForm);
    assertThat(FrenchFormat.monthSlashYear(yearMonth)).isEqualTo(slashForm);
    // every format is read back by the parser
    assertThat(FrenchNumbers.parseMonthYear(FrenchFormat.monthYear(yearMonth))).contains(yearMonth);
    assertThat(FrenchNumbers.parseMonthYear(FrenchFormat.monthYearCapitalized(yearMonth)))
        .contains(yearMonth);
    assertThat(FrenchNumbers.parseMonthYear(FrenchFormat.monthShort(yearMonth)))
        .contains(yearMonth);
    assertThat(FrenchNumbers.parseMonthYear(FrenchFormat.monthSlashYear(yearMonth)))
        .contains(yearMonth);
  }

  @Test
  void monthsAndPlurals() {
    assertThat(FrenchFormat.months(27)).isEqualTo("27 mois");
    assertThat(FrenchFormat.months(1)).isEqualTo("1 mois");
    assertThat(FrenchFormat.months(1200)).isEqualTo(n("1_200 mois"));
    assertThat(FrenchFormat.plural(0, "jeune", "jeunes")).isEqualTo("jeune");
    assertThat(FrenchFormat.plural(1, "jeune", "jeunes")).isEqualTo("jeune");
    assertThat(FrenchFormat.plural(-1, "jeune", "jeunes")).isEqualTo("jeune");
    assertThat(FrenchFormat.plural(2, "jeune", "jeunes")).isEqualTo("jeunes");
    assertThat(FrenchFormat.plural(-2, "jeune", "jeunes")).isEqualTo("jeunes");
    assertThat(FrenchFormat.plural(207, "jeune", "jeunes")).isEqualTo("jeunes");
    assertThat(FrenchFormat.count(1, "jeune", "jeunes")).isEqualTo("1 jeune");
    assertThat(FrenchFormat.count(0, "erreur", "erreurs")).isEqualTo("0 erreur");
    assertThat(FrenchFormat.count(1200, "jeune", "jeunes")).isEqualTo(n("1_200 jeunes"));
  }

  @Test
  void isThreadSafe() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      var futures =
          IntStream.range(0, 64)
              .mapToObj(
                  t ->
                      pool.submit(
                          () -> {
                            for (int i = 0; i < 2_000; i++) {
                              BigDecimal amount = BigDecimal.valueOf(i * 1_000L + t, 2);
                              String text = FrenchFormat.money(amount);
                              BigDecimal back = FrenchNumbers.parseMoney(text).orElseThrow();
                              if (back.compareTo(amount) != 0) {
                                return text + " != " + amount;
                              }
                            }
                            return null;
                          }))
              .toList();
      for (Future<String> future : futures) {
        assertThat(future.get()).isNull();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
