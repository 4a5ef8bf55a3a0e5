package fr.fejdoc.preview;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview session as a holder lives it: the server on a copy of AP1_393, a page listening to the
 * event stream, the Markdown edited (the event comes, the page has the new text), experiment.yaml
 * broken (the page shows the error with its file and line) and mended (the document is back), the
 * PDF made on demand with the new text, the document's file removed and restored; requests that
 * must be refused are. Prints the median time from a save to the event (no assertion on time).
 */
class PreviewServerTest {
  private static final String DOC = "note-etape-2010-12-31";

  @TempDir Path tmp;
  private Path project;
  private PreviewSession session;
  private PreviewServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final List<Events> streams = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    project = tmp.resolve("AP1_393");
    copy(Path.of("projects/AP1_393"), project);
    Path out = Files.createDirectory(tmp.resolve("apercu"));
    session =
        new PreviewSession(
            List.of(new PreviewSession.Source(project, "AP1_393")),
            out,
            Messages.of(Messages.Lang.FR),
            false);
    server = PreviewServer.start(session, 0);
    session.buildAll();
  }

  @AfterEach
  void stop() {
    for (Events e : streams) e.close();
    server.close();
    session.close();
  }

  @Test
  void editsComeBackAsReloadEventsAndTheNewPage() throws Exception {
    Events events = listen();
    Path md = project.resolve(DOC + ".md");
    String original = Files.readString(md);

    // the Markdown edited: the event, then the new text in the served page
    Files.writeString(md, original + "\nApercuvivant premier ajout.\n");
    events.awaitUntil(() -> page(DOC).contains("Apercuvivant premier ajout."));
    String page = get("/AP1_393/" + DOC + ".html").body();
    assertThat(page).contains("Apercuvivant premier ajout.");
    assertThat(page).contains("<script nonce=").contains("fejdoc-apercu-constats");

    // the built file itself has no script
    assertThat(Files.readString(session.out().resolve("AP1_393").resolve(DOC + ".html")))
        .doesNotContain("<script")
        .contains("Apercuvivant premier ajout.");

    // save → event, ten times
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      long t0 = System.nanoTime();
      String added = "Apercuvivant ajout numéro " + i + ".";
      Files.writeString(md, original + "\n" + added + "\n");
      events.awaitUntil(() -> page(DOC).contains(added));
      millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    }
    Collections.sort(millis);
    System.out.println(
        "apercu : enregistrement → événement, médiane de 10 : "
            + (millis.get(4) + millis.get(5)) / 2
            + " ms (min "
            + millis.get(0)
            + ", max "
            + millis.get(9)
            + ")");
    assertThat(get("/AP1_393/" + DOC + ".html").body()).contains("Apercuvivant ajout numéro 9.");

    // the facts broken: the page shows the error, with its file and line, and stays up
    Path yaml = project.resolve("experiment.yaml");
    String facts = Files.readString(yaml);
    Files.writeString(yaml, facts.replaceFirst("\nporteur:\n", "\nporteur: [non fermé\n"));
    events.awaitUntil(() -> page(DOC).contains("class=\"fejdoc-apercu-echec\""));
    HttpResponse<String> broken = get("/AP1_393/" + DOC + ".html");
    assertThat(broken.statusCode()).isEqualTo(200);
    assertThat(broken.body()).contains("class=\"fejdoc-apercu-echec\"");
    assertThat(Pattern.compile("AP1_393/experiment\\.yaml:\\d+:\\d+").matcher(broken.body()).find())
        .as(broken.body())
        .isTrue();
    assertThat(get("/").body()).contains("experiment.yaml:");

    // mended: the document is back
    Files.writeString(yaml, facts);
    events.awaitUntil(() -> !page(DOC).contains("class=\"fejdoc-apercu-echec\""));
    String back = get("/AP1_393/" + DOC + ".html").body();
    assertThat(back)
        .doesNotContain("class=\"fejdoc-apercu-echec\"")
        .contains("Apercuvivant ajout numéro 9.");

    // a hostile save (a control character): said in the page, the server stays up; mended: back
    String saved = Files.readString(md);
    Files.writeString(md, saved + "\nCaractère \u0007 de contrôle.\n");
    events.awaitUntil(() -> get("/AP1_393/" + DOC + ".html").body().contains("FEJ012"));
    Files.writeString(md, saved);
    events.awaitUntil(() -> !get("/AP1_393/" + DOC + ".html").body().contains("FEJ012"));

    // the PDF edition, made on demand from the last save
    HttpResponse<byte[]> pdf =
        http.send(request("/AP1_393/" + DOC + ".pdf"), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (PDDocument d = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(d)).contains("Apercuvivant");
    }

    // the document's file removed: said; restored: back
    Files.delete(md);
    events.awaitUntil(() -> get("/AP1_393/" + DOC + ".html").statusCode() == 404);
    HttpResponse<String> gone = get("/AP1_393/" + DOC + ".html");
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(gone.body()).contains("existe plus").contains("<script nonce=");
    Files.writeString(md, original);
    events.awaitUntil(() -> get("/AP1_393/" + DOC + ".html").statusCode() == 200);
    assertThat(get("/AP1_393/" + DOC + ".html").statusCode()).isEqualTo(200);
  }

  @Test
  void everyPageListeningGetsTheEvent() throws Exception {
    Events one = listen();
    Events two = listen();
    Path md = project.resolve(DOC + ".md");
    Files.writeString(md, Files.readString(md) + "\nDeux pages ouvertes.\n");
    assertThat(one.awaitRebuild()).contains("\"projet\":\"AP1_393\"");
    assertThat(two.awaitRebuild()).contains("\"projet\":\"AP1_393\"");
  }

  @Test
  void theNumberOfPagesListeningIsBounded() throws Exception {
    for (int i = 0; i < PreviewServer.MAX_CLIENTS; i++) listen();
    HttpResponse<String> more = get("/evenements");
    assertThat(more.statusCode()).isEqualTo(503);
    assertThat(more.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    // a page closed frees its place
    streams.remove(0).close();
    Events again = null;
    for (int i = 0; i < 200 && again == null; i++) {
      if (server.listening() < PreviewServer.MAX_CLIENTS) again = listen();
      else {
        server.ping(); // a write to the closed stream fails: its place is freed
        Thread.sleep(50);
      }
    }
    assertThat(again).isNotNull();
  }

  @Test
  void aFindingIsMarkedAtThePartItPointsTo() throws Exception {
    // AP1_393's findings: each in the panel, with file:line:col
    String page = get("/AP1_393/" + DOC + ".html").body();
    assertThat(page).contains("id=\"fejdoc-apercu-constats\"");
    Path md = project.resolve(DOC + ".md");
    // an empty part: a warning at its heading, marked at its section
    String text = Files.readString(md);
    Events events = listen();
    Files.writeString(md, text + "\n# Conclusion\n\n");
    events.awaitUntil(() -> page(DOC).contains("Conclusion"));
    page = get("/AP1_393/" + DOC + ".html").body();
    String marks = page.substring(page.indexOf("id=\"fejdoc-apercu-marques\">"));
    assertThat(marks).contains("\"id\":").contains(DOC + ".md:");
  }

  @Test
  void requestsOutsideThePreviewAreRefused() throws Exception {
    int port = server.port();
    String host = "127.0.0.1:" + port;
    assertThat(status(raw("GET /../experiment.yaml", host))).isEqualTo(400);
    assertThat(status(raw("GET /AP1_393/../../experiment.yaml", host))).isEqualTo(400);
    assertThat(status(raw("GET /%2e%2e/%2e%2e/etc/passwd", host))).isEqualTo(400);
    assertThat(status(raw("GET /AP1_393/%2E%2E%2Fexperiment.yaml", host))).isEqualTo(400);
    assertThat(status(raw("GET //etc/passwd", host))).isEqualTo(400);
    assertThat(status(raw("GET " + tmp.toAbsolutePath() + "/AP1_393/experiment.yaml", host)))
        .isIn(400, 404);
    assertThat(status(raw("GET http://example.org/ ", host))).isIn(400, 421);
    assertThat(status(raw("GET /AP1_393/.fejdoc-build", host))).isEqualTo(400);
    assertThat(status(raw("GET /AP1_393/experiment.yaml", host))).isEqualTo(404);
    // DNS rebinding: another name for this address
    assertThat(status(raw("GET /", "evil.example:" + port))).isEqualTo(421);
    assertThat(status(raw("GET /", "127.0.0.1:1"))).isEqualTo(421);
    // only GET and HEAD
    String post = raw("POST /", host);
    assertThat(status(post)).isEqualTo(405);
    assertThat(post)
        .containsIgnoringCase("Content-Security-Policy:")
        .containsIgnoringCase("nosniff");
    assertThat(status(raw("HEAD /", host))).isEqualTo(200);
    // a page of another site
    HttpResponse<String> cross =
        http.send(
            HttpRequest.newBuilder(URI.create(server.address()))
                .header("Origin", "https://evil.example")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(cross.statusCode()).isEqualTo(403);
    // every answer has a policy and nosniff
    HttpResponse<String> ok = get("/");
    assertThat(ok.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(ok.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  // ------------------------------------------------------------------ helpers

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(120))
        .build();
  }

  private String page(String doc) throws IOException, InterruptedException {
    return get("/AP1_393/" + doc + ".html").body();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path), HttpResponse.BodyHandlers.ofString());
  }

  /** One request as written on the wire (no client to normalise it); the whole answer. */
  private String raw(String requestLine, String host) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream o = s.getOutputStream();
      o.write(
          (requestLine + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      o.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static int status(String response) {
    String first = response.lines().findFirst().orElse("");
    String[] parts = first.split(" ");
    return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
  }

  private Events listen() throws Exception {
    Events e = new Events(http, URI.create(server.address() + "evenements"));
    streams.add(e);
    assertThat(e.next("bonjour")).contains("\"session\"");
    return e;
  }

  /** A page listening to the event stream. */
  static final class Events {
    private final BlockingQueue<String[]> events = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile Stream<String> lines;

    Events(HttpClient http, URI uri) throws Exception {
      HttpResponse<Stream<String>> r =
          http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofLines());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
      lines = r.body();
      reader =
          new Thread(
              () -> {
                String[] event = {null, null};
                try {
                  lines.forEach(
                      l -> {
                        if (l.startsWith("event: ")) event[0] = l.substring(7);
                        else if (l.startsWith("data: ")) event[1] = l.substring(6);
                        else if (l.isEmpty() && event[0] != null) {
                          events.add(new String[] {event[0], event[1]});
                          event[0] = null;
                          event[1] = null;
                        }
                      });
                } catch (RuntimeException e) {
                  // closed
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    String next(String kind) throws InterruptedException {
      while (true) {
        String[] e = events.poll(60, TimeUnit.SECONDS);
        assertThat(e).as("event " + kind).isNotNull();
        if (e[0].equals(kind)) return e[1];
      }
    }

    /** The next rebuild event (one save may give one only: the saves settle first). */
    String awaitRebuild() throws InterruptedException {
      return next("reconstruit");
    }

    /**
     * Rebuild events until {@code done} holds after one (an editor's save may be seen as two
     * changes: the page is read after each event, never after a delay).
     */
    void awaitUntil(java.util.concurrent.Callable<Boolean> done) throws Exception {
      for (int i = 0; i < 20; i++) {
        awaitRebuild();
        if (done.call()) return;
      }
      assertThat(done.call()).as("page after 20 rebuilds").isTrue();
    }

    void close() {
      Stream<String> l = lines;
      if (l != null) l.close();
      reader.interrupt();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }
}
