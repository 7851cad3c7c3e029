package org.learningoffice.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An H2 file database held open by another process, as a running {@code serve} or {@code demo}
 * holds its store: a child JVM opens the file and keeps it until closed.
 */
public final class HeldH2File implements AutoCloseable {
  private final Process process;

  private HeldH2File(Process process) {
    this.process = process;
  }

  /** Starts a child JVM holding {@code jdbcUrl} open; returns once the file is held. */
  public static HeldH2File hold(String jdbcUrl) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    HeldH2File.class.getName(),
                    jdbcUrl))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (!"held".equals(line)) {
      process.destroyForcibly();
      throw new IOException("the child JVM did not open " + jdbcUrl + ": " + line);
    }
    return new HeldH2File(process);
  }

  /** The child: opens the database, says so, and holds it until its standard input closes. */
  public static void main(String[] args) throws SQLException, IOException {
    try (Connection connection = DriverManager.getConnection(args[0], "", "")) {
      connection.createStatement().execute("SELECT 1");
      System.out.println("held");
      System.out.flush();
      while (System.in.read() >= 0) {
        // holding the file until the parent closes our input
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      process.destroy();
    }
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
