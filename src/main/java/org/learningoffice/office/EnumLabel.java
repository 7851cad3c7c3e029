package org.learningoffice.office;

import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.web.HtmlTemplates;

/** An enum constant as the office pages show it: FRONT_OFFICE → Front office; ETO stays ETO. */
final class EnumLabel {
  private EnumLabel() {}

  static String of(Enum<?> value) {
    return value instanceof Strategy ? value.name() : HtmlTemplates.label(value);
  }
}
