package fr.fejdoc.report;

import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import fr.fejdoc.text.Sha256;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fingerprints of findings, shared by the SARIF and code-quality reports: a SHA-256 of the
 * finding's code, its file and its arguments (the figures and names its message cites, in both
 * languages), never its line or column, so that an edit elsewhere in the file does not make a known
 * finding look new. Findings alike in all of that (the same key written twice in a file) are told
 * apart by their rank among them: {@code …:1}, {@code …:2}.
 */
final class FindingKey {
  private FindingKey() {}

  /** The fingerprint of each finding of {@code findings}, in the same order. */
  static List<String> of(List<Finding> findings) {
    Map<String, Integer> seen = new HashMap<>();
    return findings.stream()
        .map(
            f -> {
              String hash = hash(f);
              return hash + ":" + seen.merge(hash, 1, Integer::sum);
            })
        .toList();
  }

  static String hash(Finding f) {
    StringBuilder b = new StringBuilder(128);
    b.append(f.code().id()).append('\u0000').append(f.loc().file());
    for (Object a : f.args()) b.append('\u0000').append(text(a));
    return Sha256.hex(b.toString());
  }

  private static String text(Object a) {
    if (a instanceof Localized l) return l.fr() + '\u0001' + l.en();
    if (a instanceof BigDecimal d) return d.stripTrailingZeros().toPlainString();
    return String.valueOf(a);
  }
}
