package fr.fejdoc.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.fejdoc.report.SarifSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The CI recipes: the GitHub Action (action.yml), the GitLab template
 * (ci/gitlab/fejdoc.gitlab-ci.yml) and the pre-commit hook (.pre-commit-hooks.yaml) are read, and
 * their one step, ci/fejdoc-check.sh, is run here with the environment each of them gives it, on a
 * project in error: exit 1, the annotations or the console report, and the SARIF and code-quality
 * reports written and valid. The launcher is given by FEJDOC: a script running this build's classes
 * (the release archives' bin/fejdoc and the repository's ./fejdoc are run the same way).
 */
class CiRecipesTest {
  private static final Path REPO = Path.of("").toAbsolutePath();
  private static final Path SCRIPT = REPO.resolve("ci/fejdoc-check.sh");
  private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

  @TempDir Path work;

  record Result(int code, String out, String err) {}

  // ---- the recipes, as read ---------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(String file) throws IOException {
    Object o =
        new Load(LoadSettings.builder().build())
            .loadFromString(Files.readString(REPO.resolve(file)));
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static <T> T at(Object node, String... path) {
    Object o = node;
    for (String p : path) {
      if (o instanceof List<?> l) o = l.get(Integer.parseInt(p));
      else o = ((Map<String, Object>) o).get(p);
      assertThat(o).as(String.join(".", path)).isNotNull();
    }
    return (T) o;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> step(Map<String, Object> action, String name) {
    for (Object s : (List<Object>) at(action, "runs", "steps"))
      if (name.equals(((Map<String, Object>) s).get("name"))) return (Map<String, Object>) s;
    throw new AssertionError("no step " + name);
  }

  /** The environment a step gives the script, ${{ inputs.x }} replaced by {@code inputs}. */
  private static Map<String, String> env(Map<String, Object> vars, Map<String, String> inputs) {
    Map<String, String> env = new LinkedHashMap<>();
    Pattern input = Pattern.compile("\\$\\{\\{\\s*inputs\\.([a-z-]+)\\s*}}");
    for (Map.Entry<String, Object> e : vars.entrySet()) {
      String v = String.valueOf(e.getValue());
      Matcher m = input.matcher(v);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        assertThat(inputs).as("input %s", m.group(1)).containsKey(m.group(1));
        m.appendReplacement(b, Matcher.quoteReplacement(inputs.get(m.group(1))));
      }
      m.appendTail(b);
      env.put(e.getKey(), b.toString().replaceAll("\\$\\{\\{.*}}", "")); // other expressions: off
    }
    return env;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> defaults(Map<String, Object> action) {
    Map<String, String> d = new HashMap<>();
    for (var e : ((Map<String, Object>) action.get("inputs")).entrySet())
      d.put(e.getKey(), String.valueOf(((Map<String, Object>) e.getValue()).get("default")));
    return d;
  }

  @Test
  void theActionRunsTheScriptWithItsInputs() throws IOException {
    Map<String, Object> action = yaml("action.yml");
    assertThat(at(action, "runs", "using").toString()).isEqualTo("composite");
    assertThat(((Map<String, Object>) at(action, "inputs")).keySet())
        .contains("projects", "lang", "version", "archive-url", "sarif-file");
    Map<String, Object> java = step(action, "Java 21");
    assertThat(java.get("uses").toString()).startsWith("actions/setup-java@");
    assertThat(at(java, "with", "java-version").toString()).isEqualTo("21");
    Map<String, Object> cache = step(action, "Cache of the fejdoc archive");
    assertThat(cache.get("uses").toString()).startsWith("actions/cache@");
    assertThat(at(cache, "with", "path").toString()).endsWith("fejdoc-${{ inputs.version }}.zip");
    Map<String, Object> check = step(action, "fejdoc check");
    assertThat(check.get("run").toString())
        .isEqualTo("bash \"$GITHUB_ACTION_PATH/ci/fejdoc-check.sh\"");
    Map<String, Object> vars = at(check, "env");
    assertThat(vars)
        .containsEntry("FEJDOC_PROJECTS", "${{ inputs.projects }}")
        .containsEntry("FEJDOC_LANG", "${{ inputs.lang }}")
        .containsEntry("FEJDOC_SARIF", "${{ inputs.sarif-file }}")
        .containsEntry("FEJDOC_REPORTS", "github sarif");
    assertThat(vars.get("FEJDOC_ARCHIVE").toString()).contains("fejdoc-{1}.zip");
    Map<String, Object> upload = step(action, "Upload SARIF");
    assertThat(upload.get("uses").toString()).startsWith("github/codeql-action/upload-sarif@");
    assertThat(upload.get("if").toString()).contains("always()");
    assertThat(at(upload, "with", "sarif_file").toString()).isEqualTo("${{ inputs.sarif-file }}");
    everyVariableIsTheScripts(vars.keySet());
  }

  @Test
  @Timeout(300)
  void theActionsStepOnAProjectInError() throws Exception {
    Map<String, Object> action = yaml("action.yml");
    Map<String, String> inputs = defaults(action);
    inputs.put("sarif-file", "reports/fejdoc.sarif");
    Map<String, String> env = env(at(step(action, "fejdoc check"), "env"), inputs);
    env.put("FEJDOC", launcher().toString());
    projectInError();
    Files.createDirectories(work.resolve("reports"));
    Result r = script(env);
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out())
        .containsPattern(
            "(?m)^::error file=projects/AP1_027/experiment\\.yaml,line=134,col=5,title=fejdoc"
                + " FEJ106::Tableau 1 : la somme par sexe \\(105\\)")
        .containsPattern(
            "(?m)^::error file=projects/AP1_027/restitution-finale\\.md,line=\\d+,col=1,")
        .contains("erreurs");
    String sarif = Files.readString(work.resolve("reports/fejdoc.sarif"));
    assertThat(SarifSchema.errors(sarif)).isEmpty();
    JsonNode results = SarifSchema.parse(sarif).get("runs").get(0).get("results");
    List<String> errors = new ArrayList<>();
    results.forEach(
        x -> {
          if (x.get("level").asText().equals("error")) errors.add(x.get("ruleId").asText());
        });
    assertThat(errors).contains("FEJ106", "FEJ041");
    JsonNode loc = results.findParent("physicalLocation").get("physicalLocation");
    assertThat(loc.get("artifactLocation").get("uri").asText()).startsWith("projects/AP1_027/");
    assertThat(work.resolve("gl-code-quality-report.json")).doesNotExist(); // not asked for
  }

  @Test
  void theGitlabTemplateRunsTheScriptWithItsVariables() throws IOException {
    Map<String, Object> ci = yaml("ci/gitlab/fejdoc.gitlab-ci.yml");
    Map<String, Object> job = at(ci, "fejdoc-check");
    assertThat(at(job, "image").toString()).contains("21");
    List<Object> script = at(job, "script");
    assertThat(script).containsExactly("bash \"$FEJDOC_SCRIPT\"");
    Map<String, Object> vars = at(job, "variables");
    assertThat(vars).containsEntry("FEJDOC_SCRIPT", "ci/fejdoc-check.sh");
    assertThat(REPO.resolve(vars.get("FEJDOC_SCRIPT").toString())).isRegularFile();
    assertThat(vars.get("FEJDOC_REPORTS").toString()).contains("codequality");
    assertThat(at(job, "artifacts", "reports", "codequality").toString())
        .isEqualTo(vars.get("FEJDOC_CODEQUALITY"));
    assertThat(at(job, "artifacts", "when").toString()).isEqualTo("always");
    everyVariableIsTheScripts(vars.keySet());
  }

  @Test
  @Timeout(300)
  void theGitlabJobOnAProjectInErrorFromAReleaseArchive() throws Exception {
    Map<String, Object> job = at(yaml("ci/gitlab/fejdoc.gitlab-ci.yml"), "fejdoc-check");
    Map<String, String> env = env(at(job, "variables"), Map.of());
    env.remove("FEJDOC_SCRIPT");
    // as the template's before_script leaves it: the archive of a version, unpacked by the script
    Path archive = work.resolve(".fejdoc-cache/fejdoc-9.9.9.zip");
    zip(archive, "fejdoc-9.9.9/bin/fejdoc", Files.readString(launcher()));
    env.put("FEJDOC_ARCHIVE", archive.toString());
    env.put("FEJDOC_HOME", work.resolve("home").toString());
    projectInError();
    Result r = script(env);
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).contains("projects/AP1_027/experiment.yaml").contains("FEJ106");
    assertThat(work.resolve("home/fejdoc-9.9.9/bin/fejdoc")).isRegularFile();
    JsonNode issues =
        SarifSchema.parse(Files.readString(work.resolve(env.get("FEJDOC_CODEQUALITY"))));
    List<String> majors = new ArrayList<>();
    issues.forEach(
        i -> {
          if (i.get("severity").asText().equals("major")) majors.add(i.get("check_name").asText());
          assertThat(i.get("location").get("path").asText()).startsWith("projects/AP1_027/");
          assertThat(i.get("location").get("lines").get("begin").asInt()).isPositive();
        });
    assertThat(majors).contains("FEJ106", "FEJ041");
    assertThat(work.resolve("fejdoc.sarif")).doesNotExist();
  }

  @Test
  @Timeout(300)
  void thePreCommitHookChecksTheProjectsOfTheStagedFiles() throws Exception {
    List<Object> hooks =
        new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(REPO.resolve(".pre-commit-hooks.yaml")))
                instanceof List<?> l
            ? new ArrayList<>(l)
            : List.of();
    assertThat(hooks).hasSize(1);
    Map<String, Object> hook = at(hooks, "0");
    assertThat(hook).containsEntry("id", "fejdoc-check").containsEntry("language", "script");
    assertThat(REPO.resolve(hook.get("entry").toString())).isEqualTo(SCRIPT).isExecutable();
    Pattern files = Pattern.compile(hook.get("files").toString());
    assertThat(files.matcher("projects/AP1_027/experiment.yaml").find()).isTrue();
    assertThat(files.matcher("projects/AP1_027/restitution-finale.md").find()).isTrue();
    assertThat(files.matcher("experiment.yaml").find()).isTrue();
    assertThat(files.matcher("projects/AP1_027/images/logo.png").find()).isFalse();
    assertThat(files.matcher("projects/AP1_027/experiment.yaml.bak").find()).isFalse();

    projectInError();
    Map<String, String> env = new HashMap<>(Map.of("FEJDOC", launcher().toString()));
    Result none = script(env, "README.md", "notes/x.md");
    assertThat(none.code()).isZero();
    assertThat(none.out()).isEmpty();
    Result r =
        script(
            env,
            "README.md",
            "projects/AP1_027/experiment.yaml",
            "projects/AP1_027/restitution-finale.md");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).contains("FEJ106").contains("1 projet vérifié");
  }

  @Test
  void theScriptRefusesWhatItCannotRun() throws Exception {
    Result r = script(Map.of("FEJDOC", work.resolve("absent").toString()));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("launcher not found");
    Result z = script(Map.of("FEJDOC_ARCHIVE", work.resolve("absent.zip").toString()));
    assertThat(z.code()).isEqualTo(2);
    assertThat(z.err()).contains("archive not found");
  }

  /** Every FEJDOC_* variable a recipe sets is one the script reads (documented in its head). */
  private static void everyVariableIsTheScripts(java.util.Set<String> vars) throws IOException {
    String script = Files.readString(SCRIPT);
    for (String v : vars) {
      if (!v.startsWith("FEJDOC_")
          || v.equals("FEJDOC_SCRIPT")
          || v.equals("FEJDOC_VERSION")
          || v.equals("FEJDOC_ARCHIVE_URL")) continue;
      assertThat(script).as(v).containsPattern("(?m)^#.*\\b" + v + "\\b").contains("${" + v);
    }
  }

  // ---- running the script -----------------------------------------------------------------------

  /**
   * AP1_027 in {@code work/projects}, with a realised error (FEJ106) and an unknown part (FEJ041).
   */
  private void projectInError() throws IOException {
    Path dir = work.resolve("projects/AP1_027");
    Files.createDirectories(dir);
    try (var files = Files.list(REPO.resolve("projects/AP1_027"))) {
      for (Path f : files.toList())
        if (Files.isRegularFile(f)) Files.copy(f, dir.resolve(f.getFileName().toString()));
    }
    Path yaml = dir.resolve("experiment.yaml");
    String text = Files.readString(yaml);
    assertThat(text).contains("filles: {entre: 42}");
    Files.writeString(yaml, text.replace("filles: {entre: 42}", "filles: {entre: 43}"));
    Path note = dir.resolve("restitution-finale.md");
    Files.writeString(note, Files.readString(note) + "\n# Une partie inconnue\n\nTexte.\n");
  }

  /** A launcher like bin/fejdoc: runs this build's classes. */
  private Path launcher() throws IOException {
    Path l = work.resolve("bin/fejdoc");
    if (Files.exists(l)) return l;
    Files.createDirectories(l.getParent());
    Files.writeString(
        l,
        "#!/bin/sh\nexec "
            + quote(JAVA)
            + " -cp "
            + quote(System.getProperty("java.class.path"))
            + " fr.fejdoc.cli.Main \"$@\"\n");
    Files.setPosixFilePermissions(l, PosixFilePermissions.fromString("rwxr-xr-x"));
    return l;
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private static void zip(Path zip, String name, String text) throws IOException {
    Files.createDirectories(zip.getParent());
    try (OutputStream o = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(o)) {
      z.putNextEntry(new ZipEntry(name));
      z.write(text.getBytes(UTF_8));
      z.closeEntry();
    }
  }

  private Result script(Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("FEJDOC"));
    pb.environment().put("TMPDIR", work.toString());
    pb.environment().putAll(env);
    Path out = work.resolve(".out"), err = work.resolve(".err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }
}
