package org.learningoffice.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.digest.DigestFixtures;
import org.learningoffice.digest.Seed.L;
import org.learningoffice.lesson.LessonWithOrder;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.testing.TestDatabase;

/**
 * {@code GET /office/export}: what the dashboard's filters match, as CSV or JSON, to leads only.
 */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class OfficeExportTest {
  private static final String BEARER = "Bearer " + DigestFixtures.ACCESS_TOKEN;
  private static final String FORMULA = "=HYPERLINK(\"http://evil\",\"x\")";
  private static final String BODY = "line one\r\nline two, \"quoted\"\n<script>alert(1)</script>";

  private final OfficeFixture fixture;
  private final OfficeClient office;
  private final ObjectMapper json = new ObjectMapper();

  OfficeExportTest(TestDatabase.Kind kind) {
    fixture = new OfficeFixture(kind);
    office = fixture.office;
  }

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  private HttpResponse<String> export(String query) throws Exception {
    HttpResponse<String> r = office.get("/office/export" + query, "Authorization", BEARER);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r;
  }

  private List<Map<String, String>> csvRows(String query) throws Exception {
    String body = export(query).body();
    assertThat(body).as("a byte-order mark, for Excel").startsWith("\uFEFF");
    List<List<String>> records = Rfc4180.parse(body.substring(1));
    assertThat(records.get(0)).containsExactlyElementsOf(LessonWithOrder.FIELDS);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> record : records.subList(1, records.size())) {
      assertThat(record).hasSameSizeAs(LessonWithOrder.FIELDS);
      Map<String, String> row = new java.util.LinkedHashMap<>();
      for (int i = 0; i < record.size(); i++) {
        row.put(LessonWithOrder.FIELDS.get(i), record.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> titles(List<Map<String, String>> rows) {
    return rows.stream().map(r -> r.get("title")).toList();
  }

  @Test
  void csvHoldsTheFilteredLessonsAndOnlyThemOldestFirst() throws Exception {
    assertThat(titles(csvRows("?format=csv&week=2026-W48&strategy=MTS")))
        .containsExactly("Stock count was off", "Drawing handover late");
    assertThat(titles(csvRows("?format=csv&week=2026-W48&unit=back-office")))
        .containsExactly("Stock count was off");
    assertThat(titles(csvRows("?format=csv&week=2026-W48&text=handover")))
        .containsExactly("Drawing handover late");
    assertThat(titles(csvRows("?format=csv&week=2026-W47"))).containsExactly("Last week's lesson");
    assertThat(titles(csvRows("?format=csv&week=2026-W46"))).isEmpty();
    // without a week: every week
    assertThat(csvRows("?format=csv&strategy=MTS")).hasSize(4);

    Map<String, String> stock = csvRows("?format=csv&week=2026-W48&unit=BACK_OFFICE").get(0);
    assertThat(stock)
        .containsEntry("issueKey", "ORD-2")
        .containsEntry("unit", "BACK_OFFICE")
        .containsEntry("type", "EXPLOITATION")
        .containsEntry("strategy", "MTS")
        .containsEntry("priorityClass", "STANDARD")
        .containsEntry("createdAt", "2026-11-24T10:01:00Z");
    assertThat(stock.get("text")).contains("Stock count was off");
  }

  @Test
  void jsonIsAnArrayOfObjectsWithStableKeys() throws Exception {
    JsonNode array = json.readTree(export("?format=json&week=2026-W48&priority=EXPEDITED").body());

    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(2);
    for (JsonNode lesson : array) {
      List<String> keys = new ArrayList<>();
      lesson.fieldNames().forEachRemaining(keys::add);
      assertThat(keys).containsExactlyElementsOf(LessonWithOrder.FIELDS);
      assertThat(lesson.get("issueKey").asText()).isEqualTo("ORD-1");
      assertThat(lesson.get("proposedAction").isNull()).isTrue();
    }
  }

  @Test
  void everyMatchIsExportedNotOnlyTheHundredTheDashboardLists() throws Exception {
    int many = OfficeDashboard.LISTED + 30;
    long order =
        fixture.seed.order(
            "ORD-9", "Many", Strategy.ATO, PriorityClass.STANDARD, OfficeLessons.W48);
    for (int i = 0; i < many; i++) {
      fixture.seed.lesson(
          order, L.of("Bulk " + i, Instant.parse("2026-11-10T10:00:00Z").plusSeconds(i)));
    }

    List<Map<String, String>> rows = csvRows("?format=csv&week=2026-W46");
    assertThat(rows).hasSize(many);
    assertThat(titles(rows)).startsWith("Bulk 0").endsWith("Bulk " + (many - 1));
    assertThat(json.readTree(export("?format=json&week=2026-W46").body())).hasSize(many);
  }

  @Test
  void hostileTextRoundTripsEscapedAndFormulasAreNeutralised() throws Exception {
    long order =
        fixture.seed.order(
            "ORD-7", "Evil", Strategy.ETO, PriorityClass.STANDARD, OfficeLessons.W48);
    Instant at = Instant.parse("2026-11-11T09:00:00Z");
    fixture.seed.lesson(order, L.of(FORMULA, at).body(BODY).action("@SUM(A1:A9)"));
    fixture.seed.lesson(order, L.of("+1 pump", at.plusSeconds(1)).body("-2 valves"));
    fixture.seed.lesson(order, L.of("\tTabbed", at.plusSeconds(2)).body("\rCarriage"));

    List<Map<String, String>> rows = csvRows("?format=csv&week=2026-W46");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0))
        .containsEntry("title", "'" + FORMULA)
        .containsEntry("text", BODY)
        .containsEntry("proposedAction", "'@SUM(A1:A9)");
    assertThat(rows.get(1)).containsEntry("title", "'+1 pump").containsEntry("text", "'-2 valves");
    assertThat(rows.get(2))
        .containsEntry("title", "'\tTabbed")
        .containsEntry("text", "'\rCarriage");

    // JSON is not a spreadsheet: the text comes back exactly as typed
    JsonNode array = json.readTree(export("?format=json&week=2026-W46").body());
    assertThat(array.get(0).get("title").asText()).isEqualTo(FORMULA);
    assertThat(array.get(0).get("text").asText()).isEqualTo(BODY);
  }

  @Test
  void anAttachmentNamedAfterTheFiltersNeitherCachedNorSniffed() throws Exception {
    HttpResponse<String> csv = export("?format=csv&week=2026-W48&unit=BACK_OFFICE&strategy=mts");
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv").contains("charset=utf-8"));
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"lessons-2026-W48-back-office-mts.csv\"");
    assertThat(csv.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(csv.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    HttpResponse<String> all = export("?format=JSON&text=%3Cscript%3E");
    assertThat(all.body()).as("JSON has no byte-order mark").startsWith("[");
    assertThat(all.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(all.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"lessons-all-weeks-search.json\"");
  }

  @Test
  void anUnauthenticatedRequestIsRefusedWithoutALesson() throws Exception {
    HttpResponse<String> none = office.get("/office/export?format=csv&week=2026-W48");
    HttpResponse<String> wrong =
        office.get("/office/export?format=json", "Authorization", "Bearer not-the-token");
    HttpResponse<String> forged =
        office.get("/office/export?format=csv", "Cookie", "lo_office=1.2.3");

    for (HttpResponse<String> r : List.of(none, wrong, forged)) {
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.headers().firstValue("Content-Disposition")).isEmpty();
      assertThat(r.body()).doesNotContain("Stock count", "ORD-2");
    }
  }

  @Test
  void aSessionFromTheLoginFormMayExport() throws Exception {
    String cookie = OfficeClient.sessionCookie(office.login(DigestFixtures.ACCESS_TOKEN));

    HttpResponse<String> r =
        office.get("/office/export?format=csv&week=2026-W47", "Cookie", cookie);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Last week's lesson");
  }

  @Test
  void aBadFormatOrFilterIsA400() throws Exception {
    assertThat(office.get("/office/export?format=xlsx", "Authorization", BEARER).statusCode())
        .isEqualTo(400);
    assertThat(office.get("/office/export", "Authorization", BEARER).statusCode()).isEqualTo(400);
    assertThat(
            office
                .get("/office/export?format=csv&week=2026-W99", "Authorization", BEARER)
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void theDashboardLinksTheExportOfWhatItShows() throws Exception {
    String html =
        office.get("/office?week=2026-W48&unit=BETWEEN&text=a%26b", "Authorization", BEARER).body();

    Matcher csv =
        Pattern.compile("<a id=\"export-csv\" href=\"([^\"]*)\">Export CSV</a>").matcher(html);
    assertThat(csv.find()).isTrue();
    assertThat(csv.group(1))
        .isEqualTo("/office/export?format=csv&amp;week=2026-W48&amp;unit=BETWEEN&amp;text=a%26b");
    assertThat(html)
        .contains(
            "<a id=\"export-json\" href=\"/office/export?format=json&amp;week=2026-W48&amp;"
                + "unit=BETWEEN&amp;text=a%26b\">Export JSON</a>");
    // without a week the dashboard shows the current one, and so does its export
    assertThat(office.get("/office", "Authorization", BEARER).body())
        .contains("href=\"/office/export?format=csv&amp;week=2026-W49\"");
  }
}
