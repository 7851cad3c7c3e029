package org.learningoffice.office;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The dashboard's "Export CSV" / "Export JSON" links: {@code /office/export} with its filters. */
final class ExportLinks {
  private ExportLinks() {}

  /** {@code /office/export?format=csv&week=2026-W48&unit=BACK_OFFICE...} for the filters. */
  static String of(OfficeFilter filter, String format) {
    StringBuilder url =
        new StringBuilder("/office/export?format=").append(format.toLowerCase(Locale.ROOT));
    add(url, "week", filter.week().map(Object::toString));
    add(url, "unit", filter.unit().map(Enum::name));
    add(url, "type", filter.type().map(Enum::name));
    add(url, "strategy", filter.strategy().map(Enum::name));
    add(url, "priority", filter.priority().map(Enum::name));
    add(url, "stage", filter.stage().map(Enum::name));
    add(url, "text", filter.text());
    return url.toString();
  }

  private static void add(StringBuilder url, String name, Optional<String> value) {
    value.ifPresent(
        v ->
            url.append('&')
                .append(name)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
  }
}
