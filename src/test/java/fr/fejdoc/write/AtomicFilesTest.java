package fr.fejdoc.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written whole or not at all, read by everyone, with nothing left beside it. */
class AtomicFilesTest {

  @TempDir Path tmp;

  private static long entries(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  @Test
  void writesTheFileWholeInNewFolders() throws IOException {
    Path target = tmp.resolve("a/b/annexes.pdf");
    byte[] bytes = new byte[300_000];
    for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 31);
    AtomicFiles.write(target, bytes);
    assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-r--r--");
    AtomicFiles.write(target, new byte[] {1, 2}); // over the old one
    assertThat(Files.readAllBytes(target)).containsExactly(1, 2);
    assertThat(entries(target.getParent())).isEqualTo(1); // no temporary file left
  }

  @Test
  void aFailedMoveLeavesNothingBehind() throws IOException {
    Path target = tmp.resolve("restitution-finale.html");
    Files.createDirectories(target.resolve("a folder in the way"));
    assertThatThrownBy(() -> AtomicFiles.write(target, new byte[] {1}))
        .isInstanceOf(IOException.class);
    assertThat(entries(tmp)).isEqualTo(1); // the folder in the way, and no temporary file
  }

  @Test
  void itsTemporaryNamesAreTheOnesTheOutputFolderCleansUp() {
    assertThat(AtomicFiles.isTemporary(".annexes.xlsx.18446744073709551615.tmp")).isTrue();
    assertThat(AtomicFiles.isTemporary(".annexes.xlsx.0.tmp")).isTrue();
    assertThat(AtomicFiles.isTemporary("annexes.xlsx.0.tmp")).isFalse();
  }
}
