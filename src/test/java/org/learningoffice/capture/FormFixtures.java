package org.learningoffice.capture;

import java.time.Instant;
import java.util.List;
import org.learningoffice.order.OrderFacts;
import org.learningoffice.order.OrderRepository;
import org.learningoffice.order.OrderState;
import org.learningoffice.order.StrategySource;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

/**
 * What the form tests stand on: the whole application from {@code config/base.yml}, started with a
 * trained classifier model and a clock at Monday 23 Nov 2026, and orders stored as intake would.
 */
final class FormFixtures {
  private FormFixtures() {}

  /** The running application on a fresh database of this kind. */
  static TestApp app(TestDatabase.Kind kind) {
    return TestApp.from("base.yml")
        .startingAt(Instant.parse("2026-11-23T08:00:00Z"))
        .database(kind)
        .trainedModel()
        .start();
  }

  /** Stores an order as intake would; returns its form link's token. */
  static String order(TestApp app, String issueId, String key, boolean closed) {
    Instant now = app.clock().instant();
    OrderFacts facts =
        new OrderFacts(
            issueId,
            key,
            "Pump skid for Acme <Nordic> & \"Sons\"",
            "",
            "Acme Oy",
            Strategy.ETO,
            StrategySource.LABEL,
            "High",
            PriorityClass.EXPEDITED,
            List.of(),
            closed ? "Done" : "In Progress",
            closed,
            now.minusSeconds(86_400));
    OrderRepository orders = app.get(OrderRepository.class);
    app.database()
        .jdbi()
        .useTransaction(
            h ->
                orders.upsert(
                    h,
                    orders.findForUpdate(h, issueId),
                    facts,
                    OrderState.first(closed, now, now)));
    return app.get(FormTokenSigner.class).sign(issueId);
  }
}
