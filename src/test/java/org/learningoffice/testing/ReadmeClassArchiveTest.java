package org.learningoffice.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.app.Main;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * The README's systemd unit as an operator installs it, its paths moved to a temporary folder: its
 * {@code ExecStartPre} makes the class archive ({@code serve --warm-up} under {@code
 * -XX:ArchiveClassesAtExit}) once per jar, and its {@code ExecStart} starts {@code serve} with the
 * service's classes mapped from that archive.
 */
class ReadmeClassArchiveTest {
  private static final String JAR = "/opt/learning-office/learning-office.jar";
  private static final String STATE = "/var/lib/learning-office/";
  private static final String CONFIG = "/etc/learning-office/learning-office.yml";

  @RegisterExtension final JiraWireMock jira = new JiraWireMock();

  @TempDir Path dir;

  @Test
  void execStartPreMakesTheArchiveOncePerJarAndExecStartLoadsTheServiceFromIt() throws Exception {
    Path jar = releaseLikeJar();
    ServeProcess configured =
        ServeProcess.configure(
            dir,
            "unit",
            "jdbc:h2:file:" + dir.resolve("store"),
            jira.baseUrl(),
            Duration.ofMinutes(10));
    Path archive = dir.resolve("classes.jsa");

    run(unitLine("ExecStartPre=-", jar, configured.config()));
    assertThat(archive).isNotEmptyFile();
    assertThat(dir.resolve("classes.jsa.new")).doesNotExist();
    FileTime made = Files.getLastModifiedTime(archive);

    run(unitLine("ExecStartPre=-", jar, configured.config()));
    assertThat(Files.getLastModifiedTime(archive))
        .as("not made again for the same jar")
        .isEqualTo(made);

    Path loaded = dir.resolve("loaded.txt");
    String execStart =
        unitLine("ExecStart=", jar, configured.config())
            .replace(" java ", " java -Xlog:class+load=info:file=" + loaded + " ");
    Process serve = shell("exec " + execStart).start(); // systemd runs it without a shell
    try {
      awaitHealthy(configured.base());
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("no /health 200: " + Files.readString(dir.resolve("unit.out")), e);
    } finally {
      serve.destroy();
      serve.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(Files.readString(loaded))
        .contains("org.learningoffice.app.Application source: shared objects file (top)");

    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    run(unitLine("ExecStartPre=-", jar, configured.config()));
    assertThat(Files.getLastModifiedTime(archive))
        .as("made again for a newer jar")
        .isNotEqualTo(made);
  }

  /**
   * The README's line starting with {@code prefix}, without it, its paths moved to {@link #dir}.
   */
  private String unitLine(String prefix, Path jar, Path config) throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("README.md")).stream()
            .filter(l -> l.startsWith(prefix))
            .toList();
    assertThat(lines).as(prefix + " lines").hasSize(1);
    return lines
        .get(0)
        .substring(prefix.length())
        .replace(JAR, jar.toString())
        .replace(STATE, dir + "/")
        .replace(CONFIG, config.toString());
  }

  private void run(String command) throws Exception {
    Process process = shell(command).start();
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("finished").isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve("unit.out"))).isZero();
  }

  /** {@code /bin/sh -c command}, with this JVM's {@code java} first on the path. */
  private ProcessBuilder shell(String command) {
    ProcessBuilder builder =
        new ProcessBuilder("/bin/sh", "-c", command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("unit.out").toFile()));
    builder.environment().keySet().removeIf(k -> k.startsWith("LO_"));
    builder
        .environment()
        .put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
    return builder;
  }

  /**
   * A jar that runs {@code Main} as the release jar does: the compiled classes inside (a class
   * archive takes jars only, no folders) and the dependencies on its manifest's class path.
   */
  private Path releaseLikeJar() throws Exception {
    Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path jar = dir.resolve("learning-office.jar");
    List<String> dependencies = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(":")) {
      Path path = Path.of(entry).toAbsolutePath();
      if (Files.isRegularFile(path) && entry.endsWith(".jar")) {
        dependencies.add(dir.relativize(path).toString());
      }
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", dependencies));
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> !f.equals(classes)).toList()) {
        String name = classes.relativize(file).toString();
        // folders as entries too, as Maven's jar has them: Flyway finds its migrations by them
        out.putNextEntry(new JarEntry(Files.isDirectory(file) ? name + "/" : name));
        if (Files.isRegularFile(file)) {
          Files.copy(file, (OutputStream) out);
        }
        out.closeEntry();
      }
    }
    return jar;
  }

  private static void awaitHealthy(URI base) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest health = HttpRequest.newBuilder(base.resolve("/health")).build();
    Awaitility.await()
        .atMost(Duration.ofMinutes(2))
        .ignoreExceptions()
        .until(() -> http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
  }
}
