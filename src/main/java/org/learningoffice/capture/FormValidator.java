package org.learningoffice.capture;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.learningoffice.store.StorableText;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Unit;

/** Checks a submitted form field by field; every problem gets a message for the person. */
final class FormValidator {

  /** The outcome: a valid lesson, or a message per field that is wrong. */
  record Result(Optional<ValidLesson> lesson, Map<String, String> errors) {
    Result {
      errors = Map.copyOf(errors);
    }
  }

  Result validate(FormFields form) {
    Map<String, String> errors = new LinkedHashMap<>();
    String title = trimmed(composed(oneLineBreak(form.title())));
    String text = trimmed(composed(oneLineBreak(form.text())));
    String author = trimmed(composed(oneLineBreak(form.author())));
    String action = trimmed(composed(oneLineBreak(form.action())));
    required(errors, "title", title, "Give the lesson a short title.");
    required(errors, "text", text, "Write what happened and what was learned.");
    required(errors, "author", author, "Say who you are, so others can ask you about it.");
    tooLong(errors, "title", title, FormLimits.TITLE_CHARS);
    tooLong(errors, "text", text, FormLimits.TEXT_CHARS);
    tooLong(errors, "action", action, FormLimits.ACTION_CHARS);
    tooLong(errors, "author", author, FormLimits.AUTHOR_CHARS);
    storable(errors, "title", title);
    storable(errors, "text", text);
    storable(errors, "action", action);
    storable(errors, "author", author);
    Optional<Stage> stage = choice(errors, "stage", form.stage(), Stage.class);
    Optional<Unit> unit = choice(errors, "unit", form.unit(), Unit.class);
    Optional<LessonType> type = choice(errors, "type", form.type(), LessonType.class);
    Optional<Direction> direction = choice(errors, "direction", form.direction(), Direction.class);
    if (!errors.isEmpty()) {
      return new Result(Optional.empty(), errors);
    }
    return new Result(
        Optional.of(
            new ValidLesson(
                title,
                text,
                stage,
                unit,
                type,
                direction,
                action.isEmpty() ? Optional.empty() : Optional.of(action),
                author)),
        Map.of());
  }

  /**
   * Each line break as one {@code \n}: a browser sends a text box's line breaks as CR LF, but the
   * person sees one line break, and the limits here and the lesson shown count it once.
   */
  private static String oneLineBreak(String value) {
    return value.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * Accented letters as one character each (Unicode NFC): macOS and some keyboards send "é" as "e"
   * and a combining accent, which would count twice against a limit and differ from the same word
   * typed elsewhere. Text with a broken character is left as sent, for {@link #storable} to refuse.
   */
  private static String composed(String value) {
    return StorableText.isStorable(value)
        ? Normalizer.normalize(value, Normalizer.Form.NFC)
        : value;
  }

  /** The characters a person sees and the database counts: code points, not UTF-16 units. */
  static int characters(String value) {
    return value.codePointCount(0, value.length());
  }

  /**
   * Without the blanks at either end: white space as {@link String#strip()} knows it, and the
   * spaces it does not (no-break spaces, pasted from Word or a wiki or typed with Option+Space) and
   * the invisible zero-width characters, so that a field of only those is empty.
   */
  private static String trimmed(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && blank(value.codePointAt(start))) {
      start += Character.charCount(value.codePointAt(start));
    }
    while (end > start && blank(value.codePointBefore(end))) {
      end -= Character.charCount(value.codePointBefore(end));
    }
    return value.substring(start, end);
  }

  private static boolean blank(int codePoint) {
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || (codePoint >= 0x200B && codePoint <= 0x200D)
        || codePoint == 0x2060
        || codePoint == 0xFEFF;
  }

  private static void required(Map<String, String> errors, String field, String value, String msg) {
    if (value.isEmpty()) {
      errors.put(field, msg);
    }
  }

  private static void tooLong(Map<String, String> errors, String field, String value, int max) {
    int characters = characters(value);
    if (characters > max) {
      errors.putIfAbsent(
          field,
          "Too long: "
              + String.format(java.util.Locale.ROOT, "%,d", characters)
              + " characters, at most "
              + String.format(java.util.Locale.ROOT, "%,d", max)
              + ".");
    }
  }

  /** A NUL or an unpaired surrogate (a broken character) is refused by the database's text. */
  private static void storable(Map<String, String> errors, String field, String value) {
    if (!StorableText.isStorable(value)) {
      errors.putIfAbsent(
          field, "Holds a NUL or broken character, which cannot be stored; remove it.");
    }
  }

  private static <E extends Enum<E>> Optional<E> choice(
      Map<String, String> errors, String field, String value, Class<E> type) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return Optional.of(constant);
      }
    }
    errors.put(
        field,
        "Not one of the choices ("
            + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
            + ").");
    return Optional.empty();
  }
}
