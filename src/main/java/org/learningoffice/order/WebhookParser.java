package org.learningoffice.order;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Reads a webhook body strictly: JSON without a byte order mark, nested at most {@link
 * #MAX_NESTING} levels, nothing after the document. Anything else is a {@link
 * MalformedWebhookException} with a one-line reason.
 */
final class WebhookParser {
  /** Deeper JSON is refused before it is read into a tree. */
  static final int MAX_NESTING = 100;

  private final ObjectMapper json;

  WebhookParser(ObjectMapper json) {
    this.json = strict(json);
  }

  /**
   * The service's mapper with a bound on nesting (Jira's deepest documents, ADF descriptions, stay
   * well under it) and no data allowed after the document.
   */
  private static ObjectMapper strict(ObjectMapper json) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();
    return new ObjectMapper(factory)
        .setConfig(json.getDeserializationConfig())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  JsonNode parse(byte[] body) {
    if (body.length >= 3
        && (body[0] & 0xff) == 0xEF
        && (body[1] & 0xff) == 0xBB
        && (body[2] & 0xff) == 0xBF) {
      throw new MalformedWebhookException("body starts with a byte order mark");
    }
    try {
      JsonNode root = json.readTree(body);
      if (root == null || root.isMissingNode()) {
        throw new MalformedWebhookException("body is empty");
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw new MalformedWebhookException("body is nested deeper than " + MAX_NESTING + " levels");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new MalformedWebhookException(
          at == null
              ? "body is not valid JSON"
              : "body is not valid JSON (line "
                  + at.getLineNr()
                  + ", column "
                  + at.getColumnNr()
                  + ")");
    } catch (IOException e) {
      throw new MalformedWebhookException("body cannot be read");
    }
  }
}
