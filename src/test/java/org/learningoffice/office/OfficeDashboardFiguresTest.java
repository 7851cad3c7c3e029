package org.learningoffice.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.digest.DigestFixtures;
import org.learningoffice.testing.TestDatabase;

/**
 * The dashboard's week numbers, charts and recurring themes over {@link OfficeLessons} with {@link
 * OfficeLessons#seedFigures}; on H2 and PostgreSQL.
 */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class OfficeDashboardFiguresTest {
  private final OfficeFixture fixture;

  OfficeDashboardFiguresTest(TestDatabase.Kind kind) {
    fixture = new OfficeFixture(kind);
    OfficeLessons.seedFigures(fixture.seed);
  }

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  private String page(String query) throws Exception {
    HttpResponse<String> r =
        fixture.office.get(
            "/office" + query, "Authorization", "Bearer " + DigestFixtures.ACCESS_TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  @Test
  void theWeeksNumbersComeFirstWithTheOrdersClosedWithoutLessonsAndTheirForms() throws Exception {
    String html = page("?week=2026-W48");

    assertThat(html.indexOf("id=\"numbers-section\"")).isLessThan(html.indexOf("id=\"matrix\""));
    assertThat(text(html, "n-closed")).isEqualTo("5");
    assertThat(text(html, "n-lessons")).isEqualTo("7");
    assertThat(text(html, "n-rate")).isEqualTo("80% (4 of 5)");
    assertThat(text(html, "n-median")).isEqualTo("3 h");
    assertThat(html)
        .containsPattern(
            "<li><a class=\"ticket\" href=\"https://acme.atlassian.net/browse/ORD-3\">ORD-3</a>"
                + " Gearbox · <a class=\"form\" href=\"https://lo.example.com/capture/[^\"]+\">");
    assertThat(html).doesNotContain("browse/ORD-4\">ORD-4</a> Frame");
    // the numbers are the week's, whatever the filters
    assertThat(text(page("?week=2026-W48&unit=BETWEEN"), "n-lessons")).isEqualTo("7");
    String noneClosed = page("?week=2026-W46");
    assertThat(text(noneClosed, "n-rate")).isEqualTo("—");
    assertThat(text(noneClosed, "no-without-lessons"))
        .as("a week without closed orders does not claim they all have lessons")
        .isEqualTo("No order closed in 2026-W46.");
  }

  @Test
  void theUnitTypeChartCoversTwelveWeeksAndFollowsTheFilters() throws Exception {
    String html = page("?week=2026-W48");

    assertThat(html)
        .contains(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"chart-unit-type-svg\"")
        .contains("role=\"img\" aria-labelledby=\"chart-unit-type-svg-title\"")
        .contains(
            "<title id=\"chart-unit-type-svg-title\">Lessons per week by unit and type,"
                + " 2026-W37 – 2026-W48</title>");
    List<List<String>> rows = rows(html, "chart-unit-type-table");
    assertThat(rows).hasSize(12);
    assertThat(rows.get(0).get(0)).isEqualTo("2026-W37");
    assertThat(rows.get(11)).containsExactly("2026-W48", "3", "1", "2", "0", "1", "0", "7");
    assertThat(rows.get(10)).containsExactly("2026-W47", "0", "0", "1", "0", "0", "0", "1");
    assertThat(rows.get(3).get(7)).isEqualTo("1"); // 2026-W40, the earlier seal lesson

    List<List<String>> back =
        rows(page("?week=2026-W48&unit=back-office"), "chart-unit-type-table");
    assertThat(back.get(11)).containsExactly("2026-W48", "0", "0", "2", "0", "0", "0", "2");
    List<List<String>> text = rows(page("?week=2026-W48&text=seal"), "chart-unit-type-table");
    assertThat(text.get(11).get(7)).isEqualTo("3");
    assertThat(text.get(3).get(7)).isEqualTo("1");
  }

  @Test
  void theMatrixFollowsEveryFilterAndThePageSaysSo() throws Exception {
    String html = page("?week=2026-W48&strategy=ETO");

    assertThat(html).contains("<td id=\"matrix-total\">3</td>");
    assertThat(html)
        .contains("follow every filter (now: <span id=\"applied\">strategy ETO</span>)");
    // a cell's link keeps the other filters
    assertThat(html)
        .contains(
            "href=\"/office?week=2026-W48&amp;unit=FRONT_OFFICE&amp;type=EXPLORATION"
                + "&amp;strategy=ETO\"");
    assertThat(page("?week=2026-W48&priority=EXPEDITED&type=EXPLORATION"))
        .contains("<td id=\"matrix-total\">1</td>");
  }

  @Test
  void theExplorationShareIsPerUnitAndFollowsTheFilters() throws Exception {
    assertThat(page("?week=2026-W48"))
        .as("named as the digest names it")
        .contains("Ambidexterity balance: exploration share per unit");
    assertThat(rows(page("?week=2026-W48"), "chart-exploration-table"))
        .containsExactly(
            List.of("Front office", "1", "5", "20%"),
            List.of("Back office", "0", "3", "0%"),
            List.of("Between", "0", "1", "0%"));
    assertThat(rows(page("?week=2026-W48&type=EXPLORATION"), "chart-exploration-table"))
        .containsExactly(
            List.of("Front office", "1", "1", "100%"),
            List.of("Back office", "0", "0", "no lessons"),
            List.of("Between", "0", "0", "no lessons"));
  }

  @Test
  void lessonsPerClosedOrderAreGroupedByStrategyAndPriorityAndFollowTheFilters() throws Exception {
    // ORD-1 ETO 2, ORD-5 ETO 1, ORD-4 MTO 1, ORD-3 ATO 0, ORD-2 MTS 4 (of any week);
    // one decimal, as the digest shows them
    assertThat(rows(page("?week=2026-W48"), "chart-per-order-strategy-table"))
        .containsExactly(
            List.of("ETO", "2", "3", "1.5"),
            List.of("MTO", "1", "1", "1.0"),
            List.of("ATO", "1", "0", "0.0"),
            List.of("MTS", "1", "4", "4.0"));
    String priority = page("?week=2026-W48");
    assertThat(rows(priority, "chart-per-order-priority-table"))
        .containsExactly(
            List.of("Expedited", "2", "3", "1.5"), List.of("Standard", "3", "5", "1.7"));
    assertThat(priority).as("the chart shows the table's figure").contains(">1.7</text>");
    assertThat(rows(page("?week=2026-W48&unit=BETWEEN"), "chart-per-order-strategy-table"))
        .containsExactly(
            List.of("ETO", "2", "0", "0.0"),
            List.of("MTO", "1", "0", "0.0"),
            List.of("ATO", "1", "0", "0.0"),
            List.of("MTS", "1", "1", "1.0"));
    assertThat(rows(page("?week=2026-W48&strategy=MTO"), "chart-per-order-priority-table"))
        .containsExactly(
            List.of("Expedited", "1", "1", "1.0"), List.of("Standard", "0", "0", "no orders"));
  }

  @Test
  void anOrderReopenedSinceItClosedLeavesTheWeeksClosedOrders() throws Exception {
    fixture.seed.reopen("ORD-3", Instant.parse("2026-11-28T09:00:00Z"));

    String html = page("?week=2026-W48");

    assertThat(text(html, "n-closed")).isEqualTo("4");
    assertThat(text(html, "n-rate")).isEqualTo("100% (4 of 4)");
    assertThat(html).doesNotContain("browse/ORD-3\">ORD-3</a>");
    assertThat(rows(html, "chart-per-order-strategy-table"))
        .contains(List.of("ATO", "0", "0", "no orders"));
  }

  @Test
  void recurrentLessonsAreGroupedIntoThemesWithTheirCountAndOrders() throws Exception {
    String html = page("?week=2026-W48");

    Matcher themes =
        Pattern.compile(
                "<h3 class=\"theme-title\">(.*?) <span class=\"theme-count\">(\\d+) lesson\\(s\\)"
                    + "</span></h3>\\s*<p class=\"meta\">From (.*?)</p>")
            .matcher(html);
    List<String> found = new ArrayList<>();
    while (themes.find()) {
      found.add(
          themes.group(1)
              + " | "
              + themes.group(2)
              + " | "
              + themes.group(3).replaceAll("<[^>]+>", ""));
    }
    assertThat(found)
        .containsExactly(
            "Seal supplier late again | 3 | ORD-4, ORD-5, ORD-6",
            "Paint batch mixed up | 1 | ORD-7");
    assertThat(page("?week=2026-W48&unit=BETWEEN")).contains("id=\"no-themes\"");
    assertThat(page("?week=2026-W48&strategy=MTS"))
        .contains("Paint batch mixed up")
        .doesNotContain("Seal supplier late again");
  }

  @Test
  void theTaxonomyIsExplainedInPlainWords() throws Exception {
    String html = page("");

    assertThat(html)
        .contains("<details id=\"taxonomy\">")
        .contains("What do unit, type and direction mean?")
        .contains("<strong>Between</strong> is the hand-over")
        .contains("<strong>Exploration</strong> tries something new")
        .contains("<strong>For orders</strong>");
  }

  private static String text(String html, String id) {
    Matcher m = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(html);
    assertThat(m.find()).as(id).isTrue();
    return m.group(1);
  }

  /** The body rows of a fallback table, each its header cell and data cells as text. */
  static List<List<String>> rows(String html, String tableId) {
    int start = html.indexOf("<table class=\"counts\" id=\"" + tableId + "\">");
    assertThat(start).as(tableId).isNotNegative();
    String table = html.substring(start, html.indexOf("</table>", start));
    String body = table.substring(table.indexOf("<tbody>"));
    List<List<String>> rows = new ArrayList<>();
    Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(body);
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>").matcher(row.group(1));
      while (cell.find()) {
        cells.add(cell.group(1));
      }
      rows.add(cells);
    }
    return rows;
  }
}
