package org.learningoffice.writeback;

import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.learningoffice.capture.FormTokenSigner;
import org.learningoffice.config.ServerConfig;
import org.learningoffice.store.Database;

/**
 * The {@code capture_forms} table: each order's form link, signed once so that the remote link, the
 * comment, the property and every reminder show the same URL, and when it was attached. A form
 * attached while its order was open ({@code capture.realTime}) is signed again when the order
 * closes, so that its link lasts {@code capture.tokenTtl} from the close.
 */
public final class CaptureForms {
  /** An order's form: its link, and when the link reached Jira (empty until then). */
  public record Form(long orderId, URI url, Optional<Instant> attachedAt) {}

  private final Jdbi jdbi;
  private final FormTokenSigner signer;
  private final ServerConfig server;
  private final Clock clock;

  @Inject
  public CaptureForms(Database database, FormTokenSigner signer, ServerConfig server, Clock clock) {
    this.jdbi = database.jdbi();
    this.signer = signer;
    this.server = server;
    this.clock = clock;
  }

  /** The order's form, made (and its link signed) the first time it is asked for. */
  public Form ensure(long orderId, String issueId) {
    return find(orderId)
        .orElseGet(
            () -> {
              URI url = formUrl(signer.sign(issueId));
              try {
                jdbi.useHandle(
                    h ->
                        h.createUpdate(
                                "INSERT INTO capture_forms (order_id, form_url, created_at)"
                                    + " VALUES (:order, :url, :now)")
                            .bind("order", orderId)
                            .bind("url", url.toString())
                            .bind("now", clock.instant())
                            .execute());
              } catch (RuntimeException e) {
                if (!Database.isUniqueViolation(e)) {
                  throw e;
                }
                // another worker stored the order's form first: its link is the one to use
              }
              return find(orderId).orElseThrow();
            });
  }

  /**
   * The order's form with its link signed anew from {@code from} (the order's close), made if the
   * order had none. Signing is repeatable: the same instant gives the same link.
   */
  public Form renew(long orderId, String issueId, Instant from) {
    URI url = formUrl(signer.sign(issueId, from));
    int renewed =
        jdbi.withHandle(
            h ->
                h.createUpdate("UPDATE capture_forms SET form_url = :url WHERE order_id = :order")
                    .bind("url", url.toString())
                    .bind("order", orderId)
                    .execute());
    return renewed == 1 ? find(orderId).orElseThrow() : ensure(orderId, issueId);
  }

  public Optional<Form> find(long orderId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT order_id, form_url, attached_at FROM capture_forms"
                        + " WHERE order_id = :order")
                .bind("order", orderId)
                .map(
                    (rs, ctx) -> {
                      OffsetDateTime attached = rs.getObject("attached_at", OffsetDateTime.class);
                      return new Form(
                          rs.getLong("order_id"),
                          URI.create(rs.getString("form_url")),
                          Optional.ofNullable(attached).map(OffsetDateTime::toInstant));
                    })
                .findOne());
  }

  /** Records that the form reached Jira, in the caller's transaction. */
  void markAttached(Handle transaction, long orderId, Instant at) {
    transaction
        .createUpdate(
            "UPDATE capture_forms SET attached_at = :at WHERE order_id = :order"
                + " AND attached_at IS NULL")
        .bind("at", at)
        .bind("order", orderId)
        .execute();
  }

  private URI formUrl(String token) {
    String base = server.publicBaseUrl().toString();
    return URI.create(
        (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/capture/" + token);
  }
}
