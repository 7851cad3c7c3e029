package org.learningoffice.office;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV as RFC 4180 says (CRLF between records, quoted fields may hold anything). */
final class Rfc4180 {
  private Rfc4180() {}

  static List<List<String>> parse(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (c == '"' && field.isEmpty()) {
        i++;
        while (true) {
          if (i >= csv.length()) {
            throw new AssertionError("unterminated quoted field");
          }
          char q = csv.charAt(i++);
          if (q == '"') {
            if (i < csv.length() && csv.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(q);
          }
        }
        if (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
          throw new AssertionError("text after a closing quote at " + i);
        }
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r') {
        if (i + 1 >= csv.length() || csv.charAt(i + 1) != '\n') {
          throw new AssertionError("a bare CR outside quotes at " + i);
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i += 2;
      } else if (c == '\n') {
        throw new AssertionError("a bare LF outside quotes at " + i);
      } else {
        field.append(c);
        i++;
      }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
      throw new AssertionError("the last record does not end with CRLF");
    }
    return records;
  }
}
