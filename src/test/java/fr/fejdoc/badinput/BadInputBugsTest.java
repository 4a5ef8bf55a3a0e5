package fr.fejdoc.badinput;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suspected bugs of the main code found by the bad-input corpus: each test demands, exactly, what
 * cases.txt says the case should give ("!" lines required, "~" findings forbidden). BadInputTest
 * runs the same cases tolerantly, so the suite stays green meanwhile. Once the main code is fixed,
 * remove the @Disabled here and the "!" / "~" marks of the case in cases.txt (keeping the method,
 * or removing it together with the marks: BadInputTest checks the two agree).
 */
class BadInputBugsTest {
  @TempDir Path tmp;

  private void verify(String name) throws IOException {
    BadInputCorpus.verify(name, tmp, true);
  }

  // none open: the last one (a quote left open, reported where it closed) is fixed
}
