package org.learningoffice.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the package layout: which feature may use which, no cycles, SQL on a table only in the
 * package that owns it, and nothing but {@code app} reaching {@code demo}.
 */
class PackageLayoutTest {
  private static final String ROOT = "org.learningoffice.";

  /**
   * The allowed edges. A package not named as a key may depend on nothing of ours; every package
   * may use the JDK and libraries.
   */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("taxonomy", Set.of()),
          Map.entry("lifecycle", Set.of()),
          Map.entry("config", Set.of("taxonomy")),
          Map.entry("store", Set.of("config")),
          Map.entry("jira", Set.of("config")),
          Map.entry("web", Set.of("config", "store")),
          Map.entry("outbox", Set.of("config", "lifecycle", "store", "web")),
          Map.entry(
              "order", Set.of("config", "jira", "lifecycle", "outbox", "store", "taxonomy", "web")),
          Map.entry("classify", Set.of("config", "lifecycle", "store", "taxonomy")),
          Map.entry("lesson", Set.of("classify", "store", "taxonomy")),
          Map.entry(
              "action",
              Set.of("config", "jira", "lesson", "lifecycle", "order", "outbox", "store")),
          Map.entry("action.digest", Set.of("action", "digest", "lesson")),
          Map.entry("action.office", Set.of("action", "lesson", "office", "web")),
          Map.entry(
              "capture",
              Set.of(
                  "action",
                  "classify",
                  "config",
                  "lesson",
                  "order",
                  "outbox",
                  "store",
                  "taxonomy",
                  "web")),
          Map.entry(
              "writeback",
              Set.of(
                  "capture", "config", "jira", "lesson", "order", "outbox", "store", "taxonomy")),
          Map.entry(
              "digest", Set.of("capture", "config", "jira", "lesson", "store", "taxonomy", "web")),
          Map.entry(
              "digest.delivery",
              Set.of("config", "digest", "jira", "lifecycle", "store", "taxonomy", "web")),
          Map.entry("office", Set.of("config", "digest", "lesson", "store", "taxonomy", "web")),
          Map.entry(
              "check",
              Set.of(
                  "config",
                  "digest.delivery",
                  "forge",
                  "jira",
                  "order",
                  "outbox",
                  "store",
                  "taxonomy")),
          Map.entry(
              "forge", Set.of("capture", "config", "jira", "lesson", "order", "taxonomy", "web")),
          Map.entry(
              "feedforward",
              Set.of(
                  "capture",
                  "classify",
                  "config",
                  "digest",
                  "jira",
                  "lesson",
                  "office",
                  "order",
                  "outbox",
                  "store",
                  "taxonomy",
                  "web",
                  "writeback")),
          Map.entry("install", Set.of("config", "jira")),
          Map.entry("sandbox", Set.of("config", "order", "taxonomy", "web")),
          Map.entry(
              "demo",
              Set.of(
                  "capture",
                  "classify",
                  "config",
                  "digest",
                  "feedforward",
                  "lesson",
                  "order",
                  "sandbox",
                  "store",
                  "taxonomy")));

  /** Tables whose SQL lives in one package only. */
  private static final Map<String, String> TABLE_OWNERS =
      Map.ofEntries(
          Map.entry("lessons", "lesson"),
          Map.entry("lesson_similar", "lesson"),
          Map.entry("inbox", "order"),
          Map.entry("outbox", "outbox"),
          Map.entry("digest_deliveries", "digest.delivery"),
          Map.entry("capture_forms", "writeback"),
          Map.entry("feed_forward", "feedforward"),
          Map.entry("feed_forward_lessons", "feedforward"),
          Map.entry("feed_forward_votes", "feedforward"),
          Map.entry("feed_forward_inputs", "feedforward"),
          Map.entry("lesson_actions", "action"),
          Map.entry("office_ended_sessions", "office"));

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.learningoffice");
  }

  @Test
  void everyFeatureUsesOnlyThePackagesItIsAllowedTo() {
    Set<String> violations = new TreeSet<>();
    for (JavaClass type : main) {
      String from = feature(type);
      if (from == null || from.equals("app")) {
        continue;
      }
      for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
        String to = feature(dependency.getTargetClass());
        if (to != null && !to.equals(from) && !ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
          violations.add(from + " -> " + to + " (" + dependency.getDescription() + ")");
        }
      }
    }
    assertThat(violations).as("dependencies outside the allowed edges").isEmpty();
  }

  @Test
  void thePackagesFormNoCycle() {
    slices().matching("org.learningoffice.(**)").should().beFreeOfCycles().check(main);
  }

  @Test
  void onlyAppDependsOnDemo() {
    Set<String> users = new TreeSet<>();
    for (JavaClass type : main) {
      String from = feature(type);
      for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
        if ("demo".equals(feature(dependency.getTargetClass()))
            && !"demo".equals(from)
            && !"app".equals(from)) {
          users.add(type.getName());
        }
      }
    }
    assertThat(users).isEmpty();
  }

  @Test
  void everyPackageOfTheCodeIsInTheLayout() {
    Set<String> unknown = new TreeSet<>();
    for (JavaClass type : main) {
      String feature = feature(type);
      if (feature != null && !feature.equals("app") && !ALLOWED.containsKey(feature)) {
        unknown.add(feature);
      }
    }
    assertThat(unknown).as("packages missing from the layout").isEmpty();
  }

  @Test
  void sqlOnATableIsWrittenOnlyInThePackageThatOwnsIt() throws IOException {
    Path sources = Path.of("src/main/java/org/learningoffice");
    Set<String> violations = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    for (Path file : files) {
      String pkg =
          sources.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.');
      String code = Files.readString(file);
      TABLE_OWNERS.forEach(
          (table, owner) -> {
            if (!pkg.equals(owner) && mentionsInSql(code, table)) {
              violations.add(file + " writes SQL on " + table + ", owned by " + owner);
            }
          });
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void theSqlScanFindsStatementsOnATable() {
    assertThat(mentionsInSql("\"SELECT id FROM lessons l WHERE\"", "lessons")).isTrue();
    assertThat(mentionsInSql("\"INSERT INTO lesson_similar (a)\"", "lesson_similar")).isTrue();
    assertThat(mentionsInSql("\"UPDATE outbox SET\"", "outbox")).isTrue();
    assertThat(mentionsInSql("\" JOIN lessons e ON\"", "lessons")).isTrue();
    assertThat(mentionsInSql("// lessons from the outbox", "lessons")).isFalse();
    assertThat(mentionsInSql("\"SELECT id FROM lessons_x\"", "lessons")).isFalse();
  }

  private static boolean mentionsInSql(String code, String table) {
    return Pattern.compile(
            "\"[^\"\\n]*\\b(FROM|JOIN|INTO|UPDATE|TABLE)\\s+" + Pattern.quote(table) + "\\b(?!_)")
        .matcher(code)
        .find();
  }

  /** The feature package of a class of ours ({@code digest.delivery} for its sub-package). */
  private static String feature(JavaClass type) {
    String pkg = type.getPackageName();
    if (!pkg.startsWith(ROOT)) {
      return null;
    }
    return pkg.substring(ROOT.length());
  }
}
