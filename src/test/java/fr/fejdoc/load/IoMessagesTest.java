package fr.fejdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and writing failures are told apart, in plain words, without a Java class name. */
class IoMessagesTest {
  @Test
  void writeFailuresAreSaidAsWriteFailures() {
    assertThat(IoMessages.frenchWrite(new AccessDeniedException("/x/y")))
        .isEqualTo("écriture refusée (droits d'accès)");
    assertThat(IoMessages.englishWrite(new AccessDeniedException("/x/y")))
        .isEqualTo("write denied (permissions)");
    assertThat(IoMessages.frenchWrite(new NoSuchFileException("/x/y")))
        .isEqualTo("dossier introuvable");
    assertThat(
            IoMessages.frenchWrite(
                new FileSystemException("/x/y", null, "No space left on device")))
        .isEqualTo("disque plein");
    assertThat(IoMessages.englishWrite(new IOException("No space left on device")))
        .isEqualTo("disk full");
    assertThat(IoMessages.frenchWrite(new FileSystemException("/x", null, "Read-only file system")))
        .isEqualTo("disque en lecture seule");
    assertThat(IoMessages.frenchWrite(new FileSystemException("/x", null, "Disk quota exceeded")))
        .isEqualTo("quota de disque dépassé");
    assertThat(IoMessages.frenchWrite(new DirectoryNotEmptyException("/x")))
        .isEqualTo("un dossier ou un fichier de ce nom est déjà là");
    // reading keeps its own words
    assertThat(IoMessages.french(new AccessDeniedException("/x")))
        .isEqualTo("lecture refusée (droits d'accès)");
    assertThat(IoMessages.french(new NoSuchFileException("/x"))).isEqualTo("fichier introuvable");
  }

  @Test
  void noExceptionNameNorPathInAnyMessage() {
    List<IOException> failures =
        List.of(
            new IOException("boom /home/builder/secret"),
            new FileSystemException("/home/builder/x", "/home/builder/y", "Something odd"),
            new java.nio.file.FileSystemLoopException("/home/builder/z"),
            new IOException());
    for (IOException e : failures) {
      for (String m :
          List.of(
              IoMessages.french(e),
              IoMessages.english(e),
              IoMessages.frenchWrite(e),
              IoMessages.englishWrite(e))) {
        assertThat(m).as(e.toString()).doesNotContain("Exception").doesNotContain("/home");
        assertThat(m).as(e.toString()).isNotBlank();
      }
    }
    assertThat(IoMessages.frenchWrite(new IOException("boom")))
        .isEqualTo("écriture impossible (erreur du système de fichiers)");
    assertThat(IoMessages.french(new IOException("boom")))
        .isEqualTo("lecture impossible (erreur du système de fichiers)");
  }
}
