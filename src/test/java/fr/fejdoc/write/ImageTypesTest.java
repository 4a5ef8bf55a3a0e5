package fr.fejdoc.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fr.fejdoc.badinput.ImageFiles;
import fr.fejdoc.document.Block;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import fr.fejdoc.load.ImageTypes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images are sized from their header before any decoding; beyond the limits no decoder (fejdoc's,
 * OpenPDF's, POI's, a reader's browser) is ever given them; large legal ones are reduced once,
 * deterministically; broken ones are refused, never thrown.
 */
class ImageTypesTest {

  /** Bytes allocated by this thread while running {@code work} (HotSpot's own count). */
  private static <T> long allocated(Supplier<T> work, Object[] result) {
    var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().threadId();
    long before = bean.getThreadAllocatedBytes(id);
    result[0] = work.get();
    return bean.getThreadAllocatedBytes(id) - before;
  }

  private static Doc figure(String source) {
    return new Doc(
        new Doc.Meta("Images", "Porteur", "Test", List.of(), "fr"),
        new Doc.Page(false, "En-tête", "{page} / {pages}", false),
        List.of(
            new Block.Para(List.of(new Inline.Text("Avant l'image.")), Block.ParaStyle.NORMAL),
            new Block.Figure(source, "Signature", List.of(), List.of(), 0),
            new Block.Para(List.of(new Inline.Text("Après l'image.")), Block.ParaStyle.NORMAL)));
  }

  private static List<DocumentWriter> writers() {
    return List.of(
        new fr.fejdoc.write.pdf.PdfWriter(),
        new fr.fejdoc.write.docx.DocxWriter(),
        new fr.fejdoc.write.html.HtmlWriter());
  }

  private static BufferedImage read(byte[] b) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(b));
  }

  @Test
  void thePixelBombIsSizedFromItsHeaderAndNeverDecoded() throws Exception {
    byte[] bomb = ImageFiles.bomb();
    ImageTypes.Info info = ImageTypes.probe(bomb);
    assertThat(bomb.length).isLessThan(200_000);
    assertThat(info).isEqualTo(new ImageTypes.Info(ImageTypes.PNG, 30_000, 30_000));
    assertThat(info.tooLarge()).isTrue();
    assertThat(ImageTypes.forDocuments(bomb)).isEmpty();
    // every writer, handed the bomb itself by a careless resource, refuses it before decoding
    Resources raw = source -> Optional.of(bomb);
    for (DocumentWriter w : writers()) {
      Object[] out = new Object[1];
      long bytes =
          assertTimeoutPreemptively(
              Duration.ofSeconds(60),
              () -> allocated(() -> w.write(figure("bombe.png"), raw), out));
      System.out.printf("%s with the pixel bomb: %d MB allocated%n", w.extension(), bytes >> 20);
      assertThat((byte[]) out[0]).isNotEmpty();
      assertThat(bytes).as("%s: bytes allocated", w.extension()).isLessThan(300L << 20);
    }
  }

  @Test
  void aLargeLegalImageIsReducedOnceTheSameWayEveryTime() throws IOException {
    byte[] photo = ImageFiles.photo(6000, 4000);
    Object[] out = new Object[1];
    long start = System.nanoTime();
    long bytes = allocated(() -> ImageTypes.forDocuments(photo).orElseThrow(), out);
    long ms = (System.nanoTime() - start) / 1_000_000;
    byte[] reduced = (byte[]) out[0];
    System.out.printf(
        "6000×4000 JPEG (%d KB) reduced to %d KB in %d ms, %d MB allocated%n",
        photo.length >> 10, reduced.length >> 10, ms, bytes >> 20);
    assertThat(bytes).as("bytes allocated").isLessThan(150L << 20); // whole: 96 MB ARGB
    BufferedImage img = read(reduced);
    assertThat(img.getWidth()).isEqualTo(2000);
    assertThat(img.getHeight()).isEqualTo(1333);
    assertThat(ImageTypes.mimeType(reduced)).isEqualTo(ImageTypes.JPEG);
    assertThat(ImageTypes.forDocuments(photo).orElseThrow()).isEqualTo(reduced);
    // once reduced, it is fit: the writers' own pass gives the same array back
    assertThat(ImageTypes.forDocuments(reduced).orElseThrow()).isSameAs(reduced);
    // the strokes survive the reduction (dark pixels where the lines run)
    int dark = 0;
    for (int x = 0; x < img.getWidth(); x++) {
      int rgb = img.getRGB(x, img.getHeight() / 2);
      if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 150) dark++;
    }
    assertThat(dark).isGreaterThan(10);
  }

  @Test
  void documentsWithALargePhotoStaySmall(@TempDir Path dir) throws IOException {
    byte[] photo = ImageFiles.photo(6000, 4000);
    Files.write(dir.resolve("photo.jpg"), photo);
    // as ProjectWriter does: one resource for every writer of the project, reduced once
    Resources project = Resources.folder(dir);
    for (DocumentWriter w : writers()) {
      byte[] a = w.write(figure("photo.jpg"), project);
      System.out.printf(
          "%s with a %d KB 6000×4000 photo: %d KB%n",
          w.extension(), photo.length >> 10, a.length >> 10);
      assertThat(a.length).as(w.extension()).isLessThan(photo.length / 2);
      assertThat(w.write(figure("photo.jpg"), project)).as(w.extension() + " twice").isEqualTo(a);
    }
  }

  @Test
  void aPngIsReducedKeepingItsTransparency() throws IOException {
    BufferedImage src = new BufferedImage(4000, 100, BufferedImage.TYPE_INT_ARGB);
    for (int x = 0; x < 2000; x++) for (int y = 0; y < 100; y++) src.setRGB(x, y, 0xFF000000);
    byte[] png = ImageFiles.encode(src, "png");
    BufferedImage img = read(ImageTypes.forDocuments(png).orElseThrow());
    assertThat(img.getWidth()).isEqualTo(2000);
    assertThat(img.getHeight()).isEqualTo(50);
    assertThat(img.getColorModel().hasAlpha()).isTrue();
    assertThat(img.getRGB(100, 25)).isEqualTo(0xFF000000); // opaque black stays black
    assertThat(img.getRGB(1900, 25) >>> 24).isZero(); // transparent stays transparent
  }

  @Test
  void aGreyImageKeepsItsGreys() throws IOException {
    BufferedImage src = new BufferedImage(3000, 3000, BufferedImage.TYPE_BYTE_GRAY);
    var r = src.getRaster();
    for (int y = 0; y < 3000; y++) for (int x = 0; x < 3000; x++) r.setSample(x, y, 0, 100);
    BufferedImage img = read(ImageTypes.forDocuments(ImageFiles.encode(src, "png")).orElseThrow());
    assertThat(img.getWidth()).isEqualTo(2000);
    int rgb = img.getRGB(1000, 1000);
    assertThat(rgb & 0xFF).isEqualTo(100); // not lightened by a colour-space conversion
  }

  @Test
  void aGifIsEmbeddedAsPng() throws IOException {
    byte[] gif = ImageFiles.gif(40, 30);
    byte[] b = ImageTypes.forDocuments(gif).orElseThrow();
    assertThat(ImageTypes.mimeType(b)).isEqualTo(ImageTypes.PNG);
    assertThat(read(b).getWidth()).isEqualTo(40);
  }

  @Test
  void aSmallCleanImageComesBackAsItIs() throws Exception {
    byte[] png = ImageFiles.png(20, 10);
    assertThat(ImageTypes.forDocuments(png).orElseThrow()).isSameAs(png);
    byte[] jpeg = ImageFiles.photo(200, 100);
    assertThat(ImageTypes.forDocuments(jpeg).orElseThrow()).isSameAs(jpeg);
    assertThat(ImageTypes.probe(jpeg)).isEqualTo(new ImageTypes.Info(ImageTypes.JPEG, 200, 100));
  }

  @Test
  void compressedChunksAreDroppedNeverInflated() throws Exception {
    // an ICC profile and a text that inflate to 160 MB each: dropped, so no reader inflates them
    byte[] zeros = ImageFiles.zlibZeros(160L << 20);
    byte[] iccp =
        ImageFiles.concat("bombe".getBytes(StandardCharsets.US_ASCII), new byte[] {0, 0}, zeros);
    byte[] ztxt =
        ImageFiles.concat("Comment".getBytes(StandardCharsets.US_ASCII), new byte[] {0, 0}, zeros);
    byte[] plain = ImageFiles.png(100, 50);
    byte[] png =
        ImageFiles.concat(
            java.util.Arrays.copyOf(plain, 33),
            ImageFiles.chunk("iCCP", iccp),
            ImageFiles.chunk("zTXt", ztxt),
            java.util.Arrays.copyOfRange(plain, 33, plain.length),
            "et après IEND, n'importe quoi".getBytes(StandardCharsets.UTF_8));
    byte[] kept = ImageTypes.forDocuments(png).orElseThrow();
    assertThat(kept).isEqualTo(plain);
    Resources raw = source -> Optional.of(png);
    for (DocumentWriter w : writers()) {
      Object[] out = new Object[1];
      long bytes = allocated(() -> w.write(figure("x.png"), raw), out);
      assertThat(bytes).as("%s: bytes allocated", w.extension()).isLessThan(140L << 20);
    }
  }

  @Test
  void theDecoderReadsOnlyWhatTheHeaderAnnounces() throws Exception {
    // 3000 × 3000 grey announced, 100 MB of zeros in the stream: reduced from the rows needed
    byte[] png = ImageFiles.png(3000, 3000, ImageFiles.zlibZeros(100L << 20));
    assertThat(png.length).isLessThan(1 << 20);
    Object[] out = new Object[1];
    long bytes =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> allocated(() -> ImageTypes.forDocuments(png).orElseThrow(), out));
    System.out.printf("3000×3000 deflate bomb reduced: %d MB allocated%n", bytes >> 20);
    assertThat(bytes).isLessThan(150L << 20);
    assertThat(read((byte[]) out[0]).getWidth()).isEqualTo(2000);
  }

  @Test
  void limitsAreTheLongestSideAndThePixelCount() throws Exception {
    ImageTypes.Info panorama = ImageTypes.probe(ImageFiles.png(20_001, 10));
    assertThat(panorama.tooLarge()).isTrue();
    ImageTypes.Info photo50 = new ImageTypes.Info(ImageTypes.JPEG, 8160, 6120);
    assertThat(photo50.tooLarge()).isFalse();
    assertThat(photo50.documentWidth()).isEqualTo(2000);
    assertThat(photo50.documentHeight()).isEqualTo(1500);
    assertThat(new ImageTypes.Info(ImageTypes.JPEG, 8200, 6200).tooLarge()).isTrue();
  }

  @Test
  void brokenImagesAreRefusedNeverThrown() {
    List<byte[]> whole =
        List.of(ImageFiles.png(40, 30), ImageFiles.photo(60, 40), ImageFiles.gif(30, 20));
    int refused = 0, read = 0;
    for (byte[] b : whole) {
      for (byte[] m : ImageFiles.mutations(b, 600, 7)) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ImageTypes.forDocuments(m));
        try {
          ImageTypes.Info info = ImageTypes.probe(m);
          assertThat(info.width()).isPositive();
          read++;
        } catch (ImageTypes.Unreadable e) {
          assertThat(e.reason().fr()).isNotBlank();
          refused++;
        }
      }
    }
    assertThat(refused).isGreaterThan(100);
    assertThat(read).isGreaterThan(100);
    assertThatThrownBy(() -> ImageTypes.probe(new byte[0]))
        .isInstanceOf(ImageTypes.Unreadable.class);
    assertThat(ImageTypes.forDocuments(null)).isEmpty();
  }
}
