package org.learningoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.testing.ServeProcess;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * {@code serve} on a port another program holds says so in one line, naming server.port, before it
 * creates or migrates the store.
 */
class ServePortInUseTest {
  @RegisterExtension final JiraWireMock jira = new JiraWireMock();

  @TempDir Path dir;

  @Test
  void aPortInUseIsOneLineNamingServerPortAndTheStoreIsNotTouched() throws Exception {
    ServeProcess serve =
        ServeProcess.configure(
            dir,
            "busy",
            "jdbc:h2:file:" + dir.resolve("store"),
            jira.baseUrl(),
            Duration.ofMinutes(10));
    int port = serve.base().getPort();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode;
    try (ServerSocket taken = new ServerSocket(port)) {
      var cli = Main.commandLine(Map.of());
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      exitCode = cli.execute("serve", "--config", dir.resolve("busy.yml").toString());
    }

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString().strip().lines())
        .singleElement()
        .asString()
        .isEqualTo(
            "server.port "
                + port
                + " is already in use (another Learning Office or another program); stop it or"
                + " set server.port");
    assertThat(out.toString()).doesNotContain("serving");
    assertThat(dir.resolve("store.mv.db")).as("no H2 file is created").doesNotExist();
  }
}
