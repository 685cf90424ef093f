package org.driftgraph.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;

class GraphMlExporterTest {

  @Test
  void mapsCypherValueTypesToGraphMlTypes() {
    assertThat(GraphMlExporter.graphMlType(List.of("INTEGER NOT NULL"))).isEqualTo("long");
    assertThat(GraphMlExporter.graphMlType(List.of("FLOAT NOT NULL"))).isEqualTo("double");
    assertThat(GraphMlExporter.graphMlType(List.of("BOOLEAN NOT NULL"))).isEqualTo("boolean");
    assertThat(GraphMlExporter.graphMlType(List.of("STRING NOT NULL"))).isEqualTo("string");
    assertThat(GraphMlExporter.graphMlType(List.of("LIST<STRING NOT NULL> NOT NULL")))
        .isEqualTo("string");
    assertThat(GraphMlExporter.graphMlType(List.of("INTEGER NOT NULL", "FLOAT NOT NULL")))
        .isEqualTo("string");
  }

  @Test
  void keepsCarriageReturnsAndReplacesCharactersXmlCannotCarry() throws Exception {
    StringWriter out = new StringWriter();
    XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
    GraphMlExporter.writeText(xml, "a\r\nb\u0001c\td<&>\"");
    xml.flush();

    assertThat(out.toString()).isEqualTo("a&#13;\nb\uFFFDc\td&lt;&amp;&gt;\"");
  }
}
