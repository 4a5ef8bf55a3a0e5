package fr.fejdoc.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fejdoc.text.FrenchNumbers.Duration;
import fr.fejdoc.text.FrenchNumbers.Duration.Unit;
import fr.fejdoc.text.FrenchNumbers.Range;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchNumbersTest {

  @Nested
  class Money {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            2 200,64 €              | 2200.64
            2\u202F200,64\u202F€    | 2200.64
            2\u00A0200,64\u00A0€    | 2200.64
            2\u2009200,64 €         | 2200.64
            2200.64                 | 2200.64
            2200,64                 | 2200.64
            56838.64€               | 56838.64
            107 710 €               | 107710
            107710                  | 107710
            2 200,64 euros          | 2200.64
            1 euro                  | 1
            12 EUR                  | 12
            12 Euros                | 12
            1.234,56 €              | 1234.56
            1,234.56                | 1234.56
            1.234.567,89 €          | 1234567.89
            1.234.567               | 1234567
            1.500 €                 | 1500
            1.50 €                  | 1.50
            0.500 €                 | 0.500
            1234.567                | 1234.567
            1 234.56                | 1234.56
            1,500                   | 1.500
            12,50                   | 12.50
            -12,5                   | -12.5
            \u221212                | -12
            0                       | 0
            0,99 €                  | 0.99
            1 000 000 €             | 1000000
            1  000                  | 1000
            '  12,5 €  '            | 12.5
            '\u00A012\u00A0'        | 12
            """)
    void parses(String text, String expected) {
      BigDecimal value = FrenchNumbers.parseMoney(text).orElseThrow();
      assertThat(value).isEqualTo(new BigDecimal(expected)); // same scale too
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(
        strings = {
          "douze",
          "12,3,4",
          "€",
          " € ",
          "euros",
          "   ",
          "+12",
          "- 12",
          "12-",
          "12,",
          ",5",
          ".5",
          "12..5",
          "1.234.56",
          "1,2.3",
          "1.2,3,4",
          "22 00",
          "1 2345",
          "1234 567",
          "1 234 56",
          "12 k€",
          "12 $",
          "€ 12",
          "12 € 50",
          "12€€",
          "1e3",
          "0x10",
          "12 eurosx",
          "1 234.567,89",
          "12,5 %",
          "--12",
        })
    void rejects(String text) {
      assertThat(FrenchNumbers.parseMoney(text)).isEmpty();
    }

    @Test
    void negativeZeroIsZero() {
      assertThat(FrenchNumbers.parseMoney("-0")).contains(BigDecimal.ZERO);
    }
  }

  @Nested
  class Count {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            104               | 104
            1 200             | 1200
            1\u00A0200        | 1200
            1\u202F200        | 1200
            1\u2009200        | 1200
            1.200             | 1200
            1 000 000         | 1000000
            -3                | -3
            0                 | 0
            007               | 7
            ' 42 '            | 42
            2147483647        | 2147483647
            -2147483648       | -2147483648
            """)
    void parses(String text, int expected) {
      assertThat(FrenchNumbers.parseCount(text)).contains(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(
        strings = {
          "douze",
          "+5",
          "12,0",
          "12.0",
          "12,5",
          "1,200",
          "2147483648",
          "-2147483649",
          "99999999999999999999",
          "12 jeunes",
          "12 €",
          "1 2",
          "-",
          "17 à 20",
        })
    void rejects(String text) {
      assertThat(FrenchNumbers.parseCount(text)).isEmpty();
    }
  }

  @Nested
  class Ranges {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> [{1}, {2}]")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            120                   | 120 | 120
            0                     | 0   | 0
            1 200                 | 1200 | 1200
            17 à 20               | 17  | 20
            17 a 20               | 17  | 20
            17 À 20               | 17  | 20
            17-20                 | 17  | 20
            17 - 20               | 17  | 20
            17 – 20               | 17  | 20
            17—20                 | 17  | 20
            de 17 à 20            | 17  | 20
            De 17 a 20            | 17  | 20
            de 17 - 20            | 17  | 20
            entre 17 et 20        | 17  | 20
            Entre 17 et 20        | 17  | 20
            20 à 20               | 20  | 20
            5 à 10                | 5   | 10
            1 000 à 1 500         | 1000 | 1500
            1\u202F000 à 1\u202F500 | 1000 | 1500
            30 max                | 0   | 30
            30 MAX                | 0   | 30
            30 max.               | 0   | 30
            30 maxi               | 0   | 30
            30 maximum            | 0   | 30
            max 30                | 0   | 30
            max. 30               | 0   | 30
            max.30                | 0   | 30
            maximum 30            | 0   | 30
            au maximum 30         | 0   | 30
            30 au maximum         | 0   | 30
            au plus 30            | 0   | 30
            30 au plus            | 0   | 30
            jusqu'à 30            | 0   | 30
            jusqu’à 30            | 0   | 30
            jusqu'a 30            | 0   | 30
            Jusqu’à 30            | 0   | 30
            jusque 30             | 0   | 30
            ≤ 30                  | 0   | 30
            <= 30                 | 0   | 30
            '\u00A030 max\u00A0'  | 0   | 30
            """)
    void parses(String text, int min, int max) {
      assertThat(FrenchNumbers.parseRange(text)).contains(new Range(min, max));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> at least {1}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            au moins 30      | 30
            Au moins 30      | 30
            30 au moins      | 30
            30 min           | 30
            30 min.          | 30
            30 mini          | 30
            30 minimum       | 30
            min 30           | 30
            min. 30          | 30
            minimum 30       | 30
            au minimum 30    | 30
            30 au minimum    | 30
            ≥ 30             | 30
            >= 30            | 30
            """)
    void parsesFloors(String text, int min) {
      assertThat(FrenchNumbers.parseRange(text)).contains(new Range(min, Integer.MAX_VALUE));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(
        strings = {
          "20 à 17",
          "entre 20 et 17",
          "environ 30",
          "30 environ",
          "~30",
          "une trentaine",
          "plus de 30",
          "moins de 30",
          "< 30",
          "> 30",
          "-3",
          "17,5",
          "17.5 à 20",
          "17 à 20 jeunes",
          "30 jeunes max",
          "17 à",
          "à 20",
          "17 20",
          "17 et 20",
          "entre 17 à 20",
          "de 17 et 20",
          "max",
          "30 max max",
          "max 30 min",
          "17 à 20 à 30",
          "1 2 3 4 5 6 7",
          "3000000000",
          "douze",
          "17 à 20 ?",
          "   ",
        })
    void rejects(String text) {
      assertThat(FrenchNumbers.parseRange(text)).isEmpty();
    }

    @Test
    void rangeHelpers() {
      Range exact = Range.exactly(12);
      assertThat(exact.isExact()).isTrue();
      assertThat(exact.hasUpperBound()).isTrue();
      assertThat(exact.contains(12)).isTrue();
      assertThat(exact.contains(13)).isFalse();
      Range floor = FrenchNumbers.parseRange("au moins 30").orElseThrow();
      assertThat(floor.isExact()).isFalse();
      assertThat(floor.hasUpperBound()).isFalse();
      assertThat(floor.contains(29)).isFalse();
      assertThat(floor.contains(1_000_000)).isTrue();
      assertThatThrownBy(() -> new Range(20, 17)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Etp {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            2             | 2
            10            | 10
            0,5           | 0.5
            0.5           | 0.5
            0,50          | 0.5
            2,0           | 2
            1,25          | 1.25
            1.500         | 1.5
            1/2           | 0.5
            1 / 2         | 0.5
            3/4           | 0.75
            1/3           | 0.3333
            2/3           | 0.6667
            3/2           | 1.5
            11/2          | 5.5
            ½             | 0.5
            ¼             | 0.25
            ¾             | 0.75
            ⅓             | 0.3333
            1 ½           | 1.5
            1\u00A0½      | 1.5
            1½            | 1.5
            2¾            | 2.75
            1 1/2         | 1.5
            1 et ½        | 1.5
            1 et 1/2      | 1.5
            1 et demi     | 1.5
            1 et demie    | 1.5
            2 ET DEMI     | 2.5
            1 et quart    | 1.25
            1 et un quart | 1.25
            un demi       | 0.5
            une demie     | 0.5
            Un demi       | 0.5
            demi          | 0.5
            un quart      | 0.25
            trois quarts  | 0.75
            0,5 ETP       | 0.5
            0,5ETP        | 0.5
            1 et ½ etp    | 1.5
            '  2  '       | 2
            """)
    void parses(String text, String expected) {
      assertThat(FrenchNumbers.parseEtp(text)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(
        strings = {
          "1/0",
          "0/0",
          "deux",
          "un",
          "deux demis",
          "un tiers",
          "-1",
          "-0,5",
          "1 3/2",
          "1 et 1/1",
          "1 demi",
          "1 et",
          "et demi",
          "1/",
          "/2",
          "1/2/3",
          "½½",
          "1 ½ ½",
          "1,5 et ½",
          "1 et deux",
          "ETP",
          "0,5 setp",
          "1 2",
          "12,",
          "1 trois quarts",
          "trois",
          "quatre quarts",
        })
    void rejects(String text) {
      assertThat(FrenchNumbers.parseEtp(text)).isEmpty();
    }

    @Test
    void resultNeverUsesExponentNotation() {
      assertThat(FrenchNumbers.parseEtp("10").orElseThrow().toString()).isEqualTo("10");
      assertThat(FrenchNumbers.parseEtp("20,00").orElseThrow().toString()).isEqualTo("20");
    }
  }

  @Nested
  class Durations {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1} {2}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            8 semaines        | 8   | SEMAINES
            1 semaine         | 1   | SEMAINES
            8 sem.            | 8   | SEMAINES
            8 sem             | 8   | SEMAINES
            6 mois            | 6   | MOIS
            6 MOIS            | 6   | MOIS
            6mois             | 6   | MOIS
            18 mois           | 18  | MOIS
            1,5 mois          | 1.5 | MOIS
            1.5 mois          | 1.5 | MOIS
            2 ans             | 2   | ANS
            1 an              | 1   | ANS
            3 années          | 3   | ANS
            1 annee           | 1   | ANS
            3 jours           | 3   | JOURS
            1 jour            | 1   | JOURS
            2 ans et 6 mois   | 30  | MOIS
            2 ans 6 mois      | 30  | MOIS
            1 an et 1 mois    | 13  | MOIS
            2 semaines et 3 jours | 17 | JOURS
            1 an et demi      | 1.5 | ANS
            2 mois et demie   | 2.5 | MOIS
            '\u00A06\u202Fmois ' | 6 | MOIS
            0 mois            | 0   | MOIS
            """)
    void parses(String text, String quantity, Unit unit) {
      assertThat(FrenchNumbers.parseDuration(text))
          .contains(new Duration(new BigDecimal(quantity), unit));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(
        strings = {
          "6 M",
          "3 j",
          "6",
          "mois",
          "six mois",
          "-6 mois",
          "6 mois et",
          "6 mois et 2 ans",
          "1 mois et 2 semaines",
          "2 ans et 6",
          "2 ans et 6 mois et 3 jours",
          "6 moiss",
          "6 mois environ",
          "environ 6 mois",
          "6,mois",
          "6 heures",
          "1 an et demi mois",
          "   ",
        })
    void rejects(String text) {
      assertThat(FrenchNumbers.parseDuration(text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1} months")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            6 mois          | 6
            1,5 mois        | 1.5
            2 ans           | 24
            1,5 an          | 18.0
            2 ans et 6 mois | 30
            8 semaines      | 1.85
            52 semaines     | 12.00
            1 semaine       | 0.23
            3 jours         | 0.10
            365 jours       | 11.99
            30 jours        | 0.99
            """)
    void months(String text, String months) {
      assertThat(FrenchNumbers.parseDuration(text).orElseThrow().months())
          .isEqualTo(new BigDecimal(months));
    }

    @Test
    void rejectsInvalidComponents() {
      assertThatThrownBy(() -> new Duration(new BigDecimal("-1"), Unit.MOIS))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Duration(null, Unit.MOIS))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> new Duration(BigDecimal.ONE, null))
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class MonthYear {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            Décembre 2009   | 2009-12
            décembre 2009   | 2009-12
            DÉCEMBRE 2009   | 2009-12
            decembre 2009   | 2009-12
            déc. 2009       | 2009-12
            dec 2009        | 2009-12
            janvier 2010    | 2010-01
            janv. 2011      | 2011-01
            janv.2011       | 2011-01
            jan 2011        | 2011-01
            févr. 2011      | 2011-02
            fevrier 2011    | 2011-02
            Février 2011    | 2011-02
            fév. 2011       | 2011-02
            mars 2010       | 2010-03
            AVRIL 2009      | 2009-04
            avr. 2009       | 2009-04
            mai 2010        | 2010-05
            juin 2010       | 2010-06
            juillet 2010    | 2010-07
            juil. 2010      | 2010-07
            août 2010       | 2010-08
            aout 2010       | 2010-08
            AOÛT 2010       | 2010-08
            septembre 2009  | 2009-09
            sept 2009       | 2009-09
            sept. 2009      | 2009-09
            octobre 2010    | 2010-10
            oct. 2010       | 2010-10
            novembre 2010   | 2010-11
            nov. 2010       | 2010-11
            décembre\u00A02009 | 2009-12
            12/2009         | 2009-12
            12 / 2011       | 2011-12
            12\u00A0/\u00A02011 | 2011-12
            01/2010         | 2010-01
            1/2010          | 2010-01
            12-2009         | 2009-12
            12.2009         | 2009-12
            2009-12         | 2009-12
            2009-1          | 2009-01
            2009/12         | 2009-12
            '  2009-12  '   | 2009-12
            """)
    void parses(String text, String expected) {
      assertThat(FrenchNumbers.parseMonthYear(text)).contains(YearMonth.parse(expected));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(
        strings = {
          "avril-mai 2009",
          "avril - mai 2009",
          "avril 2009-2010",
          "décembre",
          "2009",
          "décembre 09",
          "12/09",
          "13/2009",
          "0/2009",
          "2009-13",
          "2009-00",
          "2009-12-01",
          "31/12/2009",
          "2009.12",
          "décembre2009",
          "decembr 2009",
          "december 2009",
          "le 1er décembre 2009",
          "décembre 2009 et janvier 2010",
          "12 2009",
          "123/2009",
          "0999-12",
          "douze",
          "   ",
        })
    void rejects(String text) {
      assertThat(FrenchNumbers.parseMonthYear(text)).isEmpty();
    }
  }

  @Test
  void neverThrowsOnRandomInput() {
    String alphabet = "0123456789 ,.-–/€½¾àaAeEtTdDmMiIuUxXsSnNoOjJpPrRlLqQ'’<>=≤≥\u00A0\u202F";
    Random random = new Random(42);
    char[] buffer = new char[14];
    for (int round = 0; round < 50_000; round++) {
      int length = random.nextInt(buffer.length + 1);
      for (int k = 0; k < length; k++) {
        buffer[k] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      String input = new String(buffer, 0, length);
      FrenchNumbers.parseMoney(input);
      FrenchNumbers.parseCount(input);
      FrenchNumbers.parseRange(input)
          .ifPresent(r -> assertThat(r.min()).isLessThanOrEqualTo(r.max()));
      FrenchNumbers.parseEtp(input)
          .ifPresent(v -> assertThat(v.signum()).as(input).isGreaterThanOrEqualTo(0));
      FrenchNumbers.parseDuration(input);
      FrenchNumbers.parseMonthYear(input);
    }
  }

  @Test
  void neverThrowsOnOddCharacters() {
    String[] inputs = {
      "\u0000",
      "\uD83D\uDE00",
      "\u202F",
      "½/½",
      "1/\u00BD",
      "--",
      "..",
      ",,",
      "'",
      "’",
      "≤",
      "≥",
      "<=",
      ">=",
      "1 et",
      "et",
      "au",
      "de",
      "entre",
      "jusqu'",
      "a",
      "1,",
      "1.",
      "1/",
      "/",
      "€€"
    };
    for (String input : inputs) {
      assertThat(FrenchNumbers.parseMoney(input)).isInstanceOf(Optional.class);
      assertThat(FrenchNumbers.parseCount(input)).isInstanceOf(Optional.class);
      assertThat(FrenchNumbers.parseRange(input)).isInstanceOf(Optional.class);
      assertThat(FrenchNumbers.parseEtp(input)).isInstanceOf(Optional.class);
      assertThat(FrenchNumbers.parseDuration(input)).isInstanceOf(Optional.class);
      assertThat(FrenchNumbers.parseMonthYear(input)).isInstanceOf(Optional.class);
    }
  }
}
