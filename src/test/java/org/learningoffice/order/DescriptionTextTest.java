package org.learningoffice.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class DescriptionTextTest {
  private final ObjectMapper json = new ObjectMapper();

  private JsonNode adf(String content) throws Exception {
    return json.readTree("{\"type\":\"doc\",\"version\":1,\"content\":[" + content + "]}");
  }

  @Test
  void wikiMarkupFromAWebhookIsKeptAsItIs() {
    assertThat(DescriptionText.of(new TextNode("  h2. Scope\\n*Powder coated* frame  ")))
        .isEqualTo("h2. Scope\\n*Powder coated* frame");
  }

  @Test
  void aDocumentGivesItsWordsInOrderWithALineAfterEachBlock() throws Exception {
    JsonNode doc =
        adf(
            "{\"type\":\"heading\",\"attrs\":{\"level\":2},\"content\":[{\"type\":\"text\",\"text\":\"Scope\"}]},"
                + "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Frame for \"},"
                + "{\"type\":\"text\",\"text\":\"Acme\",\"marks\":[{\"type\":\"strong\"}]},"
                + "{\"type\":\"text\",\"text\":\", ask \"},"
                + "{\"type\":\"mention\",\"attrs\":{\"id\":\"5b10\",\"text\":\"@Eva\"}}]},"
                + "{\"type\":\"bulletList\",\"content\":[{\"type\":\"listItem\",\"content\":"
                + "[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"powder coat\"}]}]}]}");

    assertThat(DescriptionText.of(doc)).isEqualTo("Scope\nFrame for Acme, ask @Eva\npowder coat");
  }

  @Test
  void noDescriptionOrAnUnreadableOneIsEmpty() throws Exception {
    assertThat(DescriptionText.of(MissingNode.getInstance())).isEmpty();
    assertThat(DescriptionText.of(NullNode.getInstance())).isEmpty();
    assertThat(DescriptionText.of(json.readTree("42"))).isEmpty();
    assertThat(DescriptionText.of(json.readTree("{\"type\":\"doc\",\"content\":{\"a\":1}}")))
        .isEmpty();
    assertThat(DescriptionText.of(json.readTree("{\"type\":\"doc\",\"content\":[1,\"x\",null]}")))
        .isEmpty();
  }

  @Test
  void aLongDescriptionIsCutWithoutSplittingACharacter() throws Exception {
    String emoji = "\uD83D\uDE00";
    String words = "a".repeat(DescriptionText.MAX_CHARS - 1) + emoji + "tail";

    assertThat(DescriptionText.of(new TextNode(words)))
        .hasSizeLessThanOrEqualTo(DescriptionText.MAX_CHARS)
        .doesNotContain("tail")
        .matches(s -> !Character.isHighSurrogate(s.charAt(s.length() - 1)), "no half pair");
    JsonNode doc =
        adf(
            ("{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\""
                        + "x".repeat(1000)
                        + "\"}]},")
                    .repeat(20)
                + "{\"type\":\"paragraph\"}");
    assertThat(DescriptionText.of(doc)).hasSizeLessThanOrEqualTo(DescriptionText.MAX_CHARS);
  }

  @Test
  void aDeepDocumentIsReadWithoutOverflowingTheStack() throws Exception {
    String deep =
        "{\"type\":\"blockquote\",\"content\":[".repeat(5000)
            + "{\"type\":\"text\",\"text\":\"deep\"}"
            + "]}".repeat(5000);
    JsonNode doc =
        new ObjectMapper(
                JsonFactory.builder()
                    .streamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(20_000).build())
                    .build())
            .readTree(deep);

    assertThat(DescriptionText.of(doc)).startsWith("deep");
  }
}
