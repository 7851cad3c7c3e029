package org.learningoffice.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.learningoffice.web.HttpError;

/**
 * Any query string sent to {@code /office} or {@code /api/lessons} becomes a filter or a 400 with a
 * one-line reason: never another exception.
 */
class OfficeFilterFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void aQueryStringIsAFilterOrA400(byte[] query) {
    Map<String, String> params = params(new String(query, StandardCharsets.UTF_8));
    OfficeFilter filter;
    try {
      filter = OfficeFilter.parse(params::get);
    } catch (HttpError refused) {
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    filter
        .text()
        .ifPresent(
            text ->
                assertThat(text)
                    .isNotBlank()
                    .hasSizeLessThanOrEqualTo(OfficeFilter.MAX_TEXT)
                    .doesNotContainPattern("\\p{Cntrl}"));
  }

  /** The first value of each parameter, decoded as a servlet container would. */
  private static Map<String, String> params(String query) {
    Map<String, String> params = new HashMap<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      try {
        params.putIfAbsent(
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException badEscape) {
        // a container answers a broken %-escape before any route sees it
      }
    }
    return params;
  }
}
