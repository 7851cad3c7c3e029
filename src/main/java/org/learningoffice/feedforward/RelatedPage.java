package org.learningoffice.feedforward;

import jakarta.inject.Inject;
import java.time.Clock;
import org.learningoffice.capture.CsrfTokens;
import org.learningoffice.lesson.LessonWithOrder;
import org.learningoffice.lesson.RelatedCandidates;
import org.learningoffice.order.OrderRepository;
import org.learningoffice.order.StoredOrder;

/**
 * The related-lessons page's one service: opens the page for a signed link and takes a vote (the
 * link, then the CSRF value signed for this browser, link and nonce, as the lesson form does). The
 * routes only parse and render.
 */
final class RelatedPage {
  static final String CSRF_REFUSED =
      "This vote could not be accepted: the page was opened in another browser, or cookies are"
          + " blocked. Open the link from the order's Jira ticket again and vote there.";

  private final RelatedLinks links;
  private final OrderRepository orders;
  private final FeedForwardStore store;
  private final FedLessons fedLessons;
  private final RelatedCandidates lessons;
  private final CsrfTokens csrf;
  private final Clock clock;

  @Inject
  RelatedPage(
      RelatedLinks links,
      OrderRepository orders,
      FeedForwardStore store,
      FedLessons fedLessons,
      RelatedCandidates lessons,
      CsrfTokens csrf,
      Clock clock) {
    this.links = links;
    this.orders = orders;
    this.store = store;
    this.fedLessons = fedLessons;
    this.lessons = lessons;
    this.csrf = csrf;
    this.clock = clock;
  }

  /** A fresh browser key for the CSRF cookie. */
  String newBrowserKey() {
    return csrf.randomValue();
  }

  /** The page for a link, its vote buttons signed for this browser. */
  RelatedView open(String token, String browserKey) {
    StoredOrder order = order(token);
    FeedForwardStore.Fed fed = store.find(order.id()).orElseThrow(RelatedPage::notFed);
    String nonce = csrf.randomValue();
    return new RelatedView(
        token,
        order,
        fedLessons.of(fed),
        store.votesOf(order.id()),
        csrf.sign(browserKey, token, nonce),
        nonce);
  }

  /** Records a vote from the page; one per lesson and link, a later one replacing it. */
  void vote(String token, String browserKey, VoteForm form) {
    StoredOrder order = order(token);
    if (!csrf.accepts(browserKey, token, form.nonce(), form.csrf())) {
      throw new RelatedLinkRefused(CSRF_REFUSED);
    }
    Vote vote =
        Vote.ofFormValue(form.vote())
            .orElseThrow(() -> new IllegalArgumentException("vote is helped or not-relevant"));
    LessonWithOrder lesson =
        lessons
            .byPublicId(form.lesson())
            .orElseThrow(() -> new IllegalArgumentException("no such lesson on this page"));
    if (!store.vote(order.id(), lesson.lesson().id(), vote, clock.instant())) {
      throw new IllegalArgumentException("no such lesson on this page");
    }
  }

  private StoredOrder order(String token) {
    String issueId =
        links.issueIdOf(token).orElseThrow(() -> new RelatedLinkRefused(links.refusal(token)));
    return orders.findByIssueId(issueId).orElseThrow(RelatedPage::notFed);
  }

  private static RelatedLinkRefused notFed() {
    return new RelatedLinkRefused(
        "This order has no lessons from earlier orders (yet). Open the link from its Jira ticket.");
  }

  /** A vote as the page's form sends it. */
  record VoteForm(String lesson, String vote, String csrf, String nonce) {}
}
