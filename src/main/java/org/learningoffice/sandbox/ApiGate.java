package org.learningoffice.sandbox;

import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.learningoffice.config.Secret;

/** The sandbox's door: records every API call, then lets it in only with the run's basic auth. */
final class ApiGate {
  private final String expectedAuthorization;
  private final JiraReplies replies;
  private final List<String> calls = new ArrayList<>();

  ApiGate(String email, Secret apiToken, JiraReplies replies) {
    this.expectedAuthorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((email + ":" + apiToken.reveal()).getBytes(StandardCharsets.UTF_8));
    this.replies = replies;
  }

  /** {@code handler} behind the gate: Jira's 401 without the right credentials. */
  Handler authed(Handler handler) {
    return ctx -> {
      record(ctx.method() + " " + ctx.path());
      String given = Optional.ofNullable(ctx.header("Authorization")).orElse("");
      if (!MessageDigest.isEqual(
          given.getBytes(StandardCharsets.UTF_8),
          expectedAuthorization.getBytes(StandardCharsets.UTF_8))) {
        replies.error(
            ctx,
            401,
            "You are not authenticated. Authentication required to perform this operation.");
        return;
      }
      handler.handle(ctx);
    };
  }

  /** Every API call so far, as {@code METHOD path}, oldest first. */
  synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  private synchronized void record(String call) {
    calls.add(call);
  }
}
