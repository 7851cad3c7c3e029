package org.learningoffice.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.ConfigModule;
import org.learningoffice.config.ConfigReader;
import org.learningoffice.config.JiraConfig;
import org.learningoffice.config.JiraCredentials;
import org.learningoffice.install.WebhookDescriptor;
import org.learningoffice.install.WebhookInstaller;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.jira.JiraException;
import org.learningoffice.jira.JiraModule;
import org.learningoffice.jira.JiraOutcomeUnknownException;
import org.learningoffice.jira.JiraUnavailableException;
import org.learningoffice.jira.RegisteredWebhook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code install}: registers (or updates) the service's webhook in Jira. */
@Command(
    name = "install",
    mixinStandardHelpOptions = true,
    description = {
      "Registers the webhook of plugin-descriptor/webhook.json in Jira (URL"
          + " server.publicBaseUrl + /hooks/jira, JQL filter orders.jql, secret"
          + " jira.webhookSecret) through Jira's admin webhook API; needs a Jira administrator's"
          + " account. Updates our existing registration instead of adding a second one."
    })
final class InstallCommand implements Callable<Integer> {
  /** Jira's admin webhook API, under {@code jira.baseUrl} (as {@code RestWebhookApi} calls it). */
  private static final String WEBHOOKS_PATH = "rest/webhooks/1.0/webhook";

  @Option(
      names = "--dry-run",
      description = "Print the requests it would send to Jira, without contacting Jira.")
  boolean dryRun;

  @Mixin ConfigFileOption configFile;

  @Spec CommandSpec spec;

  private final Map<String, String> env;

  InstallCommand(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AppConfig config = configFile.load(env);
    if (everyDeliveryWouldBeRefused(config)) {
      err.println(
          "install failed: jira.webhookSecret is not set, so with forge.appId set /hooks/jira"
              + " refuses every delivery and a webhook registered now would fail on each one."
              + " The Forge app's trigger brings the events: no webhook is needed. To have the"
              + " webhook as well, set jira.webhookSecret (LO_JIRA_WEBHOOK_SECRET) and run install"
              + " again.");
      err.flush();
      return 1;
    }
    if (config.jira().webhookSecretIsShort()) {
      err.println(
          "install failed: "
              + JiraConfig.SHORT_WEBHOOK_SECRET
              + "; set a new one and run install again, which gives it to Jira.");
      err.flush();
      return 1;
    }
    warnIfOnlyThisMachineCanReach(config, err);
    if (dryRun) {
      ObjectNode registration = WebhookDescriptor.registration(new ObjectMapper(), config);
      String hooks = config.jira().baseUrl().toString().replaceAll("/+$", "") + "/" + WEBHOOKS_PATH;
      out.println("Dry run: Jira is not contacted and nothing is changed. install would send:");
      out.println(
          "  GET  "
              + hooks
              + "  (to find a registration of ours: the same URL, or the name \""
              + registration.path("name").asText()
              + "\")");
      out.println(
          "  then PUT  " + hooks + "/{id}  to update the one found (DELETE " + hooks + "/{id}");
      out.println("            for any second registration of the same URL),");
      out.println("  or   POST " + hooks + "  to register a new one, with the body:");
      out.println(shown(registration));
      out.flush();
      return 0;
    }
    Injector injector =
        Guice.createInjector(
            new CoreModule(Clock.systemUTC()),
            new ConfigModule(config),
            JiraSiteModule.interactive(),
            new JiraModule());
    ObjectNode registration =
        WebhookDescriptor.registration(injector.getInstance(ObjectMapper.class), config);
    WebhookInstaller installer =
        new WebhookInstaller(injector.getInstance(JiraClient.class).webhooks());
    try {
      WebhookInstaller.Plan plan = installer.plan(registration);
      RegisteredWebhook done = installer.apply(plan);
      out.printf(
          "%s webhook %s \"%s\" -> %s (events %s, JQL filter: %s)%n",
          plan.creates() ? "Registered" : "Updated",
          done.id(),
          plan.name(),
          plan.url(),
          registration.path("events"),
          config.orders().jql());
      for (RegisteredWebhook removed : plan.duplicates()) {
        out.printf(
            "Removed webhook %s \"%s\", a second registration of %s: Jira sent each event to"
                + " it as well%n",
            removed.id(), removed.name(), removed.url());
      }
      out.flush();
      return 0;
    } catch (JiraException e) {
      err.println("install failed: " + e.getMessage() + whatToDo(e.status(), config));
    } catch (JiraUnavailableException e) {
      err.println("install failed: " + e.getMessage() + nextStep(e));
    } catch (JiraOutcomeUnknownException e) {
      err.println("install failed: " + e.getMessage() + "; run install again to check and retry");
    }
    err.flush();
    return 1;
  }

  /**
   * Without a webhook secret and without {@code jira.allowUnsignedWebhooks}, which only a Forge
   * site may run with, the service answers 401 to every webhook delivery.
   */
  private static boolean everyDeliveryWouldBeRefused(AppConfig config) {
    return config.jira().webhookSecretIfSet().filter(secret -> !secret.isBlank()).isEmpty()
        && !config.jira().allowUnsignedWebhooks();
  }

  /**
   * What to do when Jira did not answer: a connection never made (refused, unknown host) is a wrong
   * address or a network in the way, which running again will not mend.
   */
  private static String nextStep(JiraUnavailableException e) {
    return e.getCause() instanceof ConnectException || e.getCause() instanceof UnknownHostException
        ? "; check jira.baseUrl ("
            + ConfigReader.envName("jira.baseUrl")
            + ") and that this machine can reach it"
        : "; run install again to check and retry";
  }

  /** What to do about Jira's refusal, by its status. */
  private static String whatToDo(int status, AppConfig config) {
    return switch (status) {
      case 401 ->
          "; Jira did not accept the sign-in: check "
              + credentialSettings(config)
              + ", a Jira administrator's for this run";
      case 403 ->
          "; registering webhooks needs a Jira administrator's account. Register it by"
              + " hand instead (plugin-descriptor/README.md)";
      case 404 -> "; is jira.baseUrl the address of a Jira site?";
      default -> "";
    };
  }

  /** The settings install signs in with, and the variables that set them for one run. */
  private static String credentialSettings(AppConfig config) {
    return config.jira().credentials() instanceof JiraCredentials.PersonalAccessToken
        ? "jira.personalAccessToken (" + ConfigReader.envName("jira.personalAccessToken") + ")"
        : "jira.email and jira.apiToken ("
            + ConfigReader.envName("jira.email")
            + ", "
            + ConfigReader.envName("jira.apiToken")
            + ")";
  }

  /**
   * A webhook URL on a loopback address reaches the service only from Jira on this same machine:
   * most often {@code server.publicBaseUrl} was left out and defaulted to localhost.
   */
  private static void warnIfOnlyThisMachineCanReach(AppConfig config, PrintWriter err) {
    String host = config.server().publicBaseUrl().getHost();
    boolean loopback =
        host == null
            || host.equalsIgnoreCase("localhost")
            || host.matches("127(\\.\\d{1,3}){3}")
            || host.equals("0.0.0.0")
            || host.equals("[::1]")
            || host.equals("::1");
    if (loopback) {
      err.println(
          "Warning: the webhook would point at "
              + config.server().publicBaseUrl()
              + ", which only a Jira on this machine can reach; set server.publicBaseUrl to the"
              + " address Jira reaches the service at (https://lo.example.com)");
      err.flush();
    }
  }

  /** The registration as text, the secret masked. */
  private static String shown(ObjectNode registration) {
    ObjectNode copy = registration.deepCopy();
    if (copy.has("secret")) {
      copy.put("secret", "******** (jira.webhookSecret)");
    }
    return copy.toPrettyString();
  }
}
