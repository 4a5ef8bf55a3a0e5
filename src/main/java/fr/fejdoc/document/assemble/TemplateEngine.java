package fr.fejdoc.document.assemble;

import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.Loc;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.FindingException;
import fr.fejdoc.model.finding.Localized;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FreeMarker, locked down for templates written by anyone: a project's {@code templates/} folder
 * overrides the default template of the same name (as in Hugo), and whatever such a template does,
 * its document gets a located French finding, never an exception, within a bounded time and memory.
 *
 * <ul>
 *   <li>Data: templates render fejdoc markup (XML auto-escaping of every value, {@code .ftlx}) and
 *       see only strings, numbers, booleans, lists and maps ({@link SimpleObjectWrapper}); {@code
 *       ?new} resolves nothing, {@code ?api} is off, and {@link TemplateRules} refuses them with
 *       {@code ?interpret}, {@code ?eval} and ranges outside a {@code <#list>}.
 *   <li>Files: a project's templates are read by {@link ProjectFiles} (inside the project folder
 *       only, size capped, UTF-8); {@code <#include>} and {@code <#import>} reach nothing but the
 *       project's {@code templates/} folder and the default templates.
 *   <li>Budget: {@link TemplateGuard} runs each template on its own thread within a time, output,
 *       memory and nesting budget.
 *   <li>Failures: {@link TemplateErrors} turns FreeMarker's into French findings at the template's
 *       file, line and column, as the holder sees them ({@code
 *       projects/X/templates/introduction.ftlx:3:5}; a default template as {@code
 *       templates/restitution-finale.ftlx}).
 * </ul>
 */
public final class TemplateEngine {
  private static final Map<String, Setup> OVERRIDES = new ConcurrentHashMap<>();
  private static final Setup DEFAULT = new Setup(null);
  private static final ThreadLocal<TemplateGuard.Limits> LIMITS =
      ThreadLocal.withInitial(() -> TemplateGuard.Limits.DEFAULT);

  private TemplateEngine() {}

  /**
   * Renders {@code name} with {@code data} into markup, with the templates of {@code projectDir}
   * (displayed as {@code projectDisplay}) first, then the defaults.
   *
   * @throws FindingException with {@link Code#TEMPLATE_FAILURE} (the template is wrong), {@link
   *     Code#TEMPLATE_BUDGET} (it ran out of time, output, memory or nesting), {@link
   *     Code#LINK_OUTSIDE}, {@link Code#YAML_TOO_LARGE}, {@link Code#ENCODING} or {@link
   *     Code#FILE_UNREADABLE} (one of the project's templates cannot be read)
   * @throws Deadline.Exceeded when the project's time budget is spent
   */
  static String render(
      Path projectDir, String projectDisplay, String name, Map<String, Object> data) {
    Deadline.check();
    Setup setup = forProject(projectDir, projectDisplay);
    TemplateGuard.Limits limits = LIMITS.get();
    try {
      return TemplateGuard.run(
          limits,
          Deadline.remainingNanos(),
          () -> {
            Template t = setup.config.getTemplate(name);
            t.process(data, TemplateGuard.out());
            return TemplateGuard.written();
          });
    } catch (TemplateGuard.Stopped s) {
      if (s.reason == TemplateGuard.Reason.TIME && Deadline.remainingNanos() == 0) {
        Deadline.check(); // the project's own budget is spent: that is what stopped it
      }
      throw new FindingException(budget(setup, name, s));
    } catch (Refusal r) {
      throw new FindingException(r.finding);
    } catch (FindingException | Deadline.Exceeded e) {
      throw e;
    } catch (Exception e) {
      TemplateErrors.Failure f = TemplateErrors.of(e);
      if (f == null) f = notFound(e, name);
      throw new FindingException(failure(setup, name, f));
    }
  }

  /** Runs {@code work} with {@code limits} instead of the default budget (tests). */
  static <T> T withLimits(TemplateGuard.Limits limits, java.util.function.Supplier<T> work) {
    TemplateGuard.Limits before = LIMITS.get();
    LIMITS.set(limits);
    try {
      return work.get();
    } finally {
      LIMITS.set(before);
    }
  }

  private static Setup forProject(Path projectDir, String projectDisplay) {
    ProjectFiles files = ProjectFiles.of(projectDir, projectDisplay);
    if (files == null) return DEFAULT;
    // the folder's listing is part of the key: a template changed, added or removed since is read
    // again (tests, long-lived processes)
    String key =
        projectDir.toAbsolutePath().normalize()
            + "\u0000"
            + projectDisplay
            + "\u0000"
            + files.fingerprint();
    if (OVERRIDES.size() > 256) OVERRIDES.clear();
    return OVERRIDES.computeIfAbsent(key, k -> new Setup(files));
  }

  /** How template {@code name} of {@code projectDir} (or the default of that name) is displayed. */
  static String where(Path projectDir, String projectDisplay, String name) {
    return display(forProject(projectDir, projectDisplay), name);
  }

  /** Where a template is, as displayed: the project's file, or the default template's path. */
  static String display(Setup setup, String template) {
    if (template == null) return "templates";
    if (setup.files != null && setup.own.contains(template)) return setup.files.display(template);
    return "templates/" + template;
  }

  private static Finding failure(Setup setup, String name, TemplateErrors.Failure f) {
    String template = f.template() == null ? name : f.template();
    int line = f.line();
    int column = f.column();
    Localized what = f.what();
    if (setup.files != null && !setup.own.contains(template)) {
      // failing in a default template (a macro of macros.ftlx, say): the project's own template
      // that called it is where the holder can fix it
      for (TemplateErrors.Frame frame : f.stack()) {
        if (setup.own.contains(frame.template())) {
          what =
              new Localized(
                  "dans le modèle fourni " + template + ", appelé ici : " + what.fr(),
                  "in the default template " + template + ", called here: " + what.en());
          template = frame.template();
          line = frame.line();
          column = frame.column();
          break;
        }
      }
    }
    Loc loc = new Loc(display(setup, template), line, line > 0 ? column : 0);
    return Finding.of(Code.TEMPLATE_FAILURE, loc, template, what);
  }

  private static TemplateErrors.Failure notFound(Exception e, String name) {
    if (e instanceof freemarker.template.TemplateNotFoundException n) {
      String missing = n.getTemplateName() == null ? name : n.getTemplateName();
      return new TemplateErrors.Failure(
          null,
          0,
          0,
          new Localized(
              "le modèle « " + missing + " » est introuvable.",
              "template \"" + missing + "\" not found."));
    }
    String extract = TemplateErrors.extract(e.getMessage());
    return new TemplateErrors.Failure(
        null,
        0,
        0,
        new Localized(
            "le modèle ne peut être lu" + (extract.isEmpty() ? "" : " (« " + extract + " »)") + ".",
            "the template cannot be read"
                + (extract.isEmpty() ? "" : " (\"" + extract + "\")")
                + "."));
  }

  private static Finding budget(Setup setup, String name, TemplateGuard.Stopped s) {
    TemplateGuard.Where w = s.where;
    String template = w.template() == null ? name : w.template();
    Loc loc =
        w.template() == null
            ? Loc.of(display(setup, template))
            : new Loc(display(setup, template), w.line(), w.column());
    TemplateGuard.Limits l = s.limits;
    Localized what =
        switch (s.reason) {
          case TIME -> {
            long seconds = Math.max(1, (l.time().toMillis() + 999) / 1000);
            yield new Localized(
                "il tourne depuis plus de "
                    + seconds
                    + " s sans finir (une boucle sans fin ?) : il a été arrêté.",
                "it ran for more than "
                    + seconds
                    + " s without finishing (an endless loop?): it was stopped.");
          }
          case OUTPUT ->
              new Localized(
                  "il produit plus de "
                      + millions(l.outputChars())
                      + " millions de caractères (un document réel en compte cent fois moins) : il a"
                      + " été arrêté.",
                  "it writes more than "
                      + millions(l.outputChars())
                      + " million characters (a real document has a hundred times fewer): it was"
                      + " stopped.");
          case MEMORY ->
              new Localized(
                  "il demande trop de mémoire ou de calcul (plus de "
                      + l.allocatedBytes() / (1024 * 1024)
                      + " Mo alloués : une boucle sans fin, des textes ou des listes qui grossissent"
                      + " sans fin ?) : il a été arrêté.",
                  "it needs too much memory or work (more than "
                      + l.allocatedBytes() / (1024 * 1024)
                      + " MB allocated: an endless loop, texts or lists growing without end?): it"
                      + " was stopped.");
          case DEPTH ->
              new Localized(
                  "des macros, fonctions ou inclusions s'imbriquent sur plus de "
                      + l.depth()
                      + " niveaux (une macro qui s'appelle elle-même sans fin ?) : il a été"
                      + " arrêté.",
                  "macros, functions or includes nest more than "
                      + l.depth()
                      + " levels deep (a macro calling itself without end?): it was stopped.");
          case STACK ->
              new Localized(
                  "il s'imbrique trop profondément (pile d'appels épuisée : une macro, une"
                      + " inclusion ou une expression qui se reprend elle-même sans fin ?) : il a"
                      + " été arrêté.",
                  "it nests too deeply (call stack exhausted: a macro, include or expression"
                      + " repeating itself without end?): it was stopped.");
        };
    return Finding.of(Code.TEMPLATE_BUDGET, loc, template, what);
  }

  private static String millions(long n) {
    return n % 1_000_000 == 0
        ? Long.toString(n / 1_000_000)
        : String.format(Locale.ROOT, "%.1f", n / 1e6);
  }

  /**
   * A refusal raised while FreeMarker loads a template (a project file that may not be read, a
   * forbidden construct): an {@link Error} so that FreeMarker neither wraps nor caches it.
   */
  static final class Refusal extends Error {
    private static final long serialVersionUID = 1L;
    final transient Finding finding;

    Refusal(Finding finding) {
      super(finding.code().id(), null, false, false);
      this.finding = finding;
    }
  }

  /** One FreeMarker configuration (the defaults, or a project's templates before them). */
  static final class Setup {
    final ProjectFiles files;

    /** Names of the templates found in the project's folder (the others are defaults). */
    final Set<String> own = ConcurrentHashMap.newKeySet();

    final Configuration config;

    Setup(ProjectFiles files) {
      this.files = files;
      this.config = configure(this);
    }
  }

  private static Configuration configure(Setup setup) {
    Configuration c = new Guarded(setup);
    TemplateLoader defaults = new ClassTemplateLoader(TemplateEngine.class, "/templates");
    c.setTemplateLoader(
        setup.files == null
            ? defaults
            : new MultiTemplateLoader(new TemplateLoader[] {new Own(setup), defaults}));
    c.setLocalizedLookup(false);
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
    c.setAttemptExceptionReporter((e, env) -> {});
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    return c;
  }

  /**
   * The configuration that prepares every template it hands out, the included and imported ones
   * too: budget checks added, forbidden constructs refused. Done once per parsed template.
   */
  private static final class Guarded extends Configuration {
    private final Setup setup;
    private final Set<Template> prepared = Collections.newSetFromMap(new WeakHashMap<>());

    /**
     * The default templates once prepared, by what they were asked with: they never change (read
     * from the program), and FreeMarker's own cache costs a lookup, under its locks, for every
     * template and every {@code <#include>} of every document. A project's own templates stay in
     * FreeMarker's cache alone, which lets them go when memory runs short.
     */
    private final Map<Asked, Template> defaults = new ConcurrentHashMap<>();

    private record Asked(
        String name, Locale locale, Object condition, String encoding, boolean parseAsFTL) {}

    Guarded(Setup setup) {
      super(Configuration.VERSION_2_3_34);
      this.setup = setup;
    }

    @Override
    public Template getTemplate(
        String name,
        Locale locale,
        Object customLookupCondition,
        String encoding,
        boolean parseAsFTL,
        boolean ignoreMissing)
        throws IOException {
      Asked asked =
          setup.files == null
              ? new Asked(name, locale, customLookupCondition, encoding, parseAsFTL)
              : null;
      if (asked != null) {
        Template known = defaults.get(asked);
        if (known != null) return known;
      }
      Template t =
          super.getTemplate(
              name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
      if (t == null) return null;
      synchronized (prepared) {
        if (!prepared.contains(t)) {
          TemplateRules.Violation v = TemplateRules.check(t);
          if (v != null) {
            String source = t.getSourceName() == null ? name : t.getSourceName();
            Loc loc = new Loc(display(setup, source), v.line(), v.line() > 0 ? v.column() : 0);
            throw new Refusal(Finding.of(Code.TEMPLATE_FAILURE, loc, source, v.what()));
          }
          _CoreAPI.addThreadInterruptedChecks(t);
          prepared.add(t);
        }
      }
      if (asked != null && defaults.size() < 64) defaults.put(asked, t);
      return t;
    }
  }

  /** The project's own templates, through {@link ProjectFiles}. */
  private static final class Own implements TemplateLoader {
    private final Setup setup;

    Own(Setup setup) {
      this.setup = setup;
    }

    private record Source(String name, String text) {}

    @Override
    public Object findTemplateSource(String name) {
      String text;
      try {
        text = setup.files.read(name);
      } catch (FindingException e) {
        throw new Refusal(e.finding());
      }
      if (text == null) return null;
      setup.own.add(name);
      return new Source(name, text);
    }

    @Override
    public long getLastModified(Object source) {
      return 0;
    }

    @Override
    public Reader getReader(Object source, String encoding) {
      return new StringReader(((Source) source).text());
    }

    @Override
    public void closeTemplateSource(Object source) {}
  }
}
