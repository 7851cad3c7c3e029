package org.learningoffice.office;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningoffice.lesson.LessonFigures.Recurrent;
import org.learningoffice.lesson.LessonWithOrder;
import org.learningoffice.lesson.SimilarEarlier;

/**
 * Groups the week's recurrent lessons into themes: lessons linked as similar (a week's lesson and
 * its earlier ones, and two of the week's lessons that share an earlier one) form one theme,
 * counted once per lesson, with the orders they came from. Largest theme first, then the newest.
 */
final class RecurringThemes {
  /** One lesson of a theme and its order. */
  record Occurrence(String title, String issueKey) {}

  /**
   * A theme, named by its newest lesson of the week: how many lessons say it and on which orders.
   */
  record Theme(String title, List<Occurrence> lessons, List<String> issueKeys) {
    Theme {
      lessons = List.copyOf(lessons);
      issueKeys = List.copyOf(issueKeys);
    }
  }

  private RecurringThemes() {}

  static List<Theme> of(Recurrent recurrent) {
    Map<String, String> parent = new HashMap<>();
    Map<Long, String> publicIds = new HashMap<>();
    // the week's lessons come newest first: a theme's first member names it
    Map<String, Occurrence> members = new LinkedHashMap<>();
    for (LessonWithOrder found : recurrent.lessons()) {
      String id = found.lesson().publicId();
      publicIds.put(found.lesson().id(), id);
      parent.put(id, id);
      members.put(id, new Occurrence(found.lesson().title(), found.issueKey()));
    }
    for (SimilarEarlier s : recurrent.earlier()) {
      String later = publicIds.get(s.laterLessonId());
      if (later == null) {
        continue;
      }
      parent.putIfAbsent(s.publicId(), s.publicId());
      members.putIfAbsent(s.publicId(), new Occurrence(s.title(), s.issueKey()));
      union(parent, later, s.publicId());
    }
    Map<String, List<Occurrence>> groups = new LinkedHashMap<>();
    members.forEach(
        (id, occurrence) ->
            groups.computeIfAbsent(root(parent, id), r -> new ArrayList<>()).add(occurrence));
    List<Theme> themes = new ArrayList<>();
    for (List<Occurrence> lessons : groups.values()) {
      Set<String> keys = new LinkedHashSet<>();
      lessons.forEach(o -> keys.add(o.issueKey()));
      themes.add(new Theme(lessons.get(0).title(), lessons, List.copyOf(keys)));
    }
    // stable: among themes of one size, the one named by the newest lesson stays first
    themes.sort(Comparator.comparingInt((Theme t) -> t.lessons().size()).reversed());
    return themes;
  }

  private static String root(Map<String, String> parent, String id) {
    String r = id;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = root(parent, a);
    String rb = root(parent, b);
    if (!ra.equals(rb)) {
      // the root stays the earlier-inserted (newer, of the week) lesson's
      parent.put(rb, ra);
    }
  }
}
