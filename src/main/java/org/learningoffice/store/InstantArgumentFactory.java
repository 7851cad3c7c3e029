package org.learningoffice.store;

import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds an {@link Instant} as what every time column here is, a {@code TIMESTAMP WITH TIME ZONE},
 * at UTC. Jdbi's default binds a {@code java.sql.Timestamp}, read in the JVM's time zone and
 * converted by the database on every comparison: on H2 that made a range bucket over a week's
 * lessons twice as slow.
 */
final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
  InstantArgumentFactory() {
    super(Types.TIMESTAMP_WITH_TIMEZONE);
  }

  @Override
  protected Argument build(Instant value, ConfigRegistry config) {
    var utc = value.atOffset(ZoneOffset.UTC);
    return (position, statement, context) -> statement.setObject(position, utc);
  }
}
