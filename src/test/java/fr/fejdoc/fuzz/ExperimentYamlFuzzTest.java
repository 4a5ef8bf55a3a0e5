package fr.fejdoc.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.fejdoc.load.ExperimentLoader;
import fr.fejdoc.load.Reader;
import fr.fejdoc.load.yaml.YNode;
import fr.fejdoc.load.yaml.YamlReader;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes experiment.yaml in memory, as {@link fr.fejdoc.load.ProjectLoader} reads it: the YAML
 * reader, then the experiment's loader. Nothing may be thrown; every finding is located inside the
 * file. Seeds: every experiment.yaml of the examples and of the bad-input corpus.
 */
class ExperimentYamlFuzzTest {
  static final String FILE = "projects/AP1_999/experiment.yaml";

  @MethodSource("fr.fejdoc.fuzz.Seeds#experiments")
  @DictionaryFile(resourcePath = "/fr/fejdoc/fuzz/yaml.dict")
  @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void experimentYaml(byte[] data) {
    String text = FuzzChecks.text(data);
    List<Finding> findings = new ArrayList<>();
    // as ProjectLoader.load does
    YamlReader.Result yaml = YamlReader.read(text, FILE, 0);
    findings.addAll(yaml.findings());
    boolean absent = absent(yaml.root());
    if (absent && yaml.findings().isEmpty())
      findings.add(Finding.of(Code.MISSING_FIELD, new Loc(FILE, 1, 1), "dossier"));
    if (!absent) ExperimentLoader.load(yaml.root(), new Reader(FILE, findings));
    FuzzChecks.check(findings, Map.of(FILE, FuzzChecks.lines(text)));
  }

  /** As Reader.absent: missing, or written as null / empty. */
  private static boolean absent(YNode n) {
    return n == null || (n instanceof YNode.Scalar s && s.isNull());
  }
}
