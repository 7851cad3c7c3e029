package org.learningoffice.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningoffice.config.IoReason;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;

/**
 * Reads labelled lessons in JSONL, one per line: {@code id}, {@code order.strategy}, {@code
 * order.priority}, {@code stage}, {@code title}, {@code text}, {@code gold.unit|type|direction} and
 * {@code group} (the format {@code classify eval --help} describes).
 */
public final class LabelledLessonReader {

  static final String BUNDLED = "/classify/lessons-bundled.jsonl";

  /** Jira priorities that count as expedited when a file gives no priority class. */
  private static final Set<String> EXPEDITED = Set.of("highest", "high", "blocker", "critical");

  private final ObjectMapper json;

  public LabelledLessonReader(ObjectMapper json) {
    this.json = json;
  }

  /** The labelled lessons bundled with the service as built-in training data. */
  public List<LabelledLesson> bundled() {
    try (InputStream in = LabelledLessonReader.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new ClassifyException("bundled lessons " + BUNDLED + " are missing");
      }
      return read(in, BUNDLED);
    } catch (IOException e) {
      throw new ClassifyException("cannot read bundled lessons " + BUNDLED, e);
    }
  }

  /** Lessons from a file; extra keys are ignored, {@code note} is optional. */
  public List<LabelledLesson> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new ClassifyException("cannot read " + file + ": " + IoReason.of(e), e);
    }
  }

  private List<LabelledLesson> read(InputStream in, String source) throws IOException {
    List<LabelledLesson> lessons = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (!line.isBlank()) {
        try {
          lessons.add(parse(json.readTree(line)));
        } catch (UnknownValue e) {
          throw new ClassifyException(source + " line " + lineNumber + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
          throw new ClassifyException(
              source + " line " + lineNumber + ": not a labelled lesson (" + e.getMessage() + ")",
              e);
        }
      }
    }
    return lessons;
  }

  private LabelledLesson parse(JsonNode node) {
    JsonNode order = node.path("order");
    JsonNode gold = node.path("gold");
    Optional<Stage> stage =
        node.path("stage").isTextual()
            ? Optional.of(anyCase(Stage.class, "stage", node.path("stage").asText()))
            : Optional.empty();
    PriorityClass priority =
        EXPEDITED.contains(order.path("priority").asText("").toLowerCase(Locale.ROOT))
            ? PriorityClass.EXPEDITED
            : PriorityClass.STANDARD;
    LessonInput input =
        new LessonInput(
            node.path("title").asText(""),
            node.path("text").asText(""),
            stage,
            anyCase(Strategy.class, "order.strategy", required(order, "strategy")),
            priority);
    FacetLabels labels =
        new FacetLabels(
            anyCase(Unit.class, "gold.unit", required(gold, "unit")),
            anyCase(LessonType.class, "gold.type", required(gold, "type")),
            anyCase(Direction.class, "gold.direction", required(gold, "direction")));
    return new LabelledLesson(required(node, "id"), input, labels, node.path("group").asText(""));
  }

  /**
   * A taxonomy value in any case, with hyphens or spaces for underscores ({@code eto}, {@code
   * Engineering}, {@code after-sales}), as the {@code classify --stage/--strategy} options read it.
   */
  private static <E extends Enum<E>> E anyCase(Class<E> type, String field, String value) {
    String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw new UnknownValue(
        field
            + " '"
            + value
            + "' is none of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", "))
            + " (in any case)");
  }

  /** A value that is none of its field's taxonomy values. */
  private static final class UnknownValue extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnknownValue(String message) {
      super(message);
    }
  }

  private static String required(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("missing '" + field + "'");
    }
    return value.asText();
  }
}
