package fr.fejdoc.catalogue;

import fr.fejdoc.text.RecordJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;

/**
 * The catalogue's entries kept on disk rather than in memory: each entry is written once (as JSON,
 * the form the kept rows use) into a temporary file as soon as its project is done, and read back
 * each time a part of the site asks for it. Memory holds each entry's name and place in the file,
 * whatever the number of experiments; the parts made at once (a page, a volume of the printed
 * edition) hold their own entries only while they are made.
 *
 * <p>The first {@link #inMemory()} entries (2,000 unless the system property {@code
 * fejdoc.catalogue.lignesEnMemoire} says otherwise) stay in memory: reading an entry back costs its
 * JSON parsed again, a dozen times per run, about a second for 1,000 experiments; held, those
 * entries weigh a few tens of megabytes at most, a bound that does not grow with the count.
 *
 * <p>The file lives in a staging folder beside the site ({@code .<site>.new-<n>}, removed on {@link
 * #close()}, and by the next run's clean-up after a kill). An entry that cannot be written (it
 * never happens with the entries fejdoc makes) stays in memory.
 */
public final class StoredEntries extends AbstractList<CatalogueEntry>
    implements RandomAccess, AutoCloseable {
  /** Where an entry is: its project, and its bytes in the file (or the entry itself). */
  record Place(String project, long offset, int length, CatalogueEntry entry) {}

  private final Path folder;
  private final FileChannel channel;
  private final int inMemory = inMemory();
  private final java.util.concurrent.atomic.AtomicInteger held =
      new java.util.concurrent.atomic.AtomicInteger();
  private long end;
  private List<Place> places = List.of();

  /** An empty store in a new folder of {@code parent} named {@code prefix}{@code <n>}. */
  StoredEntries(Path parent, String prefix) throws IOException {
    folder = Files.createTempDirectory(parent, prefix);
    channel =
        FileChannel.open(
            folder.resolve("lignes.json"),
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE);
  }

  /** How many entries stay in memory before the others go to the file. */
  static int inMemory() {
    try {
      return Math.max(
          0, Integer.parseInt(System.getProperty("fejdoc.catalogue.lignesEnMemoire", "2000")));
    } catch (NumberFormatException e) {
      return 2000;
    }
  }

  /** Keeps {@code e} (any thread): in memory while the budget lasts, else in the file. */
  Place put(CatalogueEntry e) {
    if (held.incrementAndGet() <= inMemory) return new Place(e.project(), -1, 0, e);
    try {
      byte[] json = RecordJson.write(e).getBytes(StandardCharsets.UTF_8);
      synchronized (this) {
        long at = end;
        ByteBuffer b = ByteBuffer.wrap(json);
        while (b.hasRemaining()) channel.write(b, at + b.position());
        end += json.length;
        return new Place(e.project(), at, json.length, null);
      }
    } catch (IOException | RuntimeException failed) {
      return new Place(e.project(), -1, 0, e); // kept in memory: the catalogue still has it
    }
  }

  /**
   * The entries of the list: those at {@code places}, sorted by project name (stable: two of the
   * same name keep their order).
   */
  synchronized void list(List<Place> places) {
    List<Place> sorted = new ArrayList<>(places);
    sorted.sort(Comparator.comparing(Place::project));
    this.places = List.copyOf(sorted);
  }

  @Override
  public CatalogueEntry get(int index) {
    Place p = places.get(index);
    if (p.entry() != null) return p.entry();
    try {
      ByteBuffer b = ByteBuffer.allocate(p.length());
      while (b.hasRemaining()) {
        if (channel.read(b, p.offset() + b.position()) < 0)
          throw new IOException("fichier des lignes tronqué");
      }
      return RecordJson.read(new String(b.array(), StandardCharsets.UTF_8), CatalogueEntry.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RecordJson.Unreadable e) {
      throw new IllegalStateException("ligne du catalogue illisible", e);
    }
  }

  @Override
  public int size() {
    return places.size();
  }

  /** Removes the file and its folder. */
  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // removed below anyway
    }
    try {
      fr.fejdoc.write.OutputFolder.deleteTree(folder);
    } catch (IOException e) {
      // a staging folder: the next run removes it
    }
  }
}
