package fr.fejdoc.document.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reader's shortcuts give what the regular expressions they stand for give: the markup's
 * whitespace collapse, and the look for an ordinal before its expression.
 */
class ReaderShortcutsTest {
  private static final Pattern BLANKS = Pattern.compile("[ \\t\\r\\n]+");
  private static final Pattern ORDINAL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(\\d{1,4}|[IVX]{2,6})(ers?|res?|ères?|es?|èmes?|nds?|ndes?)(?![\\p{L}\\p{N}])");

  /** Random texts over the characters that matter to both, with some long runs. */
  private static String randomText(Random r) {
    String alphabet = " \t\r\n\n  abeènrdsIVXx019«»;:!?'/@=é";
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(40);
    for (int i = 0; i < n; i++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    return b.toString();
  }

  @Test
  void collapseIsTheRegularExpressionsReplacement() {
    for (String s :
        new String[] {
          "", " ", "  ", "\n", "a", " a ", "a  b", "a\tb", "\n    <x>\n  ", "é \r\n é"
        }) {
      assertThat(MarkupReader.collapse(s)).isEqualTo(BLANKS.matcher(s).replaceAll(" "));
    }
    Random r = new Random(14);
    for (int i = 0; i < 20_000; i++) {
      String s = randomText(r);
      assertThat(MarkupReader.collapse(s)).as("%s", s).isEqualTo(BLANKS.matcher(s).replaceAll(" "));
    }
  }

  @Test
  void aPlainLineReadsAsFlexmarkReadsIt() {
    String[] samples = {
      "Information des familles",
      "Le public réellement accueilli est plus âgé que prévu : la plupart avaient 18 ans.",
      "L'expérimentation couvre les départements suivants : Moselle (Lorraine).",
      "Écart sur le compte 64 : le 1er recrutement est intervenu plus tard que prévu.",
      "Co-animation des ateliers collectifs - 2e volet ; « suivi » ? oui !",
      "Voir https://www.exemple.fr/page?a=1 ou contact@exemple.fr",
      "Taux de 45 % et 1 200 € au XXIe siècle",
      "a  b   c",
    };
    for (String s : samples) {
      assertThat(MarkdownReader.plainLine(s) || s.contains("!")).as(s).isTrue();
      assertThat(MarkdownReader.blocks(s)).as(s).isEqualTo(MarkdownReader.parsed(s));
    }
    Random r = new Random(3);
    String alphabet =
        "aAzÉéèàçœ0123456789     \u00A0\u202F.,;:?'\"()-=/%€«»@{}$\\`*_[]!<>&^+~|#\t\n";
    int plain = 0;
    for (int i = 0; i < 6_000; i++) {
      StringBuilder b = new StringBuilder();
      b.append(i % 3 == 0 ? "" : "Texte ");
      int n = r.nextInt(30);
      for (int j = 0; j < n; j++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      String s = b.toString();
      if (MarkdownReader.plainLine(s)) plain++;
      assertThat(MarkdownReader.blocks(s)).as("%s", s).isEqualTo(MarkdownReader.parsed(s));
    }
    assertThat(plain).isGreaterThan(300);
  }

  @Test
  void aTextWithoutChangeIsReturnedAsItIs() {
    String s = "déjà sans blanc double";
    assertThat(MarkupReader.collapse(s)).isSameAs(s);
  }

  @Test
  void everyOrdinalIsSeenByTheLookBeforeTheExpression() {
    for (String s :
        new String[] {"1er", "XXIe", "2ème", "6e", "2nde", "IIe", "Ce", "1 er", "Ier"}) {
      if (ORDINAL.matcher(s).find()) assertThat(Typography.mayHoldOrdinal(s)).as(s).isTrue();
    }
    assertThat(Typography.mayHoldOrdinal("1er")).isTrue();
    assertThat(Typography.mayHoldOrdinal("sans rang")).isFalse();
    Random r = new Random(21);
    int found = 0;
    for (int i = 0; i < 50_000; i++) {
      String s = randomText(r);
      if (ORDINAL.matcher(s).find()) {
        found++;
        assertThat(Typography.mayHoldOrdinal(s)).as("%s", s).isTrue();
      }
    }
    assertThat(found).isGreaterThan(100);
  }
}
