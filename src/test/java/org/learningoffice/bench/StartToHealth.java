package org.learningoffice.bench;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.learningoffice.testing.ServeProcess;
import org.learningoffice.testing.jira.PostedComments;
import org.learningoffice.testing.jira.WriteBackJira;

/**
 * Start to {@code /health} 200 on an existing store (a benchmark, not a test): the release jar's
 * {@code serve} is started as a process {@code -Dstarts=N} times (default 7) on a store the first
 * start migrated, each time until {@code GET /health} answers 200, with the environment and JVM
 * options of the README ({@link ServeProcess#README_ENVIRONMENT}, {@link
 * ServeProcess#README_JVM_OPTIONS}, or {@code -Djvm="..."}). Beside the wall time it reads the
 * process's CPU time at that moment ({@code utime + stime} of {@code /proc/<pid>/stat}), since on a
 * shared machine with 2 cores the wall time is mostly waiting for a core.
 *
 * <p>Baselines in the same run, started the same way: {@code java <options> -version} (the JVM
 * alone) and {@code java <options> -jar <jar> --version} (the JVM loading the jar and its command
 * line parser), their CPU time from {@code /usr/bin/time}. The starts take turns with the
 * baselines, so that a change in the machine's load weighs on all alike.
 *
 * <p>After the first start (which migrates), the class archive is made as the README's {@code
 * ExecStartPre} makes it ({@code java -XX:ArchiveClassesAtExit=FILE -jar <jar> serve --warm-up}),
 * and each round starts {@code serve} once without it and once with {@code
 * -XX:SharedArchiveFile=FILE} added to the options.
 *
 * <p>Against a WireMock Jira; on PostgreSQL ({@code LO_TEST_POSTGRES_URL}, a fresh schema dropped
 * afterwards) or else on an H2 file. Run: see docs/benchmarks.md, "Start to health".
 */
public final class StartToHealth {
  private static final Duration HEALTHY = Duration.ofSeconds(120);
  private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

  private StartToHealth() {}

  /** One measured start: wall and CPU milliseconds. */
  private record Start(long wallMillis, long cpuMillis) {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(System.getProperty("jar", "target/learning-office.jar")).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: mvn -B -q -DskipTests package");
    }
    int starts = Integer.getInteger("starts", 7);
    List<String> jvm =
        System.getProperty("jvm") == null
            ? ServeProcess.README_JVM_OPTIONS
            : List.of(System.getProperty("jvm").trim().split("\\s+"));
    Path dir = Files.createTempDirectory("lo-start");
    String postgres = System.getenv("LO_TEST_POSTGRES_URL");
    if (postgres == null || postgres.isBlank()) {
      run("H2 (file)", "jdbc:h2:file:" + dir.resolve("store"), dir, jar, jvm, starts);
      return;
    }
    try (ScratchSchema schema = ScratchSchema.create(postgres)) {
      run("PostgreSQL", schema.url(), dir, jar, jvm, starts);
    }
  }

  private static void run(
      String store, String url, Path dir, Path jar, List<String> jvm, int starts) throws Exception {
    System.out.printf(
        Locale.ROOT,
        "Start to /health on %s: %s java %s -jar %s serve; %d cores; logs in %s%n",
        store,
        ServeProcess.README_ENVIRONMENT,
        String.join(" ", jvm),
        jar,
        Runtime.getRuntime().availableProcessors(),
        dir);
    WireMockServer wireMock =
        new WireMockServer(options().dynamicPort().extensions(new PostedComments()));
    wireMock.start();
    try {
      WriteBackJira.on(wireMock, Duration.ZERO);
      try (ServeProcess serve =
          ServeProcess.configure(
                  dir, "start", url, URI.create(wireMock.baseUrl()), Duration.ofMinutes(10))
              .withJvmOptions(jvm)
              .withJar(jar)) {
        Start first = startServe(serve);
        System.out.printf(
            Locale.ROOT,
            "first start (migrates): %d ms, CPU %d ms%n",
            first.wallMillis(),
            first.cpuMillis());
        Path archive = dir.resolve("classes.jsa");
        Start warmUp =
            timed(
                dir,
                List.of("-XX:ArchiveClassesAtExit=" + archive),
                List.of(
                    "-jar",
                    jar.toString(),
                    "serve",
                    "--warm-up",
                    "--config",
                    serve.config().toString()));
        System.out.printf(
            Locale.ROOT,
            "class archive made as the README's ExecStartPre does (serve --warm-up): %d ms, CPU %d"
                + " ms, %d MB%n",
            warmUp.wallMillis(),
            warmUp.cpuMillis(),
            Files.size(archive) / 1_000_000);
        List<String> archived = new ArrayList<>(jvm);
        archived.add(ServeProcess.classArchiveOption(archive));
        List<Start> serves = new ArrayList<>();
        List<Start> archivedServes = new ArrayList<>();
        List<Start> versions = new ArrayList<>();
        List<Start> jvmOnly = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
          jvmOnly.add(timed(dir, jvm, List.of("-version")));
          versions.add(timed(dir, jvm, List.of("-jar", jar.toString(), "--version")));
          serves.add(startServe(serve.withJvmOptions(jvm)));
          archivedServes.add(startServe(serve.withJvmOptions(archived)));
        }
        report("java -version (the JVM alone)", jvmOnly);
        report("java -jar learning-office.jar --version", versions);
        report("serve: start to /health 200, existing store, no class archive", serves);
        report(
            "serve: start to /health 200, existing store, with the class archive", archivedServes);
      }
    } finally {
      wireMock.stop();
    }
  }

  private static Start startServe(ServeProcess serve) throws IOException {
    Duration wall = serve.start().awaitHealthy(HEALTHY);
    long cpu = cpuMillis(serve.pid());
    serve.stop(Duration.ofSeconds(60));
    return new Start(wall.toMillis(), cpu);
  }

  /** Runs {@code java <jvm> <args>} under {@code /usr/bin/time} to completion. */
  private static Start timed(Path dir, List<String> jvm, List<String> args)
      throws IOException, InterruptedException {
    Path times = dir.resolve("time.txt");
    List<String> command = new ArrayList<>();
    command.addAll(List.of("/usr/bin/time", "-f", "%U %S", "-o", times.toString()));
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.addAll(args);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("baseline.log").toFile()));
    builder.environment().keySet().removeIf(k -> k.startsWith("LO_"));
    builder.environment().putAll(ServeProcess.README_ENVIRONMENT);
    long started = System.nanoTime();
    Process process = builder.start();
    int exit = process.waitFor();
    long wall = (System.nanoTime() - started) / 1_000_000;
    if (exit != 0) {
      throw new IllegalStateException(command + " exited with " + exit);
    }
    String[] userSystem = Files.readString(times).trim().split("\\s+");
    long cpu =
        Math.round((Double.parseDouble(userSystem[0]) + Double.parseDouble(userSystem[1])) * 1000);
    return new Start(wall, cpu);
  }

  /** User and system CPU time of the whole process so far, from {@code /proc/<pid>/stat}. */
  private static long cpuMillis(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
    // the fields after the command name, which is in parentheses and may hold spaces
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
    return ticks * 1000 / TICKS_PER_SECOND;
  }

  private static void report(String what, List<Start> runs) {
    System.out.printf(
        Locale.ROOT,
        "%s: wall median %d ms (%d–%d), CPU median %d ms (%d–%d), %d runs%n",
        what,
        median(runs, Start::wallMillis),
        min(runs, Start::wallMillis),
        max(runs, Start::wallMillis),
        median(runs, Start::cpuMillis),
        min(runs, Start::cpuMillis),
        max(runs, Start::cpuMillis),
        runs.size());
  }

  private static long median(List<Start> runs, ToLongFunction<Start> f) {
    long[] values = runs.stream().mapToLong(f).sorted().toArray();
    return values[values.length / 2];
  }

  private static long min(List<Start> runs, ToLongFunction<Start> f) {
    return runs.stream().mapToLong(f).min().orElseThrow();
  }

  private static long max(List<Start> runs, ToLongFunction<Start> f) {
    return runs.stream().mapToLong(f).max().orElseThrow();
  }
}
