package org.learningoffice.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningoffice.jira.Document.link;
import static org.learningoffice.jira.Document.mention;
import static org.learningoffice.jira.Document.strong;
import static org.learningoffice.jira.Document.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.learningoffice.jira.Document.BulletList;
import org.learningoffice.jira.Document.Heading;
import org.learningoffice.jira.Document.Paragraph;

/** ADF for Cloud: user text lands in text nodes as it is, never parsed. */
class AdfRendererTest {
  private final AdfRenderer renderer = new AdfRenderer();

  @ParameterizedTest
  @FieldSource("org.learningoffice.jira.HostileText#SAMPLES")
  void hostileTextComesBackVerbatimFromTextNodesAndLineBreaks(String hostile) {
    JsonNode paragraph = renderer.render(Document.of(Paragraph.of(text(hostile)))).at("/content/0");

    StringBuilder shown = new StringBuilder();
    for (JsonNode node : paragraph.path("content")) {
      assertThat(node.path("type").asText()).isIn("text", "hardBreak");
      assertThat(node.has("marks")).isFalse();
      if (node.path("type").asText().equals("text")) {
        assertThat(node.path("text").asText()).isNotEmpty().doesNotContain("\n", "\r");
        shown.append(node.path("text").asText());
      } else {
        shown.append('\n');
      }
    }
    assertThat(shown.toString()).isEqualTo(hostile.replace("\r\n", "\n").replace('\r', '\n'));
  }

  @Test
  void rendersTheDocumentStructure() throws Exception {
    JiraUser jane = new JiraUser(new UserId.AccountId("5b10a2844c20165700ede21g"), "Jane Doe");
    Document document =
        Document.of(
            Heading.of(2, text("Lessons")),
            Paragraph.of(
                mention(jane),
                text(" add yours: "),
                link("capture form", URI.create("https://lo.example.com/capture/abc"))),
            BulletList.of(Paragraph.of(strong("Stage"), text(" design"))));

    assertThat(renderer.render(document))
        .isEqualTo(
            TestJira.JSON.readTree(
                """
                {"type":"doc","version":1,"content":[
                  {"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"Lessons"}]},
                  {"type":"paragraph","content":[
                    {"type":"mention","attrs":{"id":"5b10a2844c20165700ede21g","text":"@Jane Doe"}},
                    {"type":"text","text":" add yours: "},
                    {"type":"text","text":"capture form","marks":[
                      {"type":"link","attrs":{"href":"https://lo.example.com/capture/abc"}}]}]},
                  {"type":"bulletList","content":[
                    {"type":"listItem","content":[{"type":"paragraph","content":[
                      {"type":"text","text":"Stage","marks":[{"type":"strong"}]},
                      {"type":"text","text":" design"}]}]}]}]}
                """));
  }

  @Test
  void aMentionDisplayNameIsAnAttributeNotMarkup() {
    JiraUser odd = new JiraUser(new UserId.AccountId("abc"), "[~admin] <b>");

    JsonNode node =
        renderer.render(Document.of(Paragraph.of(mention(odd)))).at("/content/0/content/0");

    assertThat(node.path("type").asText()).isEqualTo("mention");
    assertThat(node.at("/attrs/text").asText()).isEqualTo("@[~admin] <b>");
    assertThat(node.path("attrs").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("id", "text");
    assertThat(node.has("content")).as("a mention carries no text nodes to parse").isFalse();
  }

  @Test
  void cloudMentionsNeedAnAccountId() {
    JiraUser dcUser = new JiraUser(new UserId.Username("jdoe"), "Jane");

    assertThatThrownBy(() -> renderer.render(Document.of(Paragraph.of(mention(dcUser)))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
