package org.learningoffice.jira;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.learningoffice.config.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link JiraCall}s: adds auth, maps answers to results or exceptions, and retries what may
 * be retried (see {@link RetryPolicy}).
 *
 * <p>What is retried: 429 always (Jira's rate limit refuses a call before doing anything of it);
 * 5xx, 503 included, and broken connections or timeouts only for idempotent calls, because a create
 * (comment, issue, webhook) may have reached Jira: a 503 can come from a proxy or gateway that gave
 * up waiting on a Jira node still at work; a connection that was never made (refused, unknown host)
 * always. A failed TLS handshake (untrusted certificate, wrong name) is not retried: it is a {@link
 * JiraTlsException}. A non-idempotent call that fails in the unsafe ways ends in {@link
 * JiraOutcomeUnknownException}, which its caller resolves by looking before it sends again. Nothing
 * here logs bodies or the {@code Authorization} header.
 */
final class JiraTransport {
  private static final Logger log = LoggerFactory.getLogger(JiraTransport.class);
  private static final MediaType JSON = MediaType.get("application/json");

  private final HttpUrl baseUrl;
  private final Secret authorization;
  private final OkHttpClient http;
  private final ObjectMapper json;
  private final RetryPolicy policy;
  private final Backoff backoff;
  private final RetryEnvironment environment;
  private final JiraRateGate gate;
  private final JiraGrant grant;

  JiraTransport(
      JiraSite site,
      OkHttpClient http,
      ObjectMapper json,
      RetryEnvironment environment,
      JiraRateGate gate,
      JiraGrant grant) {
    HttpUrl parsed = HttpUrl.parse(site.baseUrl().toString());
    if (parsed == null) {
      throw new IllegalArgumentException("not a usable Jira base URL: " + site.baseUrl());
    }
    this.baseUrl = parsed;
    this.authorization = site.auth().authorizationHeader();
    this.http = http;
    this.json = json;
    this.policy = site.retry();
    this.backoff = new Backoff(site.retry(), environment.random());
    this.environment = environment;
    this.gate = gate;
    this.grant = grant;
  }

  /** Sends the call and returns the JSON body of Jira's 2xx answer. */
  JsonNode send(JiraCall call) {
    return exchange(call).body();
  }

  /** Sends the call and returns Jira's 2xx answer. */
  JiraAnswer exchange(JiraCall call) {
    Instant start = environment.clock().instant();
    boolean grantRefused = false;
    for (int attempt = 1; ; attempt++) {
      Duration budget =
          policy.maxTotalTime().minus(Duration.between(start, environment.clock().instant()));
      Attempt outcome = attemptOnce(call, attempt, budget, grantRefused);
      if (outcome instanceof Answered answered) {
        return answered.answer();
      }
      if (outcome instanceof GrantRefused) {
        // Jira did nothing (401), so even a create is safe to send again, with the credentials
        grantRefused = true;
        attempt--;
        continue;
      }
      Retryable failure = (Retryable) outcome;
      if (attempt >= policy.maxAttempts()) {
        throw unavailable(call, attempt, failure);
      }
      Duration wait = backoff.delayAfter(attempt, failure.retryAfter());
      Duration elapsed = Duration.between(start, environment.clock().instant());
      if (elapsed.plus(wait).compareTo(policy.maxTotalTime()) > 0) {
        throw unavailable(call, attempt, failure);
      }
      log.warn(
          "Jira {} {} failed ({}), attempt {} of {}; retrying in {} ms",
          call.method(),
          call.path(),
          failure.problem(),
          attempt,
          policy.maxAttempts(),
          wait.toMillis());
      pause(call, attempt, failure, wait);
    }
  }

  private Attempt attemptOnce(
      JiraCall call, int attempt, Duration budget, boolean credentialsOnly) {
    Optional<JiraGrant.Grant> granted = credentialsOnly ? Optional.empty() : grant.current();
    Request request = request(call, granted);
    Instant sentAt = turn(call, attempt, budget);
    long began = System.nanoTime();
    try (Response response = http.newCall(request).execute()) {
      int status = response.code();
      String body = response.body().string();
      // the path and status only: never the Authorization header, the query or either body
      log.debug(
          "Jira {} {} answered {} in {} ms (attempt {})",
          call.method(),
          call.path(),
          status,
          (System.nanoTime() - began) / 1_000_000,
          attempt);
      if (status == 401 && granted.isPresent()) {
        log.warn("Jira refused the app system token (HTTP 401); using the configured credentials");
        grant.refused(granted.get());
        return new GrantRefused();
      }
      if (status >= 200 && status < 300) {
        gate.succeeded("true".equalsIgnoreCase(response.header("X-RateLimit-NearLimit")));
        return new Answered(new JiraAnswer(status, readBody(call, status, body)));
      }
      if (status == 429 || (status == 503 && call.idempotent())) {
        Optional<Duration> retryAfter =
            RetryAfterHeader.parse(response.header("Retry-After"), environment.clock().instant());
        if (status == 429) {
          gate.rateLimited(
              sentAt,
              retryAfter,
              "jira-per-issue-on-write".equalsIgnoreCase(response.header("RateLimit-Reason")));
        }
        return new Retryable("HTTP " + status, retryAfter, null);
      }
      if (status >= 500) {
        if (!call.idempotent()) {
          throw new JiraOutcomeUnknownException(call.method(), call.path(), "HTTP " + status, null);
        }
        return new Retryable("HTTP " + status, Optional.empty(), null);
      }
      if (status >= 300 && status < 400) {
        throw redirected(call, status, request.url(), response.header("Location"));
      }
      throw rejected(call, status, body);
    } catch (UnknownHostException neverSent) {
      return new Retryable("unknown host " + request.url().host(), Optional.empty(), neverSent);
    } catch (ConnectException neverSent) {
      return new Retryable(
          "ConnectException: nothing answers at "
              + request.url().host()
              + ":"
              + request.url().port(),
          Optional.empty(),
          neverSent);
    } catch (SSLHandshakeException | SSLPeerUnverifiedException tls) {
      if (cutOffDuringHandshake(tls)) {
        // the connection dropped before a byte of the request went out: safe for any call
        return new Retryable(
            "connection to " + request.url().host() + " closed during the TLS handshake",
            Optional.empty(),
            tls);
      }
      throw tlsFailure(call, request.url().host(), tls);
    } catch (IOException broken) {
      if (certificateProblem(broken)) {
        throw tlsFailure(call, request.url().host(), broken);
      }
      String problem = broken.getClass().getSimpleName();
      if (!call.idempotent()) {
        throw new JiraOutcomeUnknownException(call.method(), call.path(), problem, broken);
      }
      return new Retryable(problem, Optional.empty(), broken);
    }
  }

  /**
   * A handshake failure is a setting to fix (no retry): the certificate is not trusted, names
   * another host, or the two sides share no TLS version. Only the reason is kept from the JDK's
   * text, never the certificate dump OkHttp adds after it.
   */
  private static JiraTlsException tlsFailure(JiraCall call, String host, IOException tls) {
    boolean untrusted = tls instanceof SSLPeerUnverifiedException || certificateProblem(tls);
    String problem;
    if (tls instanceof SSLPeerUnverifiedException) {
      problem = "its certificate is not for " + host + " or not trusted";
    } else if (untrusted) {
      problem = "no trusted certification path (self-signed, an unknown CA, or expired)";
    } else {
      String text = String.valueOf(tls.getMessage());
      int end = text.indexOf('\n');
      problem = end < 0 ? text : text.substring(0, end);
    }
    return new JiraTlsException(call.method(), call.path(), host, untrusted, problem, tls);
  }

  /** Whether a certificate check (path building, validation, expiry) caused the failure. */
  private static boolean certificateProblem(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CertificateException
          || t instanceof CertPathValidatorException
          || t instanceof CertPathBuilderException) {
        return true;
      }
      if (t.getCause() == t) {
        return false;
      }
    }
    return false;
  }

  /** A handshake that ended because the other side closed the connection, not a refusal. */
  private static boolean cutOffDuringHandshake(IOException tls) {
    return tls instanceof SSLHandshakeException
        && !certificateProblem(tls)
        && (tls.getCause() instanceof EOFException || tls.getCause() instanceof SocketException);
  }

  /**
   * Waits for the site's {@link JiraRateGate}; returns when the request was let through. Gives up
   * at once, reporting what is left of Jira's pause as its Retry-After, when that pause (asked for
   * by an earlier answer to any call) ends after this call's retry budget.
   */
  private Instant turn(JiraCall call, int attempt, Duration budget) {
    try {
      Optional<Instant> sentAt = gate.awaitTurn(budget.isNegative() ? Duration.ZERO : budget);
      if (sentAt.isEmpty()) {
        throw new JiraUnavailableException(
            call.method(),
            call.path(),
            attempt - 1,
            "Jira asked for a pause of every call (HTTP 429 with Retry-After)",
            Optional.of(gate.pauseLeft()),
            null);
      }
      return sentAt.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JiraUnavailableException(
          call.method(),
          call.path(),
          attempt - 1,
          "interrupted while waiting for Jira's rate limit",
          Optional.empty(),
          e);
    }
  }

  private Request request(JiraCall call, Optional<JiraGrant.Grant> granted) {
    HttpUrl base = granted.map(g -> HttpUrl.get(g.apiBaseUrl().toString())).orElse(baseUrl);
    Secret credentials =
        granted.map(g -> Secret.of("Bearer " + g.token().reveal())).orElse(authorization);
    HttpUrl.Builder url = base.newBuilder().addEncodedPathSegments(call.path());
    for (Map.Entry<String, String> parameter : call.query()) {
      url.addQueryParameter(parameter.getKey(), parameter.getValue());
    }
    RequestBody body = call.body().map(this::jsonBody).orElse(null);
    return new Request.Builder()
        .url(url.build())
        .header("Authorization", credentials.reveal())
        .header("Accept", "application/json")
        .header("User-Agent", "learning-office")
        .method(call.method(), body)
        .build();
  }

  private RequestBody jsonBody(JsonNode body) {
    try {
      return RequestBody.create(json.writeValueAsBytes(body), JSON);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write a Jira request body", e);
    }
  }

  private JsonNode readBody(JiraCall call, int status, String body) {
    if (body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new JiraException(
          status, call.method(), call.path(), List.of("answer is not JSON"), Map.of());
    }
  }

  private JiraException rejected(JiraCall call, int status, String body) {
    List<String> messages = new ArrayList<>();
    Map<String, String> errors = new LinkedHashMap<>();
    try {
      JsonNode tree = body.isBlank() ? MissingNode.getInstance() : json.readTree(body);
      tree.path("errorMessages").forEach(message -> messages.add(message.asText()));
      tree.path("errors")
          .properties()
          .forEach(error -> errors.put(error.getKey(), error.getValue().asText()));
    } catch (JsonProcessingException notJson) {
      // Proxies and gateways answer with HTML; the status says enough and the page is not shown.
    }
    return new JiraException(status, call.method(), call.path(), messages, errors);
  }

  /**
   * Jira (or a proxy before it) sent the call elsewhere: the base URL is not where Jira answers.
   * The new address is named without its query, which may carry a session or a return path, and
   * without any user or password in it.
   */
  private static JiraException redirected(
      JiraCall call, int status, HttpUrl sent, String location) {
    HttpUrl target = location == null ? null : sent.resolve(location);
    String where =
        target == null
            ? "elsewhere"
            : "to "
                + target.newBuilder().username("").password("").query(null).fragment(null).build();
    return new JiraException(
        status,
        call.method(),
        call.path(),
        List.of("moved " + where + "; set jira.baseUrl to the address Jira answers at"),
        Map.of());
  }

  private JiraUnavailableException unavailable(JiraCall call, int attempts, Retryable failure) {
    return new JiraUnavailableException(
        call.method(),
        call.path(),
        attempts,
        failure.problem(),
        failure.retryAfter(),
        failure.cause());
  }

  private void pause(JiraCall call, int attempt, Retryable failure, Duration wait) {
    try {
      environment.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JiraUnavailableException(
          call.method(),
          call.path(),
          attempt,
          "interrupted while waiting to retry after " + failure.problem(),
          failure.retryAfter(),
          e);
    }
  }

  private sealed interface Attempt permits Answered, Retryable, GrantRefused {}

  private record Answered(JiraAnswer answer) implements Attempt {}

  /** Jira answered 401 to the grant's token: send again with the site's credentials. */
  private record GrantRefused() implements Attempt {}

  private record Retryable(String problem, Optional<Duration> retryAfter, Throwable cause)
      implements Attempt {}
}
