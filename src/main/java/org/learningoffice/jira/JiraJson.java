package org.learningoffice.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading the small JSON shapes Jira repeats everywhere: texts, dates, users. */
final class JiraJson {
  /** Jira writes {@code 2024-01-15T10:30:00.000+0000}; ISO offsets with a colon are read too. */
  private static final DateTimeFormatter JIRA_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS][XXX][XX]");

  private JiraJson() {}

  static Optional<String> text(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()
        ? Optional.empty()
        : Optional.of(node.asText());
  }

  static Optional<Instant> instant(JsonNode node) {
    return text(node).filter(value -> !value.isBlank()).map(JiraJson::parseInstant);
  }

  static Instant parseInstant(String value) {
    try {
      return OffsetDateTime.parse(value, JIRA_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("Jira sent an unreadable date-time: " + value, e);
    }
  }

  static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> text(value).ifPresent(values::add));
    return values;
  }

  /** A user object: {@code accountId} on Cloud, {@code name} on Data Center. */
  static Optional<JiraUser> user(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    Optional<UserId> id =
        text(node.path("accountId"))
            .filter(value -> !value.isBlank())
            .<UserId>map(UserId.AccountId::new)
            .or(
                () ->
                    text(node.path("name"))
                        .filter(value -> !value.isBlank())
                        .map(UserId.Username::new));
    return id.map(
        userId -> new JiraUser(userId, text(node.path("displayName")).orElse(userId.value())));
  }
}
