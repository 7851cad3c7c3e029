package org.learningoffice.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Loads and validates the YAML configuration file with its environment overrides. */
public final class ConfigLoader {
  /** Where the configuration is looked for when no {@code --config} is given. */
  public static final Path DEFAULT_FILE = Path.of("learning-office.yml");

  private final YAMLFactory yamlFactory = new YAMLFactory();
  private final ObjectMapper yaml = new ObjectMapper(yamlFactory);
  private final DuplicateKeys duplicateKeys = new DuplicateKeys(yamlFactory);
  private final Map<String, String> env;

  public ConfigLoader(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** A parsed file: its tree and where each key is written. */
  private record Parsed(JsonNode tree, KeyLocations locations) {
    ConfigReader reader(Map<String, String> env) {
      return new ConfigReader(tree, env, locations);
    }
  }

  /** Loads a config file; throws {@link ConfigException} naming every problem. */
  public AppConfig load(Path file) {
    return read(parse(file));
  }

  /**
   * Loads only the {@code classify:} section of a config file: the classify command needs no Jira
   * or store settings, so their problems (e.g. an unset secret) do not stop it.
   */
  public ClassifyConfig loadClassify(Path file) {
    ConfigReader reader = parse(file).reader(env);
    ClassifyConfig config = ClassifyConfig.read(reader);
    reader.finishSection("classify.");
    return config;
  }

  /**
   * Loads only the {@code store:} section of a config file: {@code export} reads the store and
   * nothing else, so a file with only {@code store:} (no Jira secrets) is enough.
   */
  public StoreConfig loadStore(Path file) {
    ConfigReader reader = parse(file).reader(env);
    StoreConfig config = StoreConfig.read(reader);
    reader.finishSection("store.");
    return config;
  }

  /**
   * Loads a config file for a digest preview ({@code digest --dry-run}): the {@code store:} and
   * {@code digest:} sections must be right, while the Jira, capture and office settings, which the
   * preview only puts into links, may be missing. Without {@code capture.tokenSecret}, a key of
   * this run signs the form links (they will not open in the service).
   */
  public AppConfig loadForDigestPreview(Path file) {
    Parsed parsed = parse(file);
    JsonNode tree = parsed.tree();
    Map<String, String> previewEnv = new HashMap<>(env);
    String tokenSecret = ConfigReader.envName("capture.tokenSecret");
    if (!env.containsKey(tokenSecret)
        && (tree == null || tree.at("/capture/tokenSecret").isMissingNode())) {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      previewEnv.put(tokenSecret, HexFormat.of().formatHex(key));
    }
    ConfigReader reader = parsed.reader(previewEnv);
    AppConfig config = AppConfig.read(reader);
    reader.finishKeeping(key -> key.startsWith("store.") || key.startsWith("digest."));
    return config;
  }

  /** Loads a config from YAML text (for embedded configurations and tests). */
  public AppConfig loadYaml(String text, String origin) {
    return read(parse(text, origin));
  }

  private AppConfig read(Parsed parsed) {
    ConfigReader reader = parsed.reader(env);
    AppConfig config = AppConfig.read(reader);
    reader.finish();
    return config;
  }

  private Parsed parse(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (NoSuchFileException e) {
      throw new ConfigException(
          file
              + ": no such file (copy learning-office.example.yml to "
              + file
              + " and edit it, or pass --config FILE)");
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot be read: " + IoReason.of(e));
    }
  }

  private Parsed parse(String text, String origin) {
    try {
      JsonNode tree = yaml.readTree(text);
      if (tree != null && !tree.isObject() && !tree.isMissingNode()) {
        throw new ConfigException(
            origin + ": must be a YAML mapping of sections (server:, jira:, ...)");
      }
      List<String> duplicates = duplicateKeys.find(text, origin);
      if (!duplicates.isEmpty()) {
        throw new ConfigException(duplicates);
      }
      return new Parsed(tree, KeyLocations.find(yamlFactory, text, origin));
    } catch (JsonProcessingException e) {
      throw new ConfigException(YamlSyntaxError.describe(e, origin));
    } catch (IOException e) {
      // the text is in memory: a read error here is a parser error in disguise
      throw new ConfigException(origin + ": is not valid YAML: " + IoReason.of(e));
    }
  }
}
