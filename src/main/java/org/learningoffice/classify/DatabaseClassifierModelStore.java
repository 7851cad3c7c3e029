package org.learningoffice.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.learningoffice.store.Database;

/**
 * Model versions in the {@code classifier_models} table, shared by every instance on the database.
 * {@code examples} holds how many person-confirmed lessons a version was trained on; {@code
 * metrics} the training figures as JSON.
 */
public final class DatabaseClassifierModelStore implements ClassifierModelStore {
  private static final TypeReference<Map<String, Double>> METRICS = new TypeReference<>() {};
  private static final int ATTEMPTS = 3;

  private final Jdbi jdbi;
  private final ObjectMapper json;

  @Inject
  public DatabaseClassifierModelStore(Database database, ObjectMapper json) {
    this.jdbi = database.jdbi();
    this.json = json;
  }

  @Override
  public StoredModel save(StoredModel model) {
    String metrics = write(model.metrics());
    // Two instances may train at once; the primary key decides who gets a version number, and the
    // one that lost reads the winner's version before it decides again.
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.inTransaction(
            h -> {
              Optional<StoredModel> newest = latest(h);
              if (newest.isPresent()
                  && newest.get().confirmedLessons() > model.confirmedLessons()) {
                return newest.get();
              }
              int version = newest.map(StoredModel::version).orElse(0) + 1;
              h.createUpdate(
                      "INSERT INTO classifier_models (version, trained_at, examples, metrics,"
                          + " model) VALUES (:version, :trainedAt, :examples, :metrics, :model)")
                  .bind("version", version)
                  .bind("trainedAt", model.trainedAt())
                  .bind("examples", model.confirmedLessons())
                  .bind("metrics", metrics)
                  .bind("model", model.payload())
                  .execute();
              return model.withVersion(version);
            });
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !Database.isUniqueViolation(e)) {
          throw e;
        }
      }
    }
  }

  @Override
  public Optional<StoredModel> latest() {
    return jdbi.withHandle(this::latest);
  }

  private Optional<StoredModel> latest(Handle h) {
    return h.createQuery(
            "SELECT version, trained_at, examples, metrics, model FROM classifier_models"
                + " ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
        .map(
            (rs, ctx) ->
                new StoredModel(
                    rs.getInt("version"),
                    rs.getObject("trained_at", OffsetDateTime.class).toInstant(),
                    rs.getInt("examples"),
                    rs.getBytes("model"),
                    read(rs.getString("metrics"))))
        .findOne();
  }

  private String write(Map<String, Double> metrics) {
    try {
      return json.writeValueAsString(metrics);
    } catch (JsonProcessingException e) {
      throw new ClassifyException("cannot write model metrics as JSON", e);
    }
  }

  private Map<String, Double> read(String metrics) {
    try {
      return json.readValue(metrics, METRICS);
    } catch (JsonProcessingException e) {
      throw new ClassifyException("stored model metrics are not JSON: " + e.getMessage(), e);
    }
  }
}
