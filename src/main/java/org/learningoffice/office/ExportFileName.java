package org.learningoffice.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The name of an export file, without extension, after the filters it holds: {@code
 * lessons-2026-W48-back-office-mts}, {@code lessons-all-weeks} without a week, {@code -search} when
 * a text was searched (the text itself stays out of the name: it could be anything).
 */
final class ExportFileName {
  private ExportFileName() {}

  static String of(OfficeFilter filter) {
    List<String> parts = new ArrayList<>();
    parts.add("lessons");
    parts.add(filter.week().map(Object::toString).orElse("all-weeks"));
    filter.unit().ifPresent(v -> parts.add(name(v)));
    filter.type().ifPresent(v -> parts.add(name(v)));
    filter.strategy().ifPresent(v -> parts.add(name(v)));
    filter.priority().ifPresent(v -> parts.add(name(v)));
    filter.stage().ifPresent(v -> parts.add(name(v)));
    filter.text().ifPresent(v -> parts.add("search"));
    return String.join("-", parts);
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
