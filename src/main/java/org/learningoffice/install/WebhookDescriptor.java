package org.learningoffice.install;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learningoffice.config.ActionsConfig;
import org.learningoffice.config.AppConfig;
import org.learningoffice.jira.Jql;

/**
 * {@code plugin-descriptor/webhook.json} (packed into the jar) with its {@code ${key}} placeholders
 * filled from the configuration: {@code server.publicBaseUrl}, {@code orders.jql} (widened to the
 * action issues when {@code actions.project} is set, see {@link #filter}) and {@code
 * jira.webhookSecret}. Filled value by value in the JSON tree, so JQL with quotes stays one string.
 */
public final class WebhookDescriptor {
  static final String RESOURCE = "/plugin-descriptor/webhook.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z.]+)}");

  private WebhookDescriptor() {}

  /** The registration to send to Jira; without {@code secret} when no secret is configured. */
  public static ObjectNode registration(ObjectMapper json, AppConfig config) {
    ObjectNode template;
    try (InputStream in = WebhookDescriptor.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      template = (ObjectNode) json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String base = config.server().publicBaseUrl().toString().replaceAll("/+$", "");
    Optional<String> secret = config.jira().webhookSecretIfSet().map(s -> s.reveal());
    Map<String, Optional<String>> values =
        Map.of(
            "server.publicBaseUrl", Optional.of(base),
            "orders.jql", Optional.of(filter(config)),
            "jira.webhookSecret", secret);
    if (secret.isEmpty()) {
      template.remove("secret");
    }
    fill(template, values);
    return template;
  }

  /**
   * The webhook's JQL filter: {@code orders.jql}, and with action issues on, {@code (<orders.jql>)
   * OR labels = "learning-office-action"} (any {@code ORDER BY} of {@code orders.jql} left out, as
   * JQL allows it only at the end), so that an action issue's changes arrive at once instead of at
   * the next poll.
   */
  static String filter(AppConfig config) {
    String orders = config.orders().jql();
    return config.actions().issues()
        ? "("
            + Jql.withoutOrderBy(orders).strip()
            + ") OR labels = \""
            + ActionsConfig.ISSUE_LABEL
            + "\""
        : orders;
  }

  private static void fill(JsonNode node, Map<String, Optional<String>> values) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (field.getValue().isTextual()) {
          field.setValue(new TextNode(filled(field.getValue().asText(), values)));
        } else {
          fill(field.getValue(), values);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          array.set(i, new TextNode(filled(array.get(i).asText(), values)));
        } else {
          fill(array.get(i), values);
        }
      }
    }
  }

  private static String filled(String text, Map<String, Optional<String>> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Optional<String> value = values.getOrDefault(m.group(1), Optional.empty());
      if (!values.containsKey(m.group(1))) {
        throw new IllegalStateException("webhook.json names an unknown key " + m.group(1));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value.orElse("")));
    }
    m.appendTail(out);
    return out.toString();
  }
}
