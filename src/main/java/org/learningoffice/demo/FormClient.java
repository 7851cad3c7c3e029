package org.learningoffice.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills in a capture form over HTTP the way a browser without JavaScript does: it loads the page
 * (keeping its cookies), takes every hidden input as the page gave it (the CSRF token among them),
 * adds the visible fields and posts the form back to the same URL.
 */
public final class FormClient {
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([a-zA-Z-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** What the service answered to a submitted form. */
  record Answer(int status, String body) {}

  /** Loads the form at {@code url}, fills in {@code fields} and submits it. */
  Answer submit(URI url, Map<String, String> fields) {
    HttpResponse<String> page = send(HttpRequest.newBuilder(url).GET().build());
    if (page.statusCode() != 200) {
      return new Answer(page.statusCode(), page.body());
    }
    Map<String, String> form = new LinkedHashMap<>(hiddenInputs(page.body()));
    form.putAll(fields);
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build());
    return new Answer(answer.statusCode(), answer.body());
  }

  /** The hidden inputs of a page by name, their values unescaped, in page order. */
  public static Map<String, String> hiddenInputs(String html) {
    Map<String, String> hidden = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(html);
    while (input.find()) {
      Map<String, String> attributes = new LinkedHashMap<>();
      Matcher attribute = ATTRIBUTE.matcher(input.group());
      while (attribute.find()) {
        String value = attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
        attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), unescape(value));
      }
      if ("hidden".equalsIgnoreCase(attributes.get("type")) && attributes.containsKey("name")) {
        hidden.put(attributes.get("name"), attributes.getOrDefault("value", ""));
      }
    }
    return hidden;
  }

  private static String unescape(String value) {
    return value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /** A form body as {@code application/x-www-form-urlencoded}, in the map's order. */
  public static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("the form at " + request.uri() + " did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while submitting a form", e);
    }
  }
}
