package org.learningoffice.feedforward;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.learningoffice.order.OrderFacts;
import org.learningoffice.taxonomy.Strategy;

/**
 * The facts of an order that its ranking reads: summary, description, customer (empty when none)
 * and strategy. Their {@link #digest()} tells whether an edit changed what the order would be
 * ranked on; the stage the ranking also reads comes from the status, and a status change ranks
 * again only when it enters one of {@code feedForward.triggerStatuses}.
 */
record RankingFacts(String summary, String description, String customer, Strategy strategy) {
  RankingFacts {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(strategy, "strategy");
  }

  static RankingFacts of(OrderFacts facts) {
    return new RankingFacts(
        facts.summary(), facts.description(), facts.customerIfSet().orElse(""), facts.strategy());
  }

  /** SHA-256 of the facts, hex: 64 characters whatever the description's length. */
  String digest() {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    for (String part : new String[] {summary, description, customer, strategy.name()}) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) ':');
      sha.update(bytes);
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
