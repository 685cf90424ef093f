package org.driftgraph.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.tinkerpop.gremlin.structure.Edge;
import org.apache.tinkerpop.gremlin.structure.Vertex;
import org.apache.tinkerpop.gremlin.structure.io.graphml.GraphMLReader;
import org.apache.tinkerpop.gremlin.tinkergraph.structure.TinkerGraph;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@ExtendWith(Neo4jHarness.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphMlExporterIT {

  private Path file;
  private ExportResult result;

  @BeforeAll
  void exportFixture(Driver driver, @TempDir Path dir) throws Exception {
    ExportFixture.create(driver);
    file = dir.resolve("graphml/driftgraph.graphml");
    result = new GraphMlExporter(driver).export(file);
  }

  @Test
  void countsEveryNodeAndRelationship() {
    assertThat(result.target()).isEqualTo(file);
    assertThat(result.counts())
        .containsExactlyInAnyOrderEntriesOf(Map.of("nodes", 13L, "edges", 27L));
    assertThat(file.resolveSibling("driftgraph.graphml.partial")).doesNotExist();
  }

  @Test
  void isWellFormedGraphMlWithAKeyForEveryDataElement() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(file.toFile());

    Element root = document.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("graphml");
    assertThat(root.getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
    Map<String, String> keyDomains = new HashMap<>();
    Map<String, String> keyTypes = new HashMap<>();
    NodeList keys = document.getElementsByTagName("key");
    for (int i = 0; i < keys.getLength(); i++) {
      Element key = (Element) keys.item(i);
      assertThat(keyDomains.put(key.getAttribute("id"), key.getAttribute("for")))
          .as("duplicate key id")
          .isNull();
      keyTypes.put(
          key.getAttribute("for") + ":" + key.getAttribute("attr.name"),
          key.getAttribute("attr.type"));
    }
    assertThat(keyTypes)
        .containsEntry("node:labelV", "string")
        .containsEntry("node:labels", "string")
        .containsEntry("node:label", "string")
        .containsEntry("edge:labelE", "string")
        .containsEntry("node:names", "string")
        .containsEntry("node:discovered", "boolean")
        .containsEntry("node:confidence", "double")
        .containsEntry("node:start", "long")
        .containsEntry("edge:count", "long")
        .containsEntry("edge:from", "string");
    NodeList data = document.getElementsByTagName("data");
    for (int i = 0; i < data.getLength(); i++) {
      Element element = (Element) data.item(i);
      String owner = element.getParentNode().getNodeName();
      assertThat(keyDomains.get(element.getAttribute("key")))
          .as("key of a data element")
          .isEqualTo(owner);
    }
    Set<String> nodeIds = new HashSet<>();
    NodeList nodes = document.getElementsByTagName("node");
    for (int i = 0; i < nodes.getLength(); i++) {
      nodeIds.add(((Element) nodes.item(i)).getAttribute("id"));
    }
    NodeList edges = document.getElementsByTagName("edge");
    for (int i = 0; i < edges.getLength(); i++) {
      Element edge = (Element) edges.item(i);
      assertThat(nodeIds).contains(edge.getAttribute("source"), edge.getAttribute("target"));
    }
  }

  @Test
  void tinkerGraphReadsItBackWithLabelsAndProperties() throws Exception {
    TinkerGraph graph = TinkerGraph.open();
    try (InputStream in = Files.newInputStream(file)) {
      GraphMLReader.build().create().readGraph(in, graph);
    }

    assertThat(graph.traversal().V().count().next()).isEqualTo(13L);
    assertThat(graph.traversal().E().count().next()).isEqualTo(27L);
    Vertex tamtam = graph.vertices("Entity/tamtam").next();
    assertThat(tamtam.label()).isEqualTo("Platform");
    assertThat(tamtam.<String>value("labels")).isEqualTo(":Entity:Platform");
    // Gephi shows the "label" key: the name a person reads, not the node id.
    assertThat(tamtam.<String>value("label")).isEqualTo("TamTam");
    assertThat(tamtam.<String>value("id")).isEqualTo("tamtam");
    assertThat(tamtam.<Boolean>value("discovered")).isFalse();
    assertThat(tamtam.<String>value("names"))
        .isEqualTo("[\"TamTam\",\"تام تام\",\"\\\"TamTam\\\", the app\"]");
    assertThat(graph.vertices("Entity/rocket-chat").next().<String>value("names")).isEqualTo("[]");

    Vertex article = graph.vertices("Article/a1b2c3d4e5f60718").next();
    assertThat(article.label()).isEqualTo("Article");
    assertThat(article.<String>value("label")).isEqualTo("عنوان، فيه \"علامات\"");
    assertThat(article.<String>value("text")).isEqualTo(ExportFixture.ARTICLE_TEXT);
    assertThat(article.keys()).doesNotContain("labelV");
    assertThat(graph.vertices("Article/0f1e2d3c4b5a6978").next().keys())
        .doesNotContain("url", "publisher");

    Vertex claim = graph.vertices("Claim/c-migrated").next();
    assertThat(claim.<String>value("type")).isEqualTo("MIGRATED_TO");
    assertThat(claim.<String>value("label")).isEqualTo("MIGRATED_TO 2019-11");
    assertThat(graph.vertices("Claim/c-banned").next().<String>value("label"))
        .isEqualTo("BANNED_BY");
    assertThat(claim.<Double>value("confidence")).isEqualTo(0.8);
    assertThat(claim.<Long>value("end")).isEqualTo(60L);
    assertThat(claim.<String>value("sentence")).isEqualTo(ExportFixture.CLAIM_SENTENCE);

    Vertex isis = graph.vertices("Entity/isis").next();
    Edge migrated =
        isis.edges(org.apache.tinkerpop.gremlin.structure.Direction.OUT, "MIGRATED_TO").next();
    assertThat(migrated.inVertex().id()).isEqualTo("Entity/tamtam");
    assertThat(migrated.<String>value("from")).isEqualTo("[\"telegram\",\"rocket-chat\"]");
    assertThat(migrated.<Long>value("evidence")).isEqualTo(2L);
    Vertex announced = graph.vertices("Claim/c-announced").next();
    assertThat(
            announced
                .edges(org.apache.tinkerpop.gremlin.structure.Direction.OUT, "ABOUT")
                .next()
                .inVertex()
                .id())
        .isEqualTo("Entity/london-bridge-attack-2019");
    Edge announcedOn =
        graph
            .vertices("Entity/nashir-news-agency")
            .next()
            .edges(org.apache.tinkerpop.gremlin.structure.Direction.OUT, "ANNOUNCED_ON")
            .next();
    assertThat(announcedOn.<String>value("events")).isEqualTo("[\"london-bridge-attack-2019\"]");
    assertThat(
            List.of(
                graph.traversal().E().hasLabel("DISPLACED_TO").count().next(),
                graph.traversal().E().hasLabel("MENTIONS").count().next()))
        .containsExactly(2L, 5L);
  }
}
