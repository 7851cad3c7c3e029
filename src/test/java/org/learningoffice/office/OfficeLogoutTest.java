package org.learningoffice.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.digest.DigestFixtures;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

/** {@code POST /office/logout}: the session ends on the server, for every copy of the cookie. */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class OfficeLogoutTest {
  private static final String TOKEN = DigestFixtures.ACCESS_TOKEN;
  private static final String[] SAME_SITE = {"Sec-Fetch-Site", "same-origin"};

  private final OfficeFixture fixture;
  private final OfficeClient office;

  OfficeLogoutTest(TestDatabase.Kind kind) {
    fixture = new OfficeFixture(kind);
    office = fixture.office;
  }

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  private String login() throws Exception {
    return OfficeClient.sessionCookie(office.login(TOKEN, SAME_SITE));
  }

  private int dashboard(OfficeClient client, String cookie) throws Exception {
    return client.get("/office?week=2026-W48", "Cookie", cookie).statusCode();
  }

  private HttpResponse<String> logout(String cookie) throws Exception {
    return office.logout("Cookie", cookie, SAME_SITE[0], SAME_SITE[1]);
  }

  @Test
  void logoutClearsTheCookieAndLandsOnTheLoginPage() throws Exception {
    String cookie = login();

    HttpResponse<String> out = logout(cookie);

    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(out.headers().firstValue("Location")).hasValue("/office/login");
    assertThat(out.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(
            c ->
                assertThat(c)
                    .startsWith("lo_office=;")
                    .contains("Max-Age=0", "Path=/office", "HttpOnly", "SameSite=Strict"));
    HttpResponse<String> landing = office.get("/office/login");
    assertThat(landing.body()).contains("id=\"login-form\"").doesNotContain("id=\"logout\"");
  }

  @Test
  void theSameCookieIsRefusedAfterLogout() throws Exception {
    String cookie = login();
    assertThat(dashboard(office, cookie)).isEqualTo(200);

    logout(cookie);

    HttpResponse<String> after = office.get("/office?week=2026-W48", "Cookie", cookie);
    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(after.body()).doesNotContain("Welding fixture");
    assertThat(office.get("/office/export?format=csv", "Cookie", cookie).statusCode())
        .isEqualTo(401);
    // logging out once more changes nothing, and the token still opens a new session
    assertThat(logout(cookie).statusCode()).isEqualTo(303);
    assertThat(dashboard(office, login())).isEqualTo(200);
  }

  @Test
  void aSecondInstanceOnTheSameStoreRefusesTheCookieToo() throws Exception {
    try (TestApp second = DigestFixtures.app().database(fixture.db).start()) {
      OfficeClient other = new OfficeClient(second.port());
      String cookie = login();
      String untouched = login();
      assertThat(dashboard(other, cookie)).isEqualTo(200);

      logout(cookie);

      assertThat(dashboard(other, cookie)).isEqualTo(401);
      assertThat(dashboard(other, untouched)).as("only the session logged out ends").isEqualTo(200);
    }
  }

  @Test
  void aCrossSiteLogoutIsRefusedAndTheSessionGoesOn() throws Exception {
    String cookie = login();

    HttpResponse<String> crossSite =
        office.logout("Cookie", cookie, "Sec-Fetch-Site", "cross-site");
    HttpResponse<String> otherOrigin =
        office.logout("Cookie", cookie, "Origin", "https://evil.example");

    for (HttpResponse<String> r : java.util.List.of(crossSite, otherOrigin)) {
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    }
    assertThat(dashboard(office, cookie)).isEqualTo(200);
  }

  @Test
  void theDashboardHeaderCarriesALogOutButtonThatPostsToLogout() throws Exception {
    String html = office.get("/office?week=2026-W48", "Cookie", login()).body();

    assertThat(html)
        .contains("<form method=\"post\" action=\"/office/logout\" id=\"logout-form\">")
        .contains("<button type=\"submit\" id=\"logout\">Log out</button>");
  }

  @Test
  void endedSessionsArePrunedOnceTheyExpire() throws Exception {
    String first = login();
    logout(first);
    assertThat(endedRows()).isEqualTo(1);

    fixture.app.clock().advance(OfficeSessions.LIFETIME.plus(Duration.ofMinutes(1)));
    String second = login();
    logout(second);

    assertThat(endedRows()).as("the first, expired, is pruned").isEqualTo(1);
    assertThat(dashboard(office, first)).isEqualTo(401);
    assertThat(dashboard(office, second)).isEqualTo(401);
  }

  @Test
  void twoLogoutsOfOneSessionAtOnceEndItOnceWithoutAnError() throws Exception {
    EndedSessions ended = fixture.app.get(EndedSessions.class);
    Instant expiry = fixture.app.clock().instant().plus(Duration.ofHours(1));
    try (Handle first = fixture.app.database().jdbi().open()) {
      first.begin();
      first
          .createUpdate(
              "INSERT INTO office_ended_sessions (session_id, expires_at) VALUES ('s-1', :at)")
          .bind("at", expiry)
          .execute();
      // the second logout reaches its insert while the first has not committed
      CompletableFuture<Void> second = CompletableFuture.runAsync(() -> ended.end("s-1", expiry));
      Thread.sleep(500);
      first.commit();
      second.get(30, TimeUnit.SECONDS);
    }

    assertThat(endedRows()).isEqualTo(1);
    assertThat(ended.ended("s-1")).isTrue();
  }

  private int endedRows() {
    return fixture
        .app
        .database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM office_ended_sessions")
                    .mapTo(Integer.class)
                    .one());
  }
}
