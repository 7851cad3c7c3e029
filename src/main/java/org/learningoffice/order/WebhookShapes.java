package org.learningoffice.order;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.learningoffice.store.StorableText;

/**
 * What a webhook must look like for the inbox worker to be able to apply it: ids and keys in Jira's
 * shapes and within the columns they are stored in, a timestamp a database can hold, and no text
 * that a database refuses (NUL, a lone UTF-16 surrogate). Checked at intake, so that a delivery the
 * worker could never apply is answered 400 instead of being acknowledged.
 */
final class WebhookShapes {
  /** Jira issue and changelog ids are positive numbers (Java {@code long}). */
  private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

  /**
   * A project key (a letter, then letters, digits or underscores) and the issue's number; at most
   * 64 characters, the width of {@code orders.issue_key}.
   */
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,44}-[0-9]{1,18}");

  /** Status names are shown and compared, never stored whole; a sane bound all the same. */
  private static final int MAX_STATUS = 255;

  /**
   * The last instant the databases' {@code TIMESTAMP WITH TIME ZONE} holds on both H2 and
   * PostgreSQL.
   */
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  private WebhookShapes() {}

  static String issueId(String id) {
    if (!ID.matcher(id).matches()) {
      throw new MalformedWebhookException("issue.id is not a Jira issue id (1 to 18 digits)");
    }
    return id;
  }

  static String issueKey(String key) {
    if (!KEY.matcher(key).matches()) {
      throw new MalformedWebhookException(
          "issue.key is not a Jira issue key (PROJECT-123, at most 64 characters)");
    }
    return key;
  }

  static String changelogId(String id) {
    if (id != null && !ID.matcher(id).matches()) {
      throw new MalformedWebhookException("changelog.id is not a Jira changelog id (digits)");
    }
    return id;
  }

  static String statusName(String name) {
    if (name != null && (name.length() > MAX_STATUS || hasControlCharacter(name))) {
      throw new MalformedWebhookException(
          "the status name is longer than "
              + MAX_STATUS
              + " characters or holds control characters");
    }
    return name;
  }

  static Instant timestamp(long epochMillis) {
    if (epochMillis < 0 || epochMillis > LATEST.toEpochMilli()) {
      throw new MalformedWebhookException("timestamp is out of range");
    }
    return Instant.ofEpochMilli(epochMillis);
  }

  /** Throws when any name or text in the document holds NUL or a lone surrogate. */
  static void storableText(JsonNode root) {
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      if (node.isTextual()) {
        requireStorable(node.textValue());
      } else if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          requireStorable(field.getKey());
          pending.push(field.getValue());
        }
      } else if (node.isArray()) {
        node.forEach(pending::push);
      }
    }
  }

  private static void requireStorable(String text) {
    if (!StorableText.isStorable(text)) {
      throw new MalformedWebhookException(
          "the body holds a NUL character or an unpaired UTF-16 surrogate");
    }
  }

  private static boolean hasControlCharacter(String text) {
    return text.chars().anyMatch(Character::isISOControl);
  }
}
