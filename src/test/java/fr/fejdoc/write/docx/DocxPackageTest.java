package fr.fejdoc.write.docx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.document.Doc;
import fr.fejdoc.write.Resources;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The package the DOCX writer assembles itself: every XML part well-formed, every part listed in
 * the content types and every listed part present, every relationship target present, every
 * relationship used by a part declared by it, entries in a fixed order; and the writer's sources
 * free of POI and xmlbeans (POI only reads DOCX).
 */
class DocxPackageTest {
  private static final DocxWriter WRITER = new DocxWriter();
  private static final Pattern USED_ID = Pattern.compile("r:(?:id|embed)=\"([^\"]+)\"");

  @Test
  void everyPartIsListedWellFormedAndEveryRelationshipResolves() throws Exception {
    byte[] png =
        java.util.Base64.getDecoder()
            .decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    Resources res =
        source ->
            source.equals("logo.png") ? java.util.Optional.of(png) : java.util.Optional.empty();
    List<byte[]> docs = new ArrayList<>();
    docs.add(WRITER.write(SampleDoc.build(), res));
    docs.add(WRITER.write(new Doc(null, null, List.of()), null));
    for (ExampleDocs.Example e : ExampleDocs.all()) docs.add(WRITER.write(e.doc(), e.resources()));
    for (byte[] docx : docs) check(docx);
  }

  private static void check(byte[] docx) throws Exception {
    Map<String, byte[]> parts = unzip(docx);
    List<String> names = new ArrayList<>(parts.keySet());
    assertThat(names.subList(0, 2)).containsExactly("[Content_Types].xml", "_rels/.rels");
    // then the properties, and the word/ parts by name, each followed by its relationships
    assertThat(names.stream().filter(n -> n.startsWith("word/") && !n.contains("_rels/")).toList())
        .isSorted();
    for (int i = 1; i < names.size(); i++)
      if (names.get(i).startsWith("word/_rels/"))
        assertThat(names.get(i))
            .isEqualTo("word/_rels/" + names.get(i - 1).substring("word/".length()) + ".rels");
    for (var p : parts.entrySet())
      if (p.getKey().endsWith(".xml") || p.getKey().endsWith(".rels")) parse(p.getValue());

    Element types = parse(parts.get("[Content_Types].xml"));
    Set<String> overridden = new HashSet<>();
    NodeList overrides = types.getElementsByTagName("Override");
    for (int i = 0; i < overrides.getLength(); i++) {
      String name = ((Element) overrides.item(i)).getAttribute("PartName");
      assertThat(parts).as("listed part %s", name).containsKey(name.substring(1));
      overridden.add(name.substring(1));
    }
    for (String name : names) {
      if (name.endsWith(".xml") && !name.equals("[Content_Types].xml"))
        assertThat(overridden).as("content type of %s", name).contains(name);
    }
    Set<String> defaults = new HashSet<>();
    NodeList ds = types.getElementsByTagName("Default");
    for (int i = 0; i < ds.getLength(); i++)
      defaults.add(((Element) ds.item(i)).getAttribute("Extension"));
    for (String name : names) {
      if (name.startsWith("word/media/"))
        assertThat(defaults).contains(name.substring(name.lastIndexOf('.') + 1));
    }

    assertThat(targets(parts, "_rels/.rels", ""))
        .containsKeys("rId1", "rId2", "rId3")
        .containsValues("word/document.xml", "docProps/core.xml", "docProps/app.xml");
    for (String part : names) {
      if (!part.startsWith("word/") || part.contains("/_rels/") || !part.endsWith(".xml")) continue;
      String rels = "word/_rels/" + part.substring("word/".length()) + ".rels";
      Map<String, String> declared =
          parts.containsKey(rels) ? targets(parts, rels, "word/") : Map.of();
      Matcher m =
          USED_ID.matcher(new String(parts.get(part), java.nio.charset.StandardCharsets.UTF_8));
      while (m.find())
        assertThat(declared).as("%s uses %s", part, m.group(1)).containsKey(m.group(1));
    }
    assertThat(targets(parts, "word/_rels/document.xml.rels", "word/"))
        .containsValues("word/styles.xml", "word/settings.xml");
  }

  /** The relationships of a rels part: id → target part (external targets left out). */
  private static Map<String, String> targets(Map<String, byte[]> parts, String rels, String base)
      throws Exception {
    assertThat(parts).containsKey(rels);
    Map<String, String> out = new LinkedHashMap<>();
    NodeList list = parse(parts.get(rels)).getElementsByTagName("Relationship");
    for (int i = 0; i < list.getLength(); i++) {
      Element r = (Element) list.item(i);
      String id = r.getAttribute("Id");
      assertThat(out).as("unique id %s in %s", id, rels).doesNotContainKey(id);
      if (r.getAttribute("TargetMode").equals("External")) {
        out.put(id, r.getAttribute("Target"));
        continue;
      }
      String target = base + r.getAttribute("Target");
      assertThat(parts).as("target of %s in %s", id, rels).containsKey(target);
      out.put(id, target);
    }
    return out;
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) out.put(e.getName(), z.readAllBytes());
    }
    return out;
  }

  private static Element parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
  }

  @Test
  void theWriterDoesNotUsePoi() throws IOException {
    Path dir = Path.of("src/main/java/fr/fejdoc/write/docx");
    List<String> users = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> files = Files.list(dir)) {
      sources = files.sorted().toList();
    }
    assertThat(sources).hasSizeGreaterThan(10);
    for (Path f : sources) {
      // Ooxml serves the POI-written XLSX and the catalogue's workbook
      if (f.getFileName().toString().equals("Ooxml.java")) continue;
      String src = Files.readString(f);
      if (src.contains("org.apache.poi")
          || src.contains("org.apache.xmlbeans")
          || src.contains("org.openxmlformats")) users.add(f.getFileName().toString());
    }
    assertThat(users).as("DOCX writer sources using POI").isEmpty();
  }
}
