package org.learningoffice.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learningoffice.config.DigestConfig;

/**
 * Builds and renders digests: the model for a week, its JSON, and the files {@code digest --out}
 * and {@code demo} write ({@link #writeFiles}).
 */
public final class DigestService implements DigestFiles {
  private final DigestBuilder builder;
  private final HtmlRenderer html;
  private final TextRenderer text;
  private final SlackRenderer slack;
  private final TeamsRenderer teams;
  private final ObjectMapper json;
  private final Clock clock;
  private final ZoneId zone;

  @Inject
  DigestService(
      DigestBuilder builder,
      HtmlRenderer html,
      TextRenderer text,
      SlackRenderer slack,
      TeamsRenderer teams,
      ObjectMapper json,
      Clock clock,
      DigestConfig config) {
    this(builder, html, text, slack, teams, json, clock, config.zone());
  }

  public DigestService(
      DigestBuilder builder,
      HtmlRenderer html,
      TextRenderer text,
      SlackRenderer slack,
      TeamsRenderer teams,
      ObjectMapper json,
      Clock clock,
      ZoneId zone) {
    this.builder = builder;
    this.html = html;
    this.text = text;
    this.slack = slack;
    this.teams = teams;
    this.json =
        json.copy().registerModule(new Jdk8Module()).enable(SerializationFeature.INDENT_OUTPUT);
    this.clock = clock;
    this.zone = zone;
  }

  /** The last full ISO week before now, in {@code digest.zone}. */
  public IsoWeek lastFullWeek() {
    return IsoWeek.lastFull(clock.instant(), zone);
  }

  public Digest build(IsoWeek week) {
    return builder.build(week);
  }

  /** Whether no order closed and no lesson was captured in the week. */
  public boolean isEmptyWeek(IsoWeek week) {
    return builder.isEmptyWeek(week);
  }

  /** The week's digest with each unit's lessons, for channels that make unit views. */
  public WeekDigest week(IsoWeek week) {
    return new WeekDigest(builder.build(week), builder.unitLessons(week));
  }

  /** The model as JSON (what {@code GET /api/digest/{week}} answers). */
  public String json(Digest digest) {
    try {
      return json.writeValueAsString(digest);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the digest as JSON", e);
    }
  }

  /**
   * Writes the week's five files into {@code dir}, all or none: each is written to a temporary file
   * in {@code dir} first and moved into place only when all five are written, so a folder that
   * cannot take them is left as it was. A failure is a {@link DigestWriteException} that says why
   * ("is a file, not a folder", "permission denied").
   */
  @Override
  public List<Path> write(IsoWeek week, Path dir) {
    Digest digest = build(week);
    String base = "digest-" + week;
    Map<Path, String> contents = new LinkedHashMap<>();
    try {
      contents.put(dir.resolve(base + ".html"), html.render(digest, Optional.empty()));
      contents.put(dir.resolve(base + ".txt"), text.render(digest, Optional.empty()));
      contents.put(dir.resolve(base + ".json"), json(digest));
      contents.put(dir.resolve(base + ".slack.json"), pretty(slack.render(digest)));
      contents.put(dir.resolve(base + ".teams.json"), pretty(teams.render(digest)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the digest as JSON", e);
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new DigestWriteException(dir, "it is a file, not a folder", null);
    }
    for (Path target : contents.keySet()) {
      if (Files.isDirectory(target)) {
        throw new DigestWriteException(
            dir, target.getFileName() + " is a folder, not a file", null);
      }
    }
    Map<Path, Path> written = new LinkedHashMap<>();
    try {
      Files.createDirectories(dir);
      for (Map.Entry<Path, String> file : contents.entrySet()) {
        // not Files.createTempFile: its files are owner-only, and the digest is for others to read
        Path temporary = dir.resolve("." + file.getKey().getFileName() + ".tmp");
        written.put(temporary, file.getKey());
        Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8);
      }
      for (Map.Entry<Path, Path> file : written.entrySet()) {
        Files.move(file.getKey(), file.getValue(), StandardCopyOption.REPLACE_EXISTING);
      }
      return List.copyOf(contents.keySet());
    } catch (IOException e) {
      for (Path temporary : written.keySet()) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // the folder refused the file; nothing more to undo
        }
      }
      throw new DigestWriteException(dir, DigestWriteException.reason(e), e);
    }
  }

  private String pretty(Object node) throws JsonProcessingException {
    return json.writeValueAsString(node);
  }
}
