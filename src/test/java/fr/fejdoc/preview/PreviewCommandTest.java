package fr.fejdoc.preview;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Messages;
import fr.fejdoc.cli.CommandRun;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command's refusals (a port taken, a folder without projects) in French, its help in French
 * and English; a folder of projects lists them and serves their catalogue; the documents fed by a
 * saved file.
 */
class PreviewCommandTest {
  @TempDir Path tmp;

  @Test
  void aPortInUseIsSaidInFrenchWithExitCode2() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CommandRun.Run r =
          CommandRun.run("apercu", "projects/AP1_027", "--port", "" + taken.getLocalPort());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err())
          .contains("le port " + taken.getLocalPort() + " est déjà pris")
          .doesNotContain("Exception")
          .doesNotContain("java.");
    }
  }

  @Test
  void refusesABadPortAndAFolderWithoutProjects() throws Exception {
    assertThat(CommandRun.run("apercu", "projects/AP1_027", "--port", "70000").err())
        .contains("port 70000 invalide");
    Files.createDirectories(tmp.resolve("vide"));
    CommandRun.Run r = CommandRun.run("apercu", tmp.resolve("vide").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("aucun projet");
  }

  @Test
  void helpInFrenchAndEnglish() {
    assertThat(CommandRun.run("apercu", "--help").out())
        .contains("Aperçu en direct")
        .contains("--port");
    assertThat(CommandRun.run("apercu", "--help", "--lang", "en").out()).contains("Live preview");
    assertThat(CommandRun.run("--help").out()).contains("apercu");
  }

  @Test
  void aFolderOfProjectsListsThemAndServesTheirCatalogue() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("apercu"));
    PreviewSession session =
        new PreviewSession(
            List.of(
                new PreviewSession.Source(Path.of("projects/AP1_027"), "projects/AP1_027"),
                new PreviewSession.Source(Path.of("projects/AP1_140"), "projects/AP1_140")),
            out,
            Messages.of(Messages.Lang.EN),
            true);
    try (session;
        PreviewServer server = PreviewServer.start(session, 0)) {
      session.buildAll();
      HttpClient http = HttpClient.newHttpClient();
      String index =
          http.send(
                  HttpRequest.newBuilder(URI.create(server.address())).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertThat(index).contains("/AP1_027/").contains("/AP1_140/").contains("/catalogue/");
      HttpResponse<String> catalogue =
          http.send(
              HttpRequest.newBuilder(URI.create(server.address() + "catalogue/index.html")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(catalogue.statusCode()).isEqualTo(200);
      assertThat(catalogue.body()).contains("AP1_027").contains("AP1_140");
      assertThat(catalogue.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
    assertThat(out).doesNotExist(); // deleted with the session
  }

  @Test
  void aSavedFileFeedsItsDocumentsOnly() {
    assertThat(PreviewSession.fedBy(Set.of("note-etape-2010-12-31.md")))
        .containsExactly("note-etape-2010-12-31");
    assertThat(PreviewSession.fedBy(Set.of("restitution-finale.md")))
        .containsExactlyInAnyOrder("restitution-finale", "annexes");
    assertThat(PreviewSession.fedBy(Set.of("experiment.yaml"))).isNull();
    assertThat(PreviewSession.fedBy(Set.of("images/logo.png"))).isNull();
    assertThat(PreviewSession.fedBy(Set.of("templates/note-etape.ftlx"))).isNull();
  }
}
