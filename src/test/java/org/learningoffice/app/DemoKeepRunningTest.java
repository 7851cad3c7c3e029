package org.learningoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.testing.HeadlessChromium;
import org.openqa.selenium.WebDriver;
import picocli.CommandLine;

/**
 * {@code demo --keep-running --data DIR} as a newcomer runs it: while it keeps running, every URL
 * it printed answers 200, {@code GET /} links the dashboard, health and the sandbox tickets; its
 * output carries no terminal escape codes; once stopped, the export command it printed reads the
 * kept store.
 */
class DemoKeepRunningTest {
  private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:\\d+[^\\s)]*");
  private static final Pattern EXPORT =
      Pattern.compile("java -jar learning-office\\.jar (export --format csv --config (\\S+))");
  private static final Pattern DIGEST =
      Pattern.compile(
          "java -jar learning-office\\.jar (digest --dry-run --week \\S+ --config (\\S+))");

  @TempDir Path out;
  @TempDir Path data;
  @TempDir Path profile;

  /** The demo's first form and ticket page at phone width, for the docs' screenshots. */
  private void screenshots(Set<String> urls) throws Exception {
    WebDriver browser = HeadlessChromium.start(profile, 600, 1800);
    try {
      HeadlessChromium.emulatePhone(browser, 375, 1800);
      browser.get(urls.stream().filter(u -> u.contains("/capture/")).findFirst().orElseThrow());
      HeadlessChromium.screenshot(browser, "demo-form-375.png");
      browser.get(urls.stream().filter(u -> u.contains("/browse/")).findFirst().orElseThrow());
      HeadlessChromium.screenshot(browser, "demo-ticket-375.png");
    } finally {
      browser.quit();
    }
  }

  @Test
  void everyPrintedLinkAnswersWhileTheDemoKeepsRunningAndTheKeptStoreExports() throws Exception {
    DemoCommand demo = new DemoCommand();
    StringWriter printed = new StringWriter();
    CommandLine cli = new CommandLine(demo);
    cli.setOut(new PrintWriter(printed, true));
    cli.setErr(new PrintWriter(printed, true));
    CompletableFuture<Integer> run =
        CompletableFuture.supplyAsync(
            () ->
                cli.execute(
                    "--keep-running",
                    "--out",
                    out.toString(),
                    "--data",
                    data.resolve("store").toString()));
    int exitCode;
    String text;
    try {
      Awaitility.await()
          .atMost(Duration.ofMinutes(4))
          .until(
              () ->
                  printed.toString().contains("These pages stay up until Ctrl-C.") || run.isDone());
      text = printed.toString();
      assertThat(text).contains("These pages stay up until Ctrl-C.");
      assertThat(text).as("no terminal escape codes").doesNotContain("\u001b");
      assertThat(text)
          .as("which action issue was created for which order")
          .contains("proposed action(s) became Jira issues, each linked to its order:")
          .containsPattern("LO-\\d+ +for ORD-\\d+ +Pre-cut door variant in stock");

      Set<String> urls = new LinkedHashSet<>();
      Matcher m = URL.matcher(text);
      while (m.find()) {
        urls.add(m.group());
      }
      assertThat(urls).as("forms, home page, dashboard, health, tickets").hasSizeGreaterThan(8);
      HttpClient http = HttpClient.newHttpClient();
      for (String url : urls) {
        HttpResponse<String> answer =
            http.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(url).isEqualTo(200);
        if (URI.create(url).getPath().equals("/")) {
          assertThat(answer.body())
              .contains("href=\"/office\"")
              .contains("href=\"/health\"")
              .contains("/browse/ORD-101\"")
              .as("the order opened during the demo, with lessons fed forward")
              .contains("/browse/ORD-113\"")
              .contains("All order tickets");
        }
      }
      if (HeadlessChromium.installed()) {
        screenshots(urls);
      }
    } finally {
      demo.stop();
      exitCode = run.get(1, TimeUnit.MINUTES);
    }
    assertThat(exitCode).isZero();

    Matcher export = EXPORT.matcher(text);
    assertThat(export.find()).as("the export command is printed").isTrue();
    StringWriter csv = new StringWriter();
    CommandLine exportCli = Main.commandLine(Map.of());
    exportCli.setOut(new PrintWriter(csv));
    exportCli.setErr(new PrintWriter(csv));
    int exported = exportCli.execute(export.group(1).split(" "));
    assertThat(exported).as(csv.toString()).isZero();
    assertThat(csv.toString()).contains("Die change time was not in the spec");
    Matcher preview = DIGEST.matcher(text);
    assertThat(preview.find()).as("and the digest preview, on the same store-only config").isTrue();
    assertThat(preview.group(2)).isEqualTo(export.group(2));
    StringWriter digest = new StringWriter();
    CommandLine digestCli = Main.commandLine(Map.of());
    digestCli.setOut(new PrintWriter(digest));
    digestCli.setErr(new PrintWriter(digest));
    assertThat(digestCli.execute(preview.group(1).split(" "))).as(digest.toString()).isZero();
    assertThat(digest.toString())
        .as("the printed preview shows the demo's week, not an empty last week")
        .contains("Die change time was not in the spec")
        .doesNotContain("would not be sent");
  }
}
