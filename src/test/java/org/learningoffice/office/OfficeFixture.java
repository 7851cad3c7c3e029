package org.learningoffice.office;

import org.learningoffice.digest.DigestApp;
import org.learningoffice.testing.Closing;
import org.learningoffice.testing.TestDatabase;

/**
 * What the {@code /office} tests stand on: the digest app started on a fresh test database, seeded
 * with {@link OfficeLessons}, and a client for its HTTP port.
 */
final class OfficeFixture implements AutoCloseable {
  final TestDatabase db;
  final DigestApp app;
  final OfficeClient office;

  OfficeFixture(TestDatabase.Kind kind) {
    db = TestDatabase.open(kind);
    app = new DigestApp(db).start();
    OfficeLessons.seed(app.seed);
    office = new OfficeClient(app.app.port());
  }

  @Override
  public void close() throws Exception {
    Closing.all(app, db);
  }
}
