package fr.fejdoc.cli;

import fr.fejdoc.check.Messages;
import fr.fejdoc.load.ProjectFinder;
import fr.fejdoc.load.ProjectLoader;
import fr.fejdoc.preview.PreviewServer;
import fr.fejdoc.preview.PreviewSession;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fejdoc apercu [CHEMIN] [--port N]}: the live preview (see {@link PreviewServer}). Its help
 * and messages come from the message bundles (French, English with {@code --lang en}). Runs until
 * Ctrl+C; the preview's output folder (in the system's temporary folder) is deleted then.
 */
@Command(name = "apercu")
public final class PreviewCommand implements Callable<Integer> {
  @Parameters(paramLabel = Labels.PATH, arity = "0..1", descriptionKey = "cli.apercu.chemin")
  Path path;

  @Option(names = "--port", paramLabel = "PORT", descriptionKey = "cli.apercu.port")
  Integer port;

  @Option(
      names = "--lang",
      paramLabel = Labels.LANG,
      defaultValue = "fr",
      descriptionKey = "cli.apercu.lang")
  String lang;

  @Override
  public Integer call() throws InterruptedException {
    Messages m = Messages.of(Messages.Lang.parse(lang));
    PrintWriter console =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    if (port != null && (port < 1 || port > 65535)) {
      System.err.println(m.text("apercu.bad-port", String.valueOf(port)));
      return 2;
    }
    Path p = path == null ? Path.of("projects") : path;
    List<ProjectFinder.Found> found;
    try {
      found = ProjectFinder.find(List.of(p));
    } catch (IOException e) {
      System.err.println(m.text("cli.no-folder", e.getMessage(), m.whyRead(e)));
      return 2;
    }
    if (found.isEmpty()) {
      System.err.println(m.text("apercu.no-project", ProjectFinder.display(p)));
      return 2;
    }
    boolean folder = !Files.isRegularFile(p.resolve(ProjectLoader.EXPERIMENT_FILE));
    Path out;
    try {
      out = Files.createTempDirectory("fejdoc-apercu-");
    } catch (IOException e) {
      System.err.println(m.text("apercu.cannot-start", m.whyRead(e)));
      return 2;
    }
    PreviewSession session =
        new PreviewSession(
            found.stream().map(f -> new PreviewSession.Source(f.dir(), f.display())).toList(),
            out,
            m,
            folder);
    PreviewServer server;
    try {
      server = PreviewServer.start(session, port == null ? 0 : port);
    } catch (BindException e) {
      session.close();
      System.err.println(m.text("apercu.port-taken", String.valueOf(port == null ? 0 : port)));
      return 2;
    } catch (IOException e) {
      session.close();
      System.err.println(m.text("apercu.cannot-start", m.whyRead(e)));
      return 2;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  session.close();
                }));
    session.buildAll();
    console.println(m.text("apercu.started", ProjectFinder.display(p), server.address()));
    console.println(m.text("apercu.stop"));
    session.warmUp(5);
    new CountDownLatch(1).await(); // until Ctrl+C
    return 0;
  }
}
