package org.learningoffice.office;

import java.util.Locale;

/** The dashboard's "Export CSV" / "Export JSON" links: {@code /office/export} with its filters. */
final class ExportLinks {
  private ExportLinks() {}

  /** {@code /office/export?format=csv&week=2026-W48&unit=BACK_OFFICE...} for the filters. */
  static String of(OfficeFilter filter, String format) {
    String query = filter.query();
    return "/office/export?format="
        + format.toLowerCase(Locale.ROOT)
        + (query.isEmpty() ? "" : "&" + query);
  }
}
