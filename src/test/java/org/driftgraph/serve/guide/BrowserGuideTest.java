package org.driftgraph.serve.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.driftgraph.query.QueryParameter;
import org.driftgraph.query.SavedQueries;
import org.driftgraph.query.SavedQuery;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BrowserGuideTest {
  @Test
  void everySavedQueryHasASlideWithItsParametersAndCypher() {
    List<SavedQuery> queries = SavedQueries.list();
    Document guide = Jsoup.parse(BrowserGuide.html(queries));

    assertThat(guide.title()).startsWith("driftgraph");
    // Two slides on the model, one per query, one closing slide.
    assertThat(guide.select("slide")).hasSize(queries.size() + 3);
    for (SavedQuery query : queries) {
      Element slide = guide.select("slide:has(h3:containsOwn(" + query.name() + "))").first();
      assertThat(slide).as(query.name()).isNotNull();
      String runnable = slide.selectFirst("pre.runnable").wholeText();
      assertThat(runnable).endsWith(query.cypher().strip() + ";");
      for (QueryParameter parameter : query.parameters()) {
        assertThat(runnable).contains(":param " + parameter.name() + " => ");
      }
    }
  }

  @Test
  void parametersTakeTheirDefaultOrTheExampleOfTheirDescription() {
    SavedQuery query =
        SavedQueries.parse(
            "q.cypher",
            """
        // name: q
        // description: a test query
        // param: id string - id of the entity, e.g. mail-ru-group
        // param: limit integer 10 how many
        // param: all boolean false every one
        // param: quote string it's a name with a quote
        MATCH (e:Entity {id: $id}) RETURN e LIMIT $limit
        """);
    assertThat(BrowserGuide.runnable(query))
        .isEqualTo(
            """
        :param id => 'mail-ru-group';
        :param limit => 10;
        :param all => false;
        :param quote => 'it\\'s';
        MATCH (e:Entity {id: $id}) RETURN e LIMIT $limit;""");
  }

  @Test
  void aRequiredParameterWithoutExampleIsAnError() {
    SavedQuery query =
        SavedQueries.parse(
            "q.cypher",
            """
        // name: q
        // description: a test query
        // param: id string - the id
        RETURN $id
        """);
    assertThatThrownBy(() -> BrowserGuide.html(List.of(query)))
        .hasMessageContaining("saved query q: required parameter id gives no example");
  }

  @Test
  void cypherIsEscapedForHtml() {
    SavedQuery query =
        SavedQueries.parse(
            "q.cypher",
            """
        // name: q
        // description: arrows <- and ->
        MATCH (a)<-[:R]-(b) RETURN a
        """);
    Document guide = Jsoup.parse(BrowserGuide.html(List.of(query)));
    assertThat(guide.selectFirst("slide:has(h3:containsOwn(q)) pre.runnable").wholeText())
        .isEqualTo("MATCH (a)<-[:R]-(b) RETURN a;");
  }
}
