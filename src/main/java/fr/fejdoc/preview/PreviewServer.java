package fr.fejdoc.preview;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.fejdoc.catalogue.Html;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.finding.Severity;
import fr.fejdoc.text.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The preview's HTTP server: the JDK's own, bound to the loopback address only. It answers GET and
 * HEAD only, to requests naming it by its loopback name or address and port (a page of another site
 * cannot reach it through a name of its own: DNS rebinding), and serves only what the preview made:
 * its pages, and the files of its own output folder (paths normalised, no hidden file, no link, no
 * folder listing). Every response carries a content security policy and {@code nosniff}. The pages
 * listen to {@code /evenements} (server-sent events) and reload themselves when their project is
 * built again.
 */
public final class PreviewServer implements AutoCloseable {
  /** At most this many open event streams (pages listening) at once. */
  public static final int MAX_CLIENTS = 32;

  /** A comment sent this often to each stream: a closed page is noticed and let go. */
  static final long HEARTBEAT_SECONDS = 15;

  private static final String CLOSE = "\0close";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final PreviewSession session;
  private final HttpServer http;
  private final ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
  private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
  private final Set<String> hosts;
  private final int port;
  private FolderWatcher watcher;

  private PreviewServer(PreviewSession session, HttpServer http) {
    this.session = session;
    this.http = http;
    this.port = http.getAddress().getPort();
    this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
  }

  /**
   * Starts serving {@code session} on {@code port} of the loopback address (0: a free port), and
   * watches its projects.
   *
   * @throws java.net.BindException when the port is taken
   */
  public static PreviewServer start(PreviewSession session, int port) throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    PreviewServer s = new PreviewServer(session, http);
    http.createContext("/", s::handle);
    http.setExecutor(s.pool);
    session.onRebuilt(s::rebuilt);
    http.start();
    s.watcher = new FolderWatcher(session.folders(), session::changed);
    return s;
  }

  public int port() {
    return port;
  }

  /** The address to open: {@code http://127.0.0.1:PORT/}. */
  public String address() {
    return "http://127.0.0.1:" + port + "/";
  }

  /** Tells every page listening that {@code project} was built again. */
  private void rebuilt(String project) {
    String data =
        "{\"projet\":" + Json.string(project) + ",\"generation\":" + session.generation() + "}";
    broadcast("event: reconstruit\ndata: " + data + "\n\n");
  }

  private void broadcast(String message) {
    for (BlockingQueue<String> q : clients) q.offer(message);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      Headers h = ex.getResponseHeaders();
      h.set("X-Content-Type-Options", "nosniff");
      h.set("Content-Security-Policy", PreviewPages.STRICT);
      h.set("Referrer-Policy", "no-referrer");
      h.set("X-Frame-Options", "DENY");
      h.set("Cross-Origin-Resource-Policy", "same-origin");
      h.set("Cache-Control", "no-store");
      String method = ex.getRequestMethod();
      boolean head = method.equals("HEAD");
      if (!method.equals("GET") && !head) {
        h.set("Allow", "GET, HEAD");
        text(ex, 405, m().text("apercu.http.method"), head);
        return;
      }
      String host = ex.getRequestHeaders().getFirst("Host");
      if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
        text(ex, 421, m().text("apercu.http.host"), head);
        return;
      }
      // a request another site's page makes (its scripts, frames, images, event streams): refused;
      // following a link to the preview (a page opened whole) is not
      Headers in = ex.getRequestHeaders();
      String site = in.getFirst("Sec-Fetch-Site");
      boolean opened =
          "navigate".equals(in.getFirst("Sec-Fetch-Mode"))
              && "document".equals(in.getFirst("Sec-Fetch-Dest"));
      if (site != null && !site.equals("same-origin") && !site.equals("none") && !opened) {
        text(ex, 403, m().text("apercu.http.forbidden"), head);
        return;
      }
      String origin = ex.getRequestHeaders().getFirst("Origin");
      if (origin != null && !origin.equals("http://" + host)) {
        text(ex, 403, m().text("apercu.http.forbidden"), head);
        return;
      }
      List<String> path = Urls.segments(ex.getRequestURI());
      if (path == null) {
        text(ex, 400, m().text("apercu.http.bad-path"), head);
        return;
      }
      route(ex, path, head);
    } catch (IOException e) {
      // the page went away: nothing to answer
    } catch (RuntimeException e) {
      try {
        text(ex, 500, m().text("apercu.http.internal"), false);
      } catch (IOException | RuntimeException again) {
        // the response had started
      }
    }
  }

  private void route(HttpExchange ex, List<String> path, boolean head) throws IOException {
    Messages m = m();
    if (path.isEmpty()) {
      index(ex, head);
      return;
    }
    String first = path.get(0);
    if (path.size() == 1 && first.equals("evenements")) {
      events(ex, head);
      return;
    }
    if (first.equals("catalogue") && session.folderOfProjects()) {
      Path site = session.catalogue();
      String rest = path.size() == 1 ? "" : String.join("/", path.subList(1, path.size()));
      if (rest.isEmpty() || rest.endsWith("/")) rest = rest + "index.html";
      if (site == null || !file(ex, site, rest, head, true))
        text(ex, 404, m.text("apercu.http.not-found"), head);
      return;
    }
    PreviewSession.View view = session.view(first);
    if (view == null) {
      text(ex, 404, m.text("apercu.http.not-found"), head);
      return;
    }
    if (path.size() == 1) {
      ex.getResponseHeaders().set("Location", "/" + Html.segment(first) + "/");
      send(ex, 303, new byte[0], head);
      return;
    }
    if (path.size() != 2) {
      text(ex, 404, m.text("apercu.http.not-found"), head);
      return;
    }
    String name = path.get(1);
    if (name.isEmpty()) {
      page(ex, 200, view.name(), PreviewPages.projectBody(view, m), view, head);
      return;
    }
    if (name.endsWith(".pdf")) {
      String doc = name.substring(0, name.length() - 4);
      Path pdf = known(view, doc) == null ? null : session.pdf(view.name(), doc);
      if (pdf == null || !file(ex, session.out(), view.name() + "/" + doc + ".pdf", head, false))
        page(ex, 404, doc, "<p>" + Html.esc(m.text("apercu.no-pdf")) + "</p>\n", view, head);
      return;
    }
    if (name.endsWith(".html")) {
      String doc = name.substring(0, name.length() - 5);
      PreviewSession.DocView d = known(view, doc);
      byte[] html = d == null || !d.written() ? null : read(view.name(), doc + ".html");
      if (html == null) {
        // a document gone, or never built: said, and the page comes back with it
        page(
            ex,
            404,
            doc,
            "<p>"
                + Html.esc(m.text(d == null ? "apercu.gone" : "apercu.never-built"))
                + "</p>\n"
                + PreviewPages.projectBody(view, m),
            view,
            head);
        return;
      }
      String nonce = nonce();
      String page =
          PreviewPages.document(
              new String(html, StandardCharsets.UTF_8), view, d, m, nonce, session.id());
      ex.getResponseHeaders().set("Content-Security-Policy", PreviewPages.policy(nonce));
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      send(ex, 200, page.getBytes(StandardCharsets.UTF_8), head);
      return;
    }
    text(ex, 404, m.text("apercu.http.not-found"), head);
  }

  private static PreviewSession.DocView known(PreviewSession.View v, String doc) {
    for (PreviewSession.DocView d : v.docs()) if (d.name().equals(doc)) return d;
    return null;
  }

  /** A file of the preview's output folder (the project's folder below it), or null. */
  private byte[] read(String project, String file) throws IOException {
    Path p = inside(session.out(), project + "/" + file);
    return p == null ? null : Files.readAllBytes(p);
  }

  /**
   * {@code rel} under {@code root} when it is a regular file there (links not followed, the real
   * path inside the real root), else null.
   */
  static Path inside(Path root, String rel) {
    try {
      Path r = root.toRealPath();
      Path p = r.resolve(rel).normalize();
      if (!p.startsWith(r) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) return null;
      if (!p.toRealPath().startsWith(r)) return null;
      return p;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("csv", "text/csv; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("xml", "application/xml"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("png", "image/png"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry("odt", "application/vnd.oasis.opendocument.text"),
          Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"));

  /** Serves a file below {@code root}; false when there is none (or of a type not served). */
  private boolean file(HttpExchange ex, Path root, String rel, boolean head, boolean catalogue)
      throws IOException {
    int dot = rel.lastIndexOf('.');
    String type = dot < 0 ? null : TYPES.get(rel.substring(dot + 1).toLowerCase(Locale.ROOT));
    Path p = type == null ? null : inside(root, rel);
    if (p == null) return false;
    ex.getResponseHeaders().set("Content-Type", type);
    if (catalogue)
      // the catalogue's pages run their own scripts (search, sorting), from the site itself
      ex.getResponseHeaders()
          .set(
              "Content-Security-Policy",
              "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                  + " img-src 'self' data:; connect-src 'self'; base-uri 'none';"
                  + " form-action 'none'; frame-ancestors 'none'");
    send(ex, 200, Files.readAllBytes(p), head);
    return true;
  }

  /** The list of projects (a folder of projects) or of the project's documents. */
  private void index(HttpExchange ex, boolean head) throws IOException {
    Messages m = m();
    List<String> names = session.projectNames();
    if (!session.folderOfProjects() && names.size() == 1) {
      PreviewSession.View v = session.view(names.get(0));
      page(ex, 200, v.name(), PreviewPages.projectBody(v, m), null, head);
      return;
    }
    StringBuilder b = new StringBuilder("<ul>\n");
    for (String n : names) {
      PreviewSession.View v = session.view(n);
      b.append("<li><a href=\"/")
          .append(Html.segment(n))
          .append("/\">")
          .append(Html.esc(n))
          .append("</a>");
      if (v.checked() != null)
        b.append(" — ")
            .append(
                Html.esc(
                    m.text(
                        "apercu.summary",
                        v.checked().count(Severity.ERROR),
                        v.checked().count(Severity.WARNING))));
      b.append("</li>\n");
    }
    b.append("</ul>\n");
    if (session.folderOfProjects())
      b.append("<p><a href=\"/catalogue/index.html\">")
          .append(Html.esc(m.text("apercu.catalogue")))
          .append("</a></p>\n");
    page(ex, 200, m.text("apercu.title"), b.toString(), null, head);
  }

  private void page(
      HttpExchange ex,
      int status,
      String title,
      String body,
      PreviewSession.View view,
      boolean head)
      throws IOException {
    String nonce = nonce();
    String html =
        PreviewPages.page(
            title,
            body,
            view == null ? "" : view.name(),
            view == null ? session.generation() : view.generation(),
            nonce,
            session.id(),
            m());
    ex.getResponseHeaders().set("Content-Security-Policy", PreviewPages.policy(nonce));
    ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    send(ex, status, html.getBytes(StandardCharsets.UTF_8), head);
  }

  /** The event stream: a greeting (this run, each project's generation), then each rebuild. */
  private void events(HttpExchange ex, boolean head) throws IOException {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>(256);
    synchronized (clients) {
      if (clients.size() >= MAX_CLIENTS) {
        text(ex, 503, m().text("apercu.http.busy"), head);
        return;
      }
      if (!head) clients.add(queue);
    }
    ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    if (head) {
      ex.sendResponseHeaders(200, -1);
      return;
    }
    try {
      ex.sendResponseHeaders(200, 0);
      OutputStream out = ex.getResponseBody();
      StringBuilder hello = new StringBuilder("retry: 1000\nevent: bonjour\ndata: {\"session\":");
      hello.append(Json.string(session.id())).append(",\"projets\":{");
      boolean first = true;
      for (String n : session.projectNames()) {
        PreviewSession.View v = session.view(n);
        if (!first) hello.append(',');
        first = false;
        hello.append(Json.string(n)).append(':').append(v.generation());
      }
      hello.append("}}\n\n");
      out.write(hello.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      while (true) {
        String msg = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        if (CLOSE.equals(msg)) break;
        out.write((msg == null ? ": ici\n\n" : msg).getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      clients.remove(queue);
    }
  }

  private void text(HttpExchange ex, int status, String text, boolean head) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    send(ex, status, (text + "\n").getBytes(StandardCharsets.UTF_8), head);
  }

  private static void send(HttpExchange ex, int status, byte[] body, boolean head)
      throws IOException {
    if (head || body.length == 0) {
      if (head) ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, body.length);
    ex.getResponseBody().write(body);
  }

  private static String nonce() {
    byte[] b = new byte[18];
    RANDOM.nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  private Messages m() {
    return session.messages();
  }

  /** A comment to every stream (a closed page is noticed at the write). */
  void ping() {
    broadcast(": ici\n\n");
  }

  /** How many pages listen now. */
  public int listening() {
    return clients.size();
  }

  /** Stops watching and serving (the pages listening are let go); the session is closed apart. */
  @Override
  public void close() {
    if (watcher != null) watcher.close();
    for (BlockingQueue<String> q : clients) q.offer(CLOSE);
    http.stop(0);
    pool.shutdownNow();
  }
}
