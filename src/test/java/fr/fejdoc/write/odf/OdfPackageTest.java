package fr.fejdoc.write.odf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfDocument;
import org.odftoolkit.odfdom.doc.OdfTextDocument;

class OdfPackageTest {

  private static byte[] sample(String title) {
    OdfXml c = new OdfXml();
    c.open("office:document-content")
        .attr("xmlns:office", OdfXml.NS_OFFICE)
        .attr("xmlns:text", OdfXml.NS_TEXT)
        .attr("office:version", OdfXml.VERSION);
    c.open("office:body").open("office:text");
    c.open("text:p").odfText("Bonjour  <le> & \"monde\"\u0001\tfin\nligne").close();
    c.close().close().close();
    return new OdfPackage(OdfPackage.TEXT)
        .add("content.xml", "text/xml", c.bytes())
        .meta(title, "fr-FR")
        .about("Sujet", "Porteur", List.of("FEJ"))
        .bytes();
  }

  @Test
  void mimetypeFirstStoredThenPartsWithFixedTimes() throws Exception {
    byte[] odt = sample("Titre");
    // the first local header: name "mimetype" at offset 30, method 0 (stored) at offset 8
    assertThat(new String(odt, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
    assertThat(odt[8]).isZero();
    assertThat(new String(odt, 38, OdfPackage.TEXT.length(), StandardCharsets.US_ASCII))
        .isEqualTo(OdfPackage.TEXT);
    List<String> names = new ArrayList<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(odt))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        names.add(e.getName());
        assertThat(e.getExtra()).isNull();
      }
    }
    assertThat(names)
        .containsExactly("mimetype", "content.xml", "meta.xml", "META-INF/manifest.xml");
    assertThat(sample("Titre")).isEqualTo(odt);
    assertThat(sample("Autre")).isNotEqualTo(odt);
  }

  @Test
  void odfdomReadsTitleLanguageDatesAndText() throws Exception {
    String old = System.getProperty("fejdoc.sourceDateEpoch");
    System.setProperty("fejdoc.sourceDateEpoch", "1700000000");
    try (OdfDocument doc =
        OdfTextDocument.loadDocument(new ByteArrayInputStream(sample("Titre")))) {
      var meta = doc.getOfficeMetadata();
      assertThat(meta.getTitle()).isEqualTo("Titre");
      assertThat(meta.getLanguage()).isEqualTo("fr-FR");
      assertThat(meta.getGenerator()).isEqualTo("fejdoc");
      assertThat(meta.getSubject()).isEqualTo("Sujet");
      assertThat(meta.getInitialCreator()).isEqualTo("Porteur");
      assertThat(meta.getCreationDate().getTimeInMillis()).isEqualTo(1_700_000_000_000L);
      String text =
          doc.getContentDom().getElementsByTagNameNS(OdfXml.NS_TEXT, "p").item(0).getTextContent();
      assertThat(text).contains("Bonjour").contains("<le> & \"monde\"").contains("fin");
      assertThat(doc.getPackage().getMediaTypeString()).isEqualTo(OdfPackage.TEXT);
    } finally {
      if (old == null) System.clearProperty("fejdoc.sourceDateEpoch");
      else System.setProperty("fejdoc.sourceDateEpoch", old);
    }
  }

  @Test
  void odfTextKeepsSpacesTabsAndBreaks() {
    OdfXml x = new OdfXml(64);
    x.open("text:p").odfText(" a   b\tc\nd").close();
    String s = new String(x.bytes(), StandardCharsets.UTF_8);
    assertThat(s)
        .endsWith(
            "<text:p><text:s/>a <text:s text:c=\"2\"/>b<text:tab/>c<text:line-break/>d</text:p>");
  }
}
