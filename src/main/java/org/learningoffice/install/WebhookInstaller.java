package org.learningoffice.install;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.learningoffice.jira.RegisteredWebhook;
import org.learningoffice.jira.WebhookApi;

/**
 * Registers the service's webhook once: a registration of ours (same target URL, or failing that
 * the same name) is updated in place; only when there is none is one added.
 */
public final class WebhookInstaller {
  /** What {@link #apply} will do. */
  public record Plan(Optional<RegisteredWebhook> existing, ObjectNode registration) {
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
    Optional<RegisteredWebhook> ours =
        registered.stream()
            .filter(hook -> hook.url().equals(url))
            .findFirst()
            .or(() -> registered.stream().filter(hook -> hook.name().equals(name)).findFirst());
    return new Plan(ours, registration);
  }

  /** Updates our registration or adds it; returns the registration as Jira now has it. */
  public RegisteredWebhook apply(Plan plan) {
    if (plan.existing().isPresent()) {
      RegisteredWebhook existing = plan.existing().get();
      webhooks.update(existing.id(), plan.registration());
      return new RegisteredWebhook(existing.id(), plan.name(), plan.url());
    }
    return webhooks.register(plan.registration());
  }
}
