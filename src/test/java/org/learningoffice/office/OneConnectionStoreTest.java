package org.learningoffice.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.digest.DigestFixtures;
import org.learningoffice.digest.DigestService;
import org.learningoffice.testing.TestDatabase;

/**
 * The digest and every office page work on a store of one connection ({@code store.maxPoolSize:
 * 1}): none of them takes a second connection while it holds one, which on a pool of one would wait
 * for itself until the pool's timeout and then fail.
 */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class OneConnectionStoreTest {
  private static final List<String> PAGES =
      List.of(
          "/office",
          "/office?week=2026-W48&unit=BACK_OFFICE&text=drawing",
          "/office/digest?week=2026-W48",
          "/office/export?format=csv",
          "/office/export?format=json&week=2026-W48",
          "/api/digest/2026-W48",
          "/api/lessons");

  private final OfficeFixture fixture;

  OneConnectionStoreTest(TestDatabase.Kind kind) {
    fixture = new OfficeFixture(TestDatabase.open(kind, 1));
  }

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void everyOfficePageAnswersOnAPoolOfOneConnection() throws Exception {
    for (String page : PAGES) {
      HttpResponse<String> response = get(page);

      assertThat(response.statusCode()).as(page + ": " + response.body()).isEqualTo(200);
    }
  }

  @Test
  void pagesAskedForAtOnceTakeTurnsForTheOneConnection() {
    List<CompletableFuture<HttpResponse<String>>> answers =
        PAGES.stream().map(page -> CompletableFuture.supplyAsync(() -> unchecked(page))).toList();

    assertThat(answers).allSatisfy(a -> assertThat(a.join().statusCode()).isEqualTo(200));
  }

  @Test
  void theWeeksDigestIsBuiltOnAPoolOfOneConnection() {
    DigestService digests = fixture.app.get(DigestService.class);

    assertThat(digests.build(DigestFixtures.WEEK).totals().lessonsCaptured()).isPositive();
    assertThat(digests.week(DigestFixtures.WEEK)).isNotNull();
  }

  private HttpResponse<String> get(String page) throws Exception {
    return fixture.office.get(page, "Authorization", "Bearer " + DigestFixtures.ACCESS_TOKEN);
  }

  private HttpResponse<String> unchecked(String page) {
    try {
      return get(page);
    } catch (Exception e) {
      throw new IllegalStateException(page, e);
    }
  }
}
