import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Save → reloaded page with a running `fejdoc apercu`: listens to its event stream as a page does,
 * saves a file of the project, waits for the reload event, then reads the page again (what the
 * browser does on the event) and checks the new text is there. Prints the first save (cold), then
 * the median, best and worst of RUNS saves, for the Markdown and for experiment.yaml. Usage: java
 * PreviewBench.java ADDRESS PROJECT_DIR DOCUMENT [RUNS]
 */
public class PreviewBench {
  public static void main(String[] args) throws Exception {
    String address = args[0];
    Path dir = Path.of(args[1]);
    String doc = args[2];
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    HttpClient http = HttpClient.newHttpClient();
    BlockingQueue<String> events = new LinkedBlockingQueue<>();
    HttpResponse<java.util.stream.Stream<String>> stream =
        http.send(
            HttpRequest.newBuilder(URI.create(address + "evenements")).build(),
            HttpResponse.BodyHandlers.ofLines());
    Thread t =
        new Thread(
            () ->
                stream
                    .body()
                    .forEach(
                        l -> {
                          if (l.startsWith("event: ")) events.add(l.substring(7));
                        }));
    t.setDaemon(true);
    t.start();
    if (!"bonjour".equals(events.poll(30, TimeUnit.SECONDS)))
      throw new IllegalStateException("no stream");
    URI page = URI.create(address + dir.getFileName() + "/" + doc + ".html");
    Path md = dir.resolve(doc + ".md");
    Path yaml = dir.resolve("experiment.yaml");
    String text = Files.readString(md);
    String facts = Files.readString(yaml);
    measure(
        "Markdown (" + md.getFileName() + ")",
        runs,
        events,
        http,
        page,
        i -> {
          Files.writeString(md, text + "\nMesure numéro " + i + ".\n");
          return "Mesure numéro " + i + ".";
        });
    Files.writeString(md, text);
    awaitEvent(events);
    // a new title: shown on the cover of the document
    measure(
        "YAML (experiment.yaml)",
        runs,
        events,
        http,
        page,
        i -> {
          String title = "Titre mesuré " + i;
          Files.writeString(yaml, facts.replaceFirst("(?m)^titre: .*$", "titre: " + title));
          return title;
        });
    Files.writeString(yaml, facts);
    awaitEvent(events);
  }

  interface Save {
    String run(int i) throws Exception;
  }

  static void measure(
      String what, int runs, BlockingQueue<String> events, HttpClient http, URI page, Save save)
      throws Exception {
    List<Long> ms = new ArrayList<>();
    long first = -1;
    for (int i = 0; i <= runs; i++) {
      long t0 = System.nanoTime();
      String expected = save.run(i);
      String body;
      do {
        awaitEvent(events);
        body =
            http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
                .body();
      } while (!body.contains(expected));
      long d = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      if (i == 0) first = d;
      else ms.add(d);
    }
    Collections.sort(ms);
    long median =
        ms.size() % 2 == 1
            ? ms.get(ms.size() / 2)
            : (ms.get(ms.size() / 2 - 1) + ms.get(ms.size() / 2)) / 2;
    System.out.printf(
        "%s : enregistrement → page rechargée : première %d ms ; médiane de %d : %d ms (meilleur %d, pire %d)%n",
        what, first, ms.size(), median, ms.get(0), ms.get(ms.size() - 1));
  }

  static void awaitEvent(BlockingQueue<String> events) throws InterruptedException {
    while (true) {
      String e = events.poll(60, TimeUnit.SECONDS);
      if (e == null) throw new IllegalStateException("no reload event in 60 s");
      if (e.equals("reconstruit")) return;
    }
  }
}
