package org.learningoffice.jira;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text operations on JQL that more than one feature needs. */
public final class Jql {
  private static final Pattern ORDER_BY = Pattern.compile("(?i)\\border\\s+by\\b");

  private Jql() {}

  /** The JQL without a trailing {@code ORDER BY} that is not inside quotes. */
  public static String withoutOrderBy(String jql) {
    Matcher m = ORDER_BY.matcher(jql);
    int cut = -1;
    while (m.find()) {
      if (outsideQuotes(jql, m.start())) {
        cut = m.start();
      }
    }
    return cut < 0 ? jql : jql.substring(0, cut);
  }

  /** {@code field in ("a", "b")}, each value quoted as a JQL string. */
  public static String in(String field, java.util.List<String> values) {
    StringBuilder clause = new StringBuilder(field).append(" in (");
    for (int i = 0; i < values.size(); i++) {
      clause.append(i == 0 ? "" : ", ").append(quoted(values.get(i)));
    }
    return clause.append(')').toString();
  }

  /** A JQL string literal: the value in double quotes, its backslashes and quotes escaped. */
  public static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static boolean outsideQuotes(String text, int end) {
    boolean inDouble = false;
    boolean inSingle = false;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"' && !inSingle) {
        inDouble = !inDouble;
      } else if (c == '\'' && !inDouble) {
        inSingle = !inSingle;
      }
    }
    return !inDouble && !inSingle;
  }
}
