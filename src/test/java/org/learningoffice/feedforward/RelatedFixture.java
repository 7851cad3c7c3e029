package org.learningoffice.feedforward;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.testing.TestApp;

/**
 * Order ORD-42 fed forward with two earlier lessons of customer Acme (one with markup in its
 * title), as the feed-forward job stores it; the page's link is signed as the job signs it.
 */
final class RelatedFixture {
  final long orderId;
  final long drawings;
  final long calls;
  final URI page;

  RelatedFixture(TestApp app) {
    EarlierOrders earlier = new EarlierOrders(app);
    Instant now = app.clock().instant();
    long acme = earlier.order("9007", "ORD-7", "Welding fixture for Acme", "Acme AB", "ETO");
    drawings =
        earlier.lesson(
            acme,
            "Welding fixture drawings came <b>late</b>",
            "The drawings came two weeks late & nobody asked.",
            "ENGINEERING",
            now.minus(Duration.ofDays(3)));
    calls =
        earlier.lesson(
            acme,
            "Acme wants weekly calls",
            "A call every Monday.",
            "ORDER_ENTRY",
            now.minus(Duration.ofDays(9)));
    orderId =
        earlier.order("10042", "ORD-42", "Welding fixture for Acme press line", "Acme AB", "ETO");
    FeedForwardStore store = app.get(FeedForwardStore.class);
    store.record(
        orderId,
        app.get(RelatedLinks.class).sign("10042"),
        app.get(RelatedRanking.class)
            .rank(
                new OrderToFeed(
                    orderId,
                    "Welding fixture for Acme press line",
                    "Acme AB",
                    Strategy.ETO,
                    Optional.empty())),
        now);
    page = store.find(orderId).orElseThrow().relatedUrl();
  }

  /** The page's path and token, as a browser on this service opens it. */
  String path() {
    return page.getPath();
  }

  String token() {
    return path().substring("/related/".length());
  }
}
