package org.learningoffice.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningoffice.config.OrdersConfig;
import org.learningoffice.config.OrdersConfig.StrategyMapping;
import org.learningoffice.store.StorableText;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.testing.TestJson;

class OrderFactsMapperTest {
  private static final Instant NOW = Instant.parse("2025-11-24T08:00:00Z");
  private final ObjectMapper json = TestJson.mapper();

  private static OrdersConfig config(StrategyMapping strategy) {
    return new OrdersConfig(
        "project = ORD",
        List.of("Shipped"),
        strategy,
        "customfield_10060",
        List.of("Highest", "High"),
        "rush",
        Duration.ofMinutes(5));
  }

  private JsonNode issue(String fieldsJson) throws Exception {
    return json.readTree(
        "{\"id\": \"1\", \"key\": \"ORD-1\", \"fields\": {\"summary\": \"s\", \"status\": {\"name\":"
            + " \"Open\", \"statusCategory\": {\"key\": \"new\"}}"
            + (fieldsJson.isEmpty() ? "" : ", " + fieldsJson)
            + "}}");
  }

  private OrderFacts map(StrategyMapping strategy, String fields) throws Exception {
    return new OrderFactsMapper(config(strategy)).map(issue(fields), Optional.empty(), NOW);
  }

  @Test
  void theStrategyIsReadFromAnOptionFieldByShortOrFullNameInAnyCase() throws Exception {
    StrategyMapping field = new StrategyMapping.FromField("customfield_10050", "MTO");

    assertThat(map(field, "\"customfield_10050\": {\"value\": \"ato\"}").strategy())
        .isEqualTo(Strategy.ATO);
    assertThat(map(field, "\"customfield_10050\": \"Make to Stock\"").strategy())
        .isEqualTo(Strategy.MTS);
    assertThat(map(field, "\"customfield_10050\": [{\"value\": \"Engineer-To-Order\"}]").strategy())
        .isEqualTo(Strategy.ETO);
  }

  @Test
  void theStrategyIsReadFromAPrefixedLabelOrAComponent() throws Exception {
    OrderFacts label =
        map(
            new StrategyMapping.FromLabelPrefix("strategy-", "MTO"),
            "\"labels\": [\"rush\", \"Strategy-assemble-to-order\"]");
    OrderFacts component =
        map(
            new StrategyMapping.FromComponent("MTO"),
            "\"components\": [{\"name\": \"Welding\"}, {\"name\": \"ETO\"}]");

    assertThat(label.strategy()).isEqualTo(Strategy.ATO);
    assertThat(label.strategySource()).isEqualTo(StrategySource.LABEL);
    assertThat(component.strategy()).isEqualTo(Strategy.ETO);
    assertThat(component.strategySource()).isEqualTo(StrategySource.COMPONENT);
  }

  @Test
  void anUnmappableStrategyFallsBackToTheDefaultAndCountsAsUnmapped() throws Exception {
    OrderFacts facts =
        map(
            new StrategyMapping.FromField("customfield_10050", "MTS"),
            "\"customfield_10050\": {\"value\": \"Custom build\"}");

    assertThat(facts.strategy()).isEqualTo(Strategy.MTS);
    assertThat(facts.strategyUnmapped()).isTrue();
  }

  @Test
  void anExpeditePriorityOrTheExpediteLabelMakesAnOrderExpedited() throws Exception {
    StrategyMapping none = new StrategyMapping.DefaultOnly("MTO");

    assertThat(map(none, "\"priority\": {\"name\": \"high\"}").priorityClass())
        .isEqualTo(PriorityClass.EXPEDITED);
    assertThat(
            map(none, "\"priority\": {\"name\": \"Low\"}, \"labels\": [\"RUSH\"]").priorityClass())
        .isEqualTo(PriorityClass.EXPEDITED);
    assertThat(map(none, "\"priority\": {\"name\": \"Medium\"}").priorityClass())
        .isEqualTo(PriorityClass.STANDARD);
    assertThat(map(none, "").priorityIfSet()).isEmpty();
  }

  @Test
  void aConfiguredClosedStatusClosesLikeTheDoneCategory() throws Exception {
    OrderFactsMapper mapper = new OrderFactsMapper(config(new StrategyMapping.DefaultOnly("MTO")));

    assertThat(mapper.map(issue(""), Optional.of("shipped"), NOW).closed()).isTrue();
    assertThat(mapper.map(issue(""), Optional.of("In Review"), NOW).closed()).isFalse();
    JsonNode done =
        json.readTree(
            "{\"id\": \"1\", \"key\": \"ORD-1\", \"fields\": {\"status\": {\"name\": \"Closed\","
                + " \"statusCategory\": {\"key\": \"done\"}}}}");
    assertThat(mapper.map(done, Optional.empty(), NOW).closed()).isTrue();
  }

  @Test
  void peopleAreIdentifiedByAccountIdOnCloudAndByNameOnDataCenter() throws Exception {
    OrderFacts facts =
        map(
            new StrategyMapping.DefaultOnly("MTO"),
            "\"assignee\": {\"accountId\": \"acc-1\", \"displayName\": \"Alice\"},"
                + " \"reporter\": {\"name\": \"bob\", \"key\": \"JIRAUSER10100\"}");

    assertThat(facts.people())
        .containsExactly(
            new Person("acc-1", "Alice", Person.ASSIGNEE),
            new Person("bob", "bob", Person.REPORTER));
  }

  @Test
  void theCustomerComesFromTextOrOptionFieldsAndAMissingOneStaysEmpty() throws Exception {
    StrategyMapping none = new StrategyMapping.DefaultOnly("MTO");

    assertThat(map(none, "\"customfield_10060\": \" Acme \"").customerIfSet()).contains("Acme");
    assertThat(map(none, "\"customfield_10060\": {\"value\": \"Globex\"}").customerIfSet())
        .contains("Globex");
    assertThat(map(none, "\"customfield_10060\": null").customerIfSet()).isEmpty();
  }

  @Test
  void theCreationTimeIsReadInJirasFormatOrFallsBack() throws Exception {
    StrategyMapping none = new StrategyMapping.DefaultOnly("MTO");

    assertThat(map(none, "\"created\": \"2025-11-16T08:30:00.000+0100\"").created())
        .isEqualTo(Instant.parse("2025-11-16T07:30:00Z"));
    assertThat(map(none, "").created()).isEqualTo(NOW);
  }

  @Test
  void aSummaryCutToItsColumnKeepsAnEmojiWholeOrDropsIt() throws Exception {
    String summary = "a".repeat(998) + "😀 pump housing";

    JsonNode issue =
        json.readTree(
            "{\"id\": \"1\", \"key\": \"ORD-1\", \"fields\": {\"summary\": \"" + summary + "\"}}");

    OrderFacts facts =
        new OrderFactsMapper(config(new StrategyMapping.DefaultOnly("MTO")))
            .map(issue, Optional.empty(), NOW);

    assertThat(facts.summary()).hasSize(999).endsWith("a…");
    assertThat(StorableText.isStorable(facts.summary())).isTrue();
  }
}
