package org.learningoffice.capture;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.learningoffice.testing.TestDatabase;

/** Every store with every Jira deployment, for {@code @ParameterizedClass} capture tests. */
final class CaptureCases {
  private CaptureCases() {}

  static Stream<Arguments> storesAndSites() {
    return Stream.of(TestDatabase.Kind.values())
        .flatMap(kind -> Stream.of(JiraOrder.Site.values()).map(site -> Arguments.of(kind, site)));
  }
}
