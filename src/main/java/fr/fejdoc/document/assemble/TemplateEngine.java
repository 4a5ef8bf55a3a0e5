package fr.fejdoc.document.assemble;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FreeMarker, locked down: templates render fejdoc markup (XML auto-escaping of every value, {@code
 * .ftlx}), see only strings, numbers, booleans, lists and maps ({@link SimpleObjectWrapper}),
 * cannot instantiate classes ({@code ?new} resolves nothing) nor reach the API ({@code ?api} off).
 * A project's {@code templates/} folder overrides the default template of the same name, as in
 * Hugo.
 */
public final class TemplateEngine {
  private static final Configuration DEFAULT = configure(null);
  private static final Map<Path, Configuration> OVERRIDES = new ConcurrentHashMap<>();

  private TemplateEngine() {}

  /** The configuration for a project (its own templates first, then the defaults). */
  static Configuration forProject(Path projectDir) {
    Path own = projectDir == null ? null : projectDir.resolve("templates");
    if (own == null || !Files.isDirectory(own)) return DEFAULT;
    return OVERRIDES.computeIfAbsent(own.toAbsolutePath().normalize(), TemplateEngine::configure);
  }

  /** Renders {@code name} with {@code data} into markup. */
  static String render(Path projectDir, String name, Map<String, Object> data)
      throws TemplateFailure {
    try {
      Template t = forProject(projectDir).getTemplate(name);
      StringWriter out = new StringWriter(16_384);
      t.process(data, out);
      return out.toString();
    } catch (TemplateException e) {
      throw new TemplateFailure(
          name,
          e.getTemplateSourceName(),
          e.getLineNumber() == null ? 0 : e.getLineNumber(),
          e.getMessageWithoutStackTop());
    } catch (IOException e) {
      throw new TemplateFailure(
          name, name, 0, "modèle illisible ou introuvable (" + e.getMessage() + ")");
    }
  }

  private static Configuration configure(Path overrideDir) {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    try {
      TemplateLoader defaults = new ClassTemplateLoader(TemplateEngine.class, "/templates");
      c.setTemplateLoader(
          overrideDir == null
              ? defaults
              : new MultiTemplateLoader(
                  new TemplateLoader[] {new FileTemplateLoader(overrideDir.toFile()), defaults}));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    c.setRecognizeStandardFileExtensions(true);
    c.setOutputFormat(XMLOutputFormat.INSTANCE);
    c.setDefaultEncoding("UTF-8");
    c.setLocale(Locale.FRANCE);
    c.setTimeZone(TimeZone.getTimeZone("UTC"));
    c.setNumberFormat("computer");
    c.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setAPIBuiltinEnabled(false);
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    return c;
  }

  /** A template failed: which one, where, and FreeMarker's explanation. */
  public static final class TemplateFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;

    TemplateFailure(String template, String source, int line, String message) {
      super(message);
      this.source = source == null ? template : source;
      this.line = line;
    }

    public String source() {
      return source;
    }

    public int line() {
      return line;
    }
  }
}
