package org.learningoffice.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.digest.DigestFixtures;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;

/** Who may open {@code /office}: the bearer token, or a session from {@code /office/login}. */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class OfficeAccessTest {
  private static final String TOKEN = DigestFixtures.ACCESS_TOKEN;

  private final OfficeFixture fixture;
  private final TestApp app;
  private final TestDatabase db;
  private final OfficeClient office;

  OfficeAccessTest(TestDatabase.Kind kind) {
    fixture = new OfficeFixture(kind);
    app = fixture.app;
    db = fixture.db;
    office = fixture.office;
  }

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void withoutCredentialsTheDashboardIsA401PageThatPointsToTheLogin() throws Exception {
    HttpResponse<String> r = office.get("/office");

    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("text/html"));
    assertThat(r.body()).contains("/office/login").doesNotContain("Welding fixture");
    // the way on is the login, not back to the dashboard that refused
    assertThat(r.body())
        .contains("href=\"/office/login\"")
        .doesNotContain("href=\"/office\"")
        .doesNotContain("Back to the dashboard");
    assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void theDigestPreviewShowsAnyWeeksEmailAndSaysAnEmptyWeekWouldNotBeSent() throws Exception {
    assertThat(office.get("/office/digest?week=2026-W48").statusCode()).isEqualTo(401);

    HttpResponse<String> full =
        office.get("/office/digest?week=2026-W48", "Authorization", "Bearer " + TOKEN);
    HttpResponse<String> empty =
        office.get("/office/digest?week=2026-W30", "Authorization", "Bearer " + TOKEN);
    HttpResponse<String> bad =
        office.get("/office/digest?week=W48", "Authorization", "Bearer " + TOKEN);

    assertThat(full.statusCode()).isEqualTo(200);
    assertThat(full.body())
        .contains("Learning office digest 2026-W48")
        .contains("src=\"data:image/png;base64,")
        .contains("https://lo.example.com/office?week=2026-W48")
        .doesNotContain("id=\"not-sent\"");
    assertThat(full.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(full.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(full.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'none'")
        .contains("img-src data:")
        .doesNotContain("script");
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body()).contains("id=\"not-sent\"").contains("would not be sent");
    assertThat(bad.statusCode()).isEqualTo(400);
  }

  @Test
  void wrongBearerTokenOrForgedCookieIsRefused() throws Exception {
    assertThat(office.get("/office", "Authorization", "Bearer " + TOKEN + "x").statusCode())
        .isEqualTo(401);
    assertThat(office.get("/office", "Cookie", "lo_office=" + TOKEN).statusCode()).isEqualTo(401);
    String forged = "lo_office=9999999999.AAAAAAAAAAAAAAAAAAAAAA." + "A".repeat(43);
    assertThat(office.get("/office", "Cookie", forged).statusCode()).isEqualTo(401);
  }

  @Test
  void theApiBearerTokenOpensTheDashboard() throws Exception {
    HttpResponse<String> r =
        office.get("/office?week=2026-W48", "Authorization", "Bearer " + TOKEN);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Welding fixture was new");
  }

  @Test
  void loginSetsAStrictHttpOnlySessionCookieWithoutTheTokenAndThenTheDashboardOpens()
      throws Exception {
    assertThat(office.get("/office/login").body()).contains("type=\"password\"");

    HttpResponse<String> login =
        office.login(TOKEN, "Origin", office.origin(), "Sec-Fetch-Site", "same-origin");

    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().firstValue("Location")).contains("/office");
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie)
        .startsWith("lo_office=")
        .contains("HttpOnly", "SameSite=Strict", "Path=/office")
        .doesNotContain(TOKEN);
    HttpResponse<String> dashboard =
        office.get("/office?week=2026-W48", "Cookie", OfficeClient.sessionCookie(login));
    assertThat(dashboard.statusCode()).isEqualTo(200);
    assertThat(dashboard.body()).contains("Welding fixture was new");
  }

  @Test
  void aRefusedPageLinksTheLoginThatLeadsBackToItAndOnlyToTheOfficesOwnPages() throws Exception {
    HttpResponse<String> refused = office.get("/office/digest?week=2026-W48");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body())
        .contains("href=\"/office/login?next=%2Foffice%2Fdigest%3Fweek%3D2026-W48\"");
    HttpResponse<String> form =
        office.get("/office/login?next=%2Foffice%2Fdigest%3Fweek%3D2026-W48");
    assertThat(form.body()).contains("name=\"next\" value=\"/office/digest?week=2026-W48\"");
    HttpResponse<String> export = office.get("/office/export?format=csv&week=2026-W48");
    assertThat(export.body())
        .contains(
            "href=\"/office/login?next=%2Foffice%2Fexport%3Fformat%3Dcsv%26week%3D2026-W48\"");

    assertThat(
            office.loginTo("/office/digest?week=2026-W48", TOKEN).headers().firstValue("Location"))
        .hasValue("/office/digest?week=2026-W48");
    // a wrong token keeps where the lead was going
    assertThat(office.loginTo("/office?week=2026-W48", "wrong").body())
        .contains("name=\"next\" value=\"/office?week=2026-W48\"");
    for (String elsewhere :
        List.of(
            "https://evil.example/office",
            "//evil.example/office",
            "/\\evil.example",
            "/officer",
            "/office/logout",
            "/office/login",
            "/api/lessons",
            "/office?week=\r\nSet-Cookie:x=1")) {
      assertThat(office.loginTo(elsewhere, TOKEN).headers().firstValue("Location"))
          .as(elsewhere)
          .hasValue("/office");
    }
  }

  @Test
  void aSessionWhoseExpiryWasMovedIsRefused() throws Exception {
    String cookie = OfficeClient.sessionCookie(office.login(TOKEN));
    String value = cookie.substring("lo_office=".length());
    String later = "9" + value; // the expiry, a later epoch second

    assertThat(office.get("/office", "Cookie", cookie).statusCode()).isEqualTo(200);
    assertThat(office.get("/office", "Cookie", "lo_office=" + later).statusCode()).isEqualTo(401);
  }

  @Test
  void aSessionEndsAfterItsLifetime() throws Exception {
    String cookie = OfficeClient.sessionCookie(office.login(TOKEN));

    app.clock().advance(OfficeSessions.LIFETIME.plus(Duration.ofMinutes(1)));

    assertThat(office.get("/office", "Cookie", cookie).statusCode()).isEqualTo(401);
  }

  @Test
  void wrongTokenAtLoginIsA401PageAndSetsNoCookie() throws Exception {
    HttpResponse<String> login = office.login("not-the-token", "Origin", office.origin());

    assertThat(login.statusCode()).isEqualTo(401);
    assertThat(login.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(login.body()).contains("not the office access token");
  }

  @Test
  void loginPostedFromAnotherSiteIsRefused() throws Exception {
    List<HttpResponse<String>> refused =
        List.of(
            office.login(TOKEN, "Origin", "https://evil.example"),
            office.login(TOKEN, "Origin", "null"),
            office.login(TOKEN, "Sec-Fetch-Site", "cross-site", "Origin", office.origin()),
            office.login(TOKEN, "Sec-Fetch-Site", "same-site"));

    assertThat(refused)
        .allSatisfy(
            login -> {
              assertThat(login.statusCode()).isEqualTo(403);
              assertThat(login.headers().firstValue("Set-Cookie")).isEmpty();
            });
    assertThat(office.login(TOKEN, "Origin", "https://lo.example.com").statusCode()).isEqualTo(303);
  }

  @Test
  void withoutAConfiguredTokenNobodyGetsIn() throws Exception {
    try (TestApp closed =
        DigestFixtures.app().env("LO_OFFICE_ACCESS_TOKEN", "").database(db).start()) {
      OfficeClient client = new OfficeClient(closed.port());

      assertThat(client.get("/office").statusCode()).isEqualTo(401);
      assertThat(client.get("/office", "Authorization", "Bearer " + TOKEN).statusCode())
          .isEqualTo(401);
      HttpResponse<String> login = client.login(TOKEN);
      assertThat(login.statusCode()).isEqualTo(401);
      assertThat(login.headers().firstValue("Set-Cookie")).isEmpty();
    }
  }
}
