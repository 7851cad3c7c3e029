package org.learningoffice.install;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.learningoffice.jira.RegisteredWebhook;
import org.learningoffice.jira.WebhookApi;

/**
 * Registers the service's webhook once: a registration of ours (same target URL, or failing that
 * the same name) is updated in place; only when there is none is one added. Further registrations
 * of the same URL are removed, as Jira would send each event to every one of them, the others with
 * their old secret and filter. One with our name but another URL is left alone: it may be another
 * instance's, such as a staging service.
 */
public final class WebhookInstaller {
  /** What {@link #apply} will do. */
  public record Plan(
      Optional<RegisteredWebhook> existing,
      List<RegisteredWebhook> duplicates,
      ObjectNode registration) {
    public Plan {
      duplicates = List.copyOf(duplicates);
    }

    public boolean creates() {
      return existing.isEmpty();
    }

    public String url() {
      return registration.path("url").asText();
    }

    public String name() {
      return registration.path("name").asText();
    }
  }

  private final WebhookApi webhooks;

  public WebhookInstaller(WebhookApi webhooks) {
    this.webhooks = webhooks;
  }

  /** Looks for our registration; changes nothing in Jira. */
  public Plan plan(ObjectNode registration) {
    List<RegisteredWebhook> registered = webhooks.list();
    String url = registration.path("url").asText();
    String name = registration.path("name").asText();
    List<RegisteredWebhook> sameUrl =
        registered.stream().filter(hook -> hook.url().equals(url)).toList();
    if (!sameUrl.isEmpty()) {
      return new Plan(
          Optional.of(sameUrl.get(0)), sameUrl.subList(1, sameUrl.size()), registration);
    }
    Optional<RegisteredWebhook> named =
        registered.stream().filter(hook -> hook.name().equals(name)).findFirst();
    return new Plan(named, List.of(), registration);
  }

  /**
   * Updates our registration or adds it, then removes the plan's duplicates; returns the
   * registration as Jira now has it.
   */
  public RegisteredWebhook apply(Plan plan) {
    RegisteredWebhook done;
    if (plan.existing().isPresent()) {
      RegisteredWebhook existing = plan.existing().get();
      webhooks.update(existing.id(), plan.registration());
      done = new RegisteredWebhook(existing.id(), plan.name(), plan.url());
    } else {
      done = webhooks.register(plan.registration());
    }
    plan.duplicates().forEach(duplicate -> webhooks.delete(duplicate.id()));
    return done;
  }
}
