package fr.fejdoc.write.odf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The one escaper of the ODF and OOXML writers, read back by an XML parser. */
class OdfXmlTest {

  private static Element parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement();
  }

  @Test
  void attributeValuesReadBackAsWritten() throws Exception {
    String value = "ligne 1\nligne 2\ttab\r\nfin & « <b> » \"cité\" 'x'";
    OdfXml x = new OdfXml();
    x.open("a").attr("v", value).text("t\tu\nv").close();
    Element a = parse(x.xml());
    assertThat(a.getAttribute("v")).isEqualTo(value);
    assertThat(a.getTextContent()).isEqualTo("t\tu\nv");
  }

  @Test
  void charactersXmlCannotHoldAreDroppedFromAttributesToo() throws Exception {
    StringBuilder out = new StringBuilder("<a v=\"");
    OdfXml.escapeAttribute(out, "a\u0001b\uFFFEc\uD800d\n");
    out.append("\"/>");
    assertThat(parse(out.toString()).getAttribute("v")).isEqualTo("abcd\n");
  }
}
