package org.learningoffice.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.learningoffice.config.OrdersConfig;
import org.learningoffice.config.OrdersConfig.StrategyMapping;
import org.learningoffice.store.StorableText;
import org.learningoffice.testing.TestJson;

/**
 * Any body a signed sender can post is either refused with a {@link MalformedWebhookException},
 * ignored, or becomes an event whose order facts fit the {@code orders} and {@code order_people}
 * columns and stay storable when cut to them: never another exception, never a row the database
 * refuses.
 */
class WebhookFuzzTest {
  private static final Instant RECEIVED = Instant.parse("2026-11-23T08:00:00Z");

  private final WebhookParser parser = new WebhookParser(TestJson.mapper());
  private final List<OrderFactsMapper> mappers =
      List.of(
          mapper(new StrategyMapping.FromLabelPrefix("strategy-", "MTO")),
          mapper(new StrategyMapping.FromField("customfield_10050", "MTO")),
          mapper(new StrategyMapping.FromComponent("ETO")));

  private static OrderFactsMapper mapper(StrategyMapping strategy) {
    return new OrderFactsMapper(
        new OrdersConfig(
            "project = ORD",
            List.of("Shipped"),
            strategy,
            "customfield_10060",
            List.of("Highest", "High"),
            "rush",
            Duration.ofMinutes(5)));
  }

  /** The names a Jira issue webhook is made of, so that mutations reach past the JSON syntax. */
  @DictionaryEntries({
    "\"webhookEvent\"",
    "\"jira:issue_created\"",
    "\"jira:issue_updated\"",
    "\"issue\"",
    "\"id\"",
    "\"key\"",
    "\"fields\"",
    "\"summary\"",
    "\"status\"",
    "\"name\"",
    "\"statusCategory\"",
    "\"done\"",
    "\"priority\"",
    "\"labels\"",
    "\"components\"",
    "\"assignee\"",
    "\"reporter\"",
    "\"accountId\"",
    "\"displayName\"",
    "\"created\"",
    "\"changelog\"",
    "\"items\"",
    "\"field\"",
    "\"toString\"",
    "\"timestamp\"",
    "\"customfield_10050\"",
    "\"customfield_10060\"",
    "\"value\"",
    "\"strategy-\""
  })
  @FuzzTest(maxDuration = "10m")
  void aBodyIsRefusedIgnoredOrBecomesOrderFactsThatFitTheColumns(byte[] body) {
    Optional<WebhookEvent> read;
    try {
      JsonNode root = parser.parse(body);
      read = WebhookEvent.readDelivered(root);
    } catch (MalformedWebhookException refused) {
      assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n");
      return;
    }
    if (read.isEmpty()) {
      return;
    }
    WebhookEvent event = read.get();
    assertThat(event.issueId()).matches("[0-9]{1,18}");
    assertThat(event.issueKey()).hasSizeLessThanOrEqualTo(64);
    if (event.changelogId() != null) {
      assertThat(event.changelogId()).matches("[0-9]{1,18}");
    }
    assertThat(event.dedupeKey(Optional.empty())).hasSizeLessThanOrEqualTo(255);
    for (OrderFactsMapper mapper : mappers) {
      OrderFacts facts =
          mapper.map(
              event.issue(), event.statusChangedToIfAny(), event.timestampIfSet().orElse(RECEIVED));
      assertThat(facts.issueId()).hasSizeLessThanOrEqualTo(32);
      assertThat(facts.issueKey()).hasSizeLessThanOrEqualTo(64);
      assertThat(facts.summary()).hasSizeLessThanOrEqualTo(1000).matches(StorableText::isStorable);
      facts
          .customerIfSet()
          .ifPresent(
              c -> assertThat(c).hasSizeLessThanOrEqualTo(255).matches(StorableText::isStorable));
      facts
          .priorityIfSet()
          .ifPresent(
              p -> assertThat(p).hasSizeLessThanOrEqualTo(64).matches(StorableText::isStorable));
      for (Person person : facts.people()) {
        assertThat(person.id()).hasSizeLessThanOrEqualTo(128);
        assertThat(person.displayName())
            .hasSizeLessThanOrEqualTo(255)
            .matches(StorableText::isStorable);
        assertThat(person.role()).hasSizeLessThanOrEqualTo(32);
      }
    }
  }
}
