package org.learningoffice.demo;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningoffice.feedforward.FeedForwardStore;
import org.learningoffice.order.OrderRepository;
import org.learningoffice.order.StoredOrder;
import org.learningoffice.sandbox.SandboxJira;
import org.learningoffice.sandbox.SandboxOrder;

/**
 * Waits for the service to do its part of each step, seen where it leaves its traces: its order
 * store and the sandbox's tickets.
 */
final class ServiceProgress {
  private static final String CAPTURE_PROPERTY = "learning-office";

  private final List<SandboxOrder> seed;
  private final SandboxJira sandbox;
  private final RunningService service;
  private final StepWaiter waiter;

  ServiceProgress(
      List<SandboxOrder> seed, SandboxJira sandbox, RunningService service, StepWaiter waiter) {
    this.seed = seed;
    this.sandbox = sandbox;
    this.service = service;
    this.waiter = waiter;
  }

  /** Waits until the service has recorded every order, and each closed one as closed. */
  List<StoredOrder> ordersRecorded(List<String> closedKeys) {
    OrderRepository orders = service.get(OrderRepository.class);
    waiter.await(
        "the service to record " + seed.size() + " orders from the webhooks",
        () ->
            seed.stream()
                .allMatch(
                    order ->
                        orders
                            .findByIssueKey(order.key())
                            .map(
                                stored ->
                                    !closedKeys.contains(order.key())
                                        || stored.state().closedAt() != null)
                            .orElse(false)));
    return seed.stream().map(order -> orders.findByIssueKey(order.key()).orElseThrow()).toList();
  }

  /** Waits until the service has attached a capture form to every closed order; their URLs. */
  Map<String, URI> formsAttached(List<String> closedKeys) {
    waiter.await(
        "the capture forms of " + closedKeys.size() + " closed orders",
        () ->
            closedKeys.stream()
                .allMatch(
                    key ->
                        sandbox.formUrl(key).isPresent()
                            && sandbox.commentCount(key) > 0
                            && sandbox.property(key, CAPTURE_PROPERTY).isPresent()));
    Map<String, URI> forms = new LinkedHashMap<>();
    closedKeys.forEach(key -> forms.put(key, URI.create(sandbox.formUrl(key).orElseThrow())));
    return forms;
  }

  /**
   * Waits until the service has fed a new order forward (ranked it, and posted to its ticket when
   * anything was relevant); what it received.
   */
  FeedForwardStore.Fed fedForward(String key) {
    OrderRepository orders = service.get(OrderRepository.class);
    FeedForwardStore fed = service.get(FeedForwardStore.class);
    waiter.await(
        "the lessons from earlier orders on " + key,
        () ->
            orders
                .findByIssueKey(key)
                .flatMap(order -> fed.find(order.id()))
                .map(f -> f.lessons().isEmpty() || f.postedAt().isPresent())
                .orElse(false));
    return fed.find(orders.findByIssueKey(key).orElseThrow().id()).orElseThrow();
  }

  /**
   * Waits until every sample lesson's proposed action has its Jira issue linked to its order (with
   * {@code actions.createIssues} on); each order's linked issues.
   */
  Map<String, List<SandboxJira.LinkedIssue>> actionIssues(List<Demo.SubmittedLesson> lessons) {
    Map<String, Long> expected = new LinkedHashMap<>();
    lessons.stream()
        .filter(l -> !l.lesson().action().isBlank())
        .forEach(l -> expected.merge(l.lesson().order(), 1L, Long::sum));
    waiter.await(
        "the action issues of " + expected.values().stream().mapToLong(n -> n).sum() + " lessons",
        () ->
            expected.entrySet().stream()
                .allMatch(e -> sandbox.linkedIssues(e.getKey()).size() >= e.getValue()));
    Map<String, List<SandboxJira.LinkedIssue>> issues = new LinkedHashMap<>();
    expected.keySet().forEach(key -> issues.put(key, sandbox.linkedIssues(key)));
    return issues;
  }

  /** Waits until the lessons are written back: each order's form link shows them as in. */
  void writtenBack(List<Demo.SubmittedLesson> lessons) {
    List<String> keys = lessons.stream().map(l -> l.lesson().order()).distinct().toList();
    waiter.await(
        "the write-back of lessons to " + keys.size() + " orders",
        () -> keys.stream().allMatch(sandbox::formLinkResolved));
  }
}
