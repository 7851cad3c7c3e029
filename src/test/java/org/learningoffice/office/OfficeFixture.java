package org.learningoffice.office;

import org.learningoffice.digest.DigestFixtures;
import org.learningoffice.digest.Seed;
import org.learningoffice.testing.Closing;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

/**
 * What the {@code /office} tests stand on: the digest app started on a fresh test database, seeded
 * with {@link OfficeLessons}, and a client for its HTTP port.
 */
final class OfficeFixture implements AutoCloseable {
  final TestDatabase db;
  final TestApp app;
  final Seed seed;
  final OfficeClient office;

  OfficeFixture(TestDatabase.Kind kind) {
    this(TestDatabase.open(kind));
  }

  /** On a database opened by the caller (a pool of one connection, say). */
  OfficeFixture(TestDatabase db) {
    this.db = db;
    app = DigestFixtures.app().database(db).start();
    seed = new Seed(app.database());
    OfficeLessons.seed(seed);
    office = new OfficeClient(app.port());
  }

  @Override
  public void close() throws Exception {
    Closing.all(app, db);
  }
}
