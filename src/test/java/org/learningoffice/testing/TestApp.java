package org.learningoffice.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.inject.Module;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.learningoffice.app.Application;
import org.learningoffice.classify.ClassifierTraining;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.ConfigLoader;
import org.learningoffice.jira.RetryEnvironment;
import org.learningoffice.store.Database;
import org.learningoffice.web.WebServer;

/**
 * The whole application as {@code serve} wires it ({@link Application#create}), from YAML fixture
 * files under {@code src/test/resources/config/}, on a test database and a {@link MutableClock}.
 *
 * <pre>{@code
 * TestApp app = TestApp.from("base.yml", "intake.yml").database(kind).serveHttp();
 * }</pre>
 *
 * Fixtures are merged in order: a later file's mapping adds to an earlier one's, its scalars and
 * lists replace, and {@code ~} removes a key. {@link Builder#set} then puts the test's own values
 * (ports, WireMock and SMTP addresses) on top; {@code store.url} is always the test database's.
 */
public final class TestApp implements AutoCloseable {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Application app;
  private final MutableClock clock;
  private final Database database;
  private final TestDatabase owned;
  private final boolean trainedModel;
  private boolean started;
  private boolean serving;

  private TestApp(Builder b, Application app, Database database, TestDatabase owned) {
    this.app = app;
    this.clock = b.clock;
    this.database = database;
    this.owned = owned;
    this.trainedModel = b.trainedModel;
  }

  /** A builder starting from fixture files, each a name under {@code config/}. */
  public static Builder from(String... fixtures) {
    return new Builder(List.of(fixtures));
  }

  /**
   * Starts everything {@code serve} starts: the HTTP server and every background service. With a
   * {@linkplain Builder#trainedModel() trained model}, returns once the classifier has loaded it.
   */
  public TestApp start() {
    app.start();
    started = true;
    if (trainedModel) {
      // the seeded model loads in the background; until then the form answers from the rules
      await().atMost(Duration.ofSeconds(30)).until(get(ClassifierTraining.class)::isReady);
    }
    return this;
  }

  /**
   * Starts only the HTTP server: no background service runs, so the test drives the workers (inbox,
   * outbox, poller, scheduler) by hand.
   */
  public TestApp serveHttp() {
    get(WebServer.class).start();
    serving = true;
    return this;
  }

  public <T> T get(Class<T> type) {
    return app.get(type);
  }

  public MutableClock clock() {
    return clock;
  }

  public Database database() {
    return database;
  }

  /** The port the HTTP server listens on, once started. */
  public int port() {
    return get(WebServer.class).port();
  }

  /** {@code path} on the running HTTP server. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  public int count(String sql) {
    return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  public String text(String sql) {
    return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }

  /** The first column of every row, as text. */
  public List<String> texts(String sql) {
    return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
  }

  public List<Map<String, Object>> rows(String sql) {
    return database.jdbi().withHandle(h -> h.createQuery(sql).mapToMap().list());
  }

  public void execute(String sql) {
    database.jdbi().useHandle(h -> h.execute(sql));
  }

  /** Stops what was started, then closes the test database if this app opened it. */
  @Override
  public void close() {
    if (started) {
      app.close();
    } else if (serving) {
      get(WebServer.class).stop();
    }
    if (owned != null) {
      owned.close();
    }
  }

  /** What a test changes in the application before it is wired. */
  public static final class Builder {
    private final List<String> fixtures;
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<Module> overrides = new ArrayList<>();
    private MutableClock clock = new MutableClock(Instant.parse("2025-11-24T08:00:00Z"));
    private TestDatabase.Kind kind;
    private TestDatabase shared;
    private Database database;
    private String url;
    private boolean trainedModel;
    private boolean jiraWaitsOnTheClock;

    private Builder(List<String> fixtures) {
      this.fixtures = fixtures;
    }

    /** Sets a configuration key ({@code section.key}) to a text, number, boolean or list. */
    public Builder set(String key, Object value) {
      settings.put(key, value);
      return this;
    }

    /** An environment variable the configuration's {@code ${NAME}} placeholders see. */
    public Builder env(String name, String value) {
      env.put(name, value);
      return this;
    }

    /** The clock starts at {@code instant} (2025-11-24T08:00:00Z unless told). */
    public Builder startingAt(Instant instant) {
      clock = new MutableClock(instant);
      return this;
    }

    /** A fresh database of this kind, opened for the app and closed with it. */
    public Builder database(TestDatabase.Kind kind) {
      this.kind = kind;
      return this;
    }

    /** A database the test opened and closes itself. */
    public Builder database(TestDatabase db) {
      this.shared = db;
      return this;
    }

    /** An already open pool on {@code url}, as a second instance of the service has its own. */
    public Builder database(Database database, String url) {
      this.database = database;
      this.url = url;
      return this;
    }

    /** Seeds the test database with a trained classifier model, so the app need not train one. */
    public Builder trainedModel() {
      trainedModel = true;
      return this;
    }

    /** A Guice module whose bindings replace the application's. */
    /**
     * Jira retries and rate pauses wait on the test's clock (a wait advances it) instead of real
     * time, so a {@code Retry-After: 120} costs the test nothing.
     */
    public Builder jiraWaitsOnTheClock() {
      jiraWaitsOnTheClock = true;
      return this;
    }

    public Builder override(Module module) {
      overrides.add(module);
      return this;
    }

    /** Wires the application; nothing starts yet. */
    public TestApp build() {
      TestDatabase opened = kind == null ? null : TestDatabase.open(kind);
      try {
        Database db = database;
        String storeUrl = url;
        if (opened != null || shared != null) {
          TestDatabase test = opened != null ? opened : shared;
          db = test.database();
          storeUrl = test.url();
        }
        if (db == null) {
          throw new IllegalStateException("TestApp needs a database(...)");
        }
        if (trainedModel) {
          TrainedModel.seed(db);
        }
        AppConfig config = config(storeUrl);
        Database bound = db;
        List<Module> all = new ArrayList<>();
        all.add(binder -> binder.bind(Database.class).toInstance(bound));
        if (jiraWaitsOnTheClock) {
          MutableClock waitedOn = clock;
          all.add(
              binder ->
                  binder
                      .bind(RetryEnvironment.class)
                      .toInstance(
                          new RetryEnvironment(waitedOn, waitedOn::advance, new Random(0))));
        }
        all.addAll(overrides);
        Application app = Application.create(config, clock, all.toArray(Module[]::new));
        return new TestApp(this, app, db, opened);
      } catch (RuntimeException e) {
        if (opened != null) {
          opened.close();
        }
        throw e;
      }
    }

    /** Wires and {@linkplain TestApp#start() starts} the application. */
    public TestApp start() {
      return build().start();
    }

    /** Wires the application and {@linkplain TestApp#serveHttp() serves HTTP} only. */
    public TestApp serveHttp() {
      return build().serveHttp();
    }

    /**
     * The configuration the fixtures and settings make, for tests that wire {@link Application}
     * themselves; {@code store.url} is then as the fixtures or {@link #set} have it.
     */
    public AppConfig config() {
      return config(null);
    }

    private AppConfig config(String storeUrl) {
      ObjectNode tree = YAML.createObjectNode();
      for (String fixture : fixtures) {
        merge(tree, fixture(fixture));
      }
      settings.forEach((key, value) -> put(tree, key, YAML.valueToTree(value)));
      if (storeUrl != null) {
        put(tree, "store.url", YAML.valueToTree(storeUrl));
      }
      try {
        return new ConfigLoader(env)
            .loadYaml(
                YAML.writeValueAsString(tree), "config/" + String.join(" + config/", fixtures));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }

    private static ObjectNode fixture(String name) {
      String resource = "/config/" + name;
      try (InputStream in = TestApp.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException("no fixture " + resource);
        }
        JsonNode tree = YAML.readTree(in);
        if (!(tree instanceof ObjectNode object)) {
          throw new IllegalArgumentException(resource + " is not a YAML mapping");
        }
        return object;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static void merge(ObjectNode into, ObjectNode overlay) {
      for (Iterator<Map.Entry<String, JsonNode>> it = overlay.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        JsonNode value = field.getValue();
        JsonNode existing = into.get(field.getKey());
        if (value.isNull()) {
          into.remove(field.getKey());
        } else if (value instanceof ObjectNode section && existing instanceof ObjectNode base) {
          merge(base, section);
        } else {
          into.set(field.getKey(), value.deepCopy());
        }
      }
    }

    private static void put(ObjectNode tree, String key, JsonNode value) {
      String[] path = key.split("\\.");
      ObjectNode section = tree;
      for (int i = 0; i < path.length - 1; i++) {
        section =
            section.get(path[i]) instanceof ObjectNode existing
                ? existing
                : section.putObject(path[i]);
      }
      section.set(path[path.length - 1], value);
    }
  }
}
