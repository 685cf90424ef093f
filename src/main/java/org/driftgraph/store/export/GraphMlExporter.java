package org.driftgraph.store.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.driftgraph.store.CypherScripts;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Writes the {@code :Entity}, {@code :Article} and {@code :Claim} nodes and every relationship
 * between them as GraphML, for TinkerPop's {@code GraphMLReader} and for Gephi.
 *
 * <ul>
 *   <li>Node ids are {@code <id space>/<id>} ({@code Entity/tamtam}, {@code Article/3f2a...},
 *       {@code Claim/...}), since ids are unique only per label; edges have ids {@code e0, e1,
 *       ...}.
 *   <li>{@code labelV} (TinkerPop's vertex label key) is the most specific label: the entity type
 *       label such as {@code Platform}, else {@code Article} or {@code Claim}; {@code labels} holds
 *       all Neo4j labels as {@code :Entity:Platform}. {@code labelE} is the relationship type.
 *   <li>{@code label} is what a person reads on a node: an entity's English name, an article's
 *       title, a claim's type and date. Gephi takes the key named {@code label} as the node label
 *       (without it, it shows the node id, {@code Entity/tamtam}).
 *   <li>Every property becomes a {@code <data>} element under a {@code <key>} typed {@code long},
 *       {@code double}, {@code boolean} or {@code string}. GraphML has no list type: lists are
 *       written as JSON arrays ({@code ["TamTam","تام تام"]}) under a {@code string} key, as are
 *       keys whose values have mixed types.
 *   <li>Characters XML 1.0 cannot carry (control characters other than tab, LF and CR) are replaced
 *       by U+FFFD; CR is written as {@code &#13;} so that it survives XML line-end normalisation.
 * </ul>
 *
 * <p>Nodes and edges are streamed from the driver to a StAX writer; a first query collects the
 * property keys and their types, because GraphML declares keys before the graph.
 */
public final class GraphMlExporter {

  private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
  private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
  private static final String SCHEMA_LOCATION =
      GRAPHML_NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
  private static final String VERTEX_LABEL = "labelV";
  private static final String LABELS = "labels";
  private static final String EDGE_LABEL = "labelE";
  private static final String CAPTION = "label";
  private static final Set<String> RESERVED = Set.of(VERTEX_LABEL, LABELS, EDGE_LABEL, CAPTION);

  private final Driver driver;
  private final ObjectMapper json = new ObjectMapper();

  public GraphMlExporter(Driver driver) {
    this.driver = Objects.requireNonNull(driver, "driver");
  }

  /** Writes the graph to {@code file}, creating its directory and replacing an old file. */
  public ExportResult export(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (Session session =
        driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
      Keys keys = readKeys(session);
      SortedMap<String, Long> counts = new TreeMap<>();
      try (OutputStream out = Files.newOutputStream(partial)) {
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("graphml");
        xml.writeDefaultNamespace(GRAPHML_NS);
        xml.writeNamespace("xsi", XSI_NS);
        xml.writeAttribute(XSI_NS, "schemaLocation", SCHEMA_LOCATION);
        xml.writeCharacters("\n");
        keys.declare(xml);
        xml.writeStartElement("graph");
        xml.writeAttribute("id", "driftgraph");
        xml.writeAttribute("edgedefault", "directed");
        xml.writeCharacters("\n");
        counts.put("nodes", writeNodes(session, keys, xml));
        counts.put("edges", writeEdges(session, keys, xml));
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      return new ExportResult(file, counts);
    } catch (XMLStreamException e) {
      throw new IOException("cannot write GraphML to " + file + ": " + e.getMessage(), e);
    } catch (Neo4jException e) {
      throw new IllegalStateException(
          "cannot export GraphML to " + file + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private static Keys readKeys(Session session) {
    Result result = session.run(CypherScripts.load("export/graphml-keys.cypher"));
    SortedMap<String, String> nodeKeys = new TreeMap<>();
    SortedMap<String, String> edgeKeys = new TreeMap<>();
    while (result.hasNext()) {
      Record record = result.next();
      String name = record.get("name").asString();
      if (RESERVED.contains(name)) {
        throw new IllegalStateException(
            "property '" + name + "' clashes with a GraphML key the export reserves: " + RESERVED);
      }
      String type = graphMlType(record.get("types").asList(Value::asString));
      (record.get("domain").asString().equals("node") ? nodeKeys : edgeKeys).put(name, type);
    }
    return new Keys(nodeKeys, edgeKeys);
  }

  /**
   * GraphML attribute type for the Cypher value types a key has (as {@code valueType()} names
   * them).
   */
  static String graphMlType(List<String> cypherTypes) {
    if (cypherTypes.size() != 1) {
      return "string";
    }
    return switch (cypherTypes.get(0)) {
      case "INTEGER NOT NULL" -> "long";
      case "FLOAT NOT NULL" -> "double";
      case "BOOLEAN NOT NULL" -> "boolean";
      default -> "string";
    };
  }

  private long writeNodes(Session session, Keys keys, XMLStreamWriter xml)
      throws XMLStreamException {
    Result result = session.run(CypherScripts.load("export/graphml-nodes.cypher"));
    long count = 0;
    while (result.hasNext()) {
      Record record = result.next();
      xml.writeCharacters("  ");
      xml.writeStartElement("node");
      xml.writeAttribute("id", record.get("key").asString());
      writeData(xml, VERTEX_LABEL, record.get("label").asString());
      writeData(xml, LABELS, record.get("labels").asString());
      writeData(xml, CAPTION, record.get("caption").asString());
      writeProperties(xml, keys.nodeIds(), record.get("properties").asMap(v -> v));
      xml.writeEndElement();
      xml.writeCharacters("\n");
      count++;
    }
    return count;
  }

  private long writeEdges(Session session, Keys keys, XMLStreamWriter xml)
      throws XMLStreamException {
    Result result = session.run(CypherScripts.load("export/graphml-edges.cypher"));
    long count = 0;
    while (result.hasNext()) {
      Record record = result.next();
      xml.writeCharacters("  ");
      xml.writeStartElement("edge");
      xml.writeAttribute("id", "e" + count);
      xml.writeAttribute("source", record.get("source").asString());
      xml.writeAttribute("target", record.get("target").asString());
      writeData(xml, EDGE_LABEL, record.get("label").asString());
      writeProperties(xml, keys.edgeIds(), record.get("properties").asMap(v -> v));
      xml.writeEndElement();
      xml.writeCharacters("\n");
      count++;
    }
    return count;
  }

  private void writeProperties(
      XMLStreamWriter xml, Map<String, String> keyIds, Map<String, Value> properties)
      throws XMLStreamException {
    for (Map.Entry<String, Value> property : new TreeMap<>(properties).entrySet()) {
      writeData(xml, keyIds.get(property.getKey()), text(property.getValue().asObject()));
    }
  }

  private String text(Object value) {
    if (value instanceof List<?> list) {
      try {
        return json.writeValueAsString(list);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException("cannot write list " + list + " as JSON", e);
      }
    }
    return String.valueOf(value);
  }

  private static void writeData(XMLStreamWriter xml, String keyId, String value)
      throws XMLStreamException {
    xml.writeStartElement("data");
    xml.writeAttribute("key", keyId);
    writeText(xml, value);
    xml.writeEndElement();
  }

  /**
   * Writes character data, keeping CR as a character reference and replacing what XML 1.0 forbids.
   */
  static void writeText(XMLStreamWriter xml, String value) throws XMLStreamException {
    StringBuilder run = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r') {
        xml.writeCharacters(run.toString());
        run.setLength(0);
        xml.writeEntityRef("#13");
      } else if (c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF) {
        run.append('\uFFFD');
      } else {
        run.append(c);
      }
    }
    xml.writeCharacters(run.toString());
  }

  /** The declared property keys: GraphML ids {@code k0, k1, ...} per property name and domain. */
  private static final class Keys {
    private final SortedMap<String, String> nodeTypes;
    private final SortedMap<String, String> edgeTypes;
    private final Map<String, String> nodeIds = new TreeMap<>();
    private final Map<String, String> edgeIds = new TreeMap<>();

    Keys(SortedMap<String, String> nodeTypes, SortedMap<String, String> edgeTypes) {
      this.nodeTypes = nodeTypes;
      this.edgeTypes = edgeTypes;
      int index = 0;
      for (String name : nodeTypes.keySet()) {
        nodeIds.put(name, "k" + index++);
      }
      for (String name : edgeTypes.keySet()) {
        edgeIds.put(name, "k" + index++);
      }
    }

    Map<String, String> nodeIds() {
      return nodeIds;
    }

    Map<String, String> edgeIds() {
      return edgeIds;
    }

    void declare(XMLStreamWriter xml) throws XMLStreamException {
      declare(xml, VERTEX_LABEL, "node", VERTEX_LABEL, "string");
      declare(xml, LABELS, "node", LABELS, "string");
      declare(xml, CAPTION, "node", CAPTION, "string");
      declare(xml, EDGE_LABEL, "edge", EDGE_LABEL, "string");
      for (Map.Entry<String, String> key : nodeTypes.entrySet()) {
        declare(xml, nodeIds.get(key.getKey()), "node", key.getKey(), key.getValue());
      }
      for (Map.Entry<String, String> key : edgeTypes.entrySet()) {
        declare(xml, edgeIds.get(key.getKey()), "edge", key.getKey(), key.getValue());
      }
    }

    private static void declare(
        XMLStreamWriter xml, String id, String domain, String name, String type)
        throws XMLStreamException {
      xml.writeCharacters("  ");
      xml.writeEmptyElement("key");
      xml.writeAttribute("id", id);
      xml.writeAttribute("for", domain);
      xml.writeAttribute("attr.name", name);
      xml.writeAttribute("attr.type", type);
      xml.writeCharacters("\n");
    }
  }
}
