package fr.fejdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.load.yaml.YamlReader;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The registry against the reader: a file holding every described key with its documented example
 * is read by the real loaders without a single finding about keys, types or values, and validates
 * against the generated schema. A key described but not read (or read but described with a wrong
 * type or example) fails here.
 */
class KeyExamplesTest {
  private static final Set<Code> KEY_CODES =
      Set.of(
          Code.UNKNOWN_KEY,
          Code.UNKNOWN_KEY_NO_SUGGESTION,
          Code.WRONG_TYPE,
          Code.NEGATIVE,
          Code.MISSING_FIELD,
          Code.INVALID_DATE,
          Code.INVALID_CHOICE);

  /** Every key of a block with its example, as YAML. */
  static String yaml(KeySpec block) {
    StringBuilder out = new StringBuilder();
    mapping(out, block, "");
    return out.toString();
  }

  private static void mapping(StringBuilder out, KeySpec block, String indent) {
    for (KeySpec k : block.children()) {
      if (block.kind() == KeySpec.Kind.PERIODS && !k.name().equals("phases")) continue;
      out.append(indent).append(KeyReference.quoted(k.name())).append(':');
      switch (k.kind()) {
        case BLOCK, COUNT_ROW, PERIODS -> {
          out.append('\n');
          mapping(out, k, indent + "  ");
        }
        case BLOCK_LIST -> {
          out.append('\n').append(indent).append("  -\n");
          mapping(out, k, indent + "    ");
        }
        default -> out.append(' ').append(scalar(k.example())).append('\n');
      }
    }
  }

  private static String scalar(String example) {
    if (example.startsWith("[") || example.startsWith("{") || example.startsWith("\"")) {
      return example;
    }
    if (example.contains(": ")
        || example.contains(" #")
        || "*&!|>%@'`-?".indexOf(example.charAt(0)) >= 0) {
      return "\"" + example.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    return example;
  }

  private static List<Finding> keyFindings(List<Finding> all) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : all) if (KEY_CODES.contains(f.code())) out.add(f);
    return out;
  }

  @Test
  void everyExperimentKeyWithItsExampleIsRead() {
    String yaml = yaml(Keys.experimentSpec());
    assertThat(yaml).contains("\"16_18\":", "financeur: fej", "phases: [Phase 1, Phase 2]");
    YamlReader.Result r = YamlReader.read(yaml, "experiment.yaml", 1);
    assertThat(r.findings()).as(yaml).isEmpty();
    List<Finding> findings = new ArrayList<>();
    assertThat(ExperimentLoader.load(r.root(), new Reader("experiment.yaml", findings)))
        .isNotNull();
    assertThat(keyFindings(findings)).as(yaml).isEmpty();
    assertThat(
            KeySchemaTest.validator(KeySchema.EXPERIMENT_FILE).validate(KeySchemaTest.json(yaml)))
        .isEmpty();
  }

  @Test
  void everyFrontMatterKeyWithItsExampleIsRead() {
    for (String kind : KeyReference.DOCUMENTS) {
      String yaml = yaml(Keys.documentSpec(kind));
      List<Finding> findings = new ArrayList<>();
      String text = "---\n" + yaml + "---\n\n# Introduction\n\nTexte.\n";
      assertThat(DocumentLoader.load(text, Path.of("document.md"), "document.md", findings))
          .as(kind)
          .isNotNull();
      assertThat(keyFindings(findings)).as(yaml).isEmpty();
      assertThat(
              KeySchemaTest.validator(KeySchema.documentFile(kind))
                  .validate(KeySchemaTest.json(yaml)))
          .as(kind)
          .isEmpty();
    }
  }

  @Test
  void aKeyTheRegistryDoesNotDescribeIsRefusedByTheReader() {
    String yaml = yaml(Keys.experimentSpec()) + "cle_inconnue: 1\n";
    List<Finding> findings = new ArrayList<>();
    ExperimentLoader.load(
        YamlReader.read(yaml, "experiment.yaml", 1).root(),
        new Reader("experiment.yaml", findings));
    assertThat(keyFindings(findings))
        .extracting(Finding::code)
        .contains(Code.UNKNOWN_KEY_NO_SUGGESTION);
  }
}
