package org.learningoffice.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * A headless Chromium for every test of a class that registers it, before the class's own
 * {@code @BeforeEach}: the test is skipped, with the reason, where Chromium or chromedriver is not
 * installed; each browser has a profile folder of its own and quits after the test.
 *
 * <pre>{@code @RegisterExtension final ChromiumPerTest chromium = new ChromiumPerTest(1000, 1400);}
 * </pre>
 */
public final class ChromiumPerTest implements BeforeEachCallback, AfterEachCallback {
  private final int width;
  private final int height;
  private Path profile;
  private WebDriver browser;

  /** A window of {@code width} × {@code height} pixels. */
  public ChromiumPerTest(int width, int height) {
    this.width = width;
    this.height = height;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    HeadlessChromium.assumeInstalled();
    profile = Files.createTempDirectory("lo-chromium");
    browser = HeadlessChromium.start(profile, width, height);
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      browser = null;
      if (profile != null) {
        delete(profile);
        profile = null;
      }
    }
  }

  /** The running test's browser. */
  public WebDriver browser() {
    if (browser == null) {
      throw new IllegalStateException("no browser outside a test");
    }
    return browser;
  }

  private static void delete(Path folder) throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(folder)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : paths) {
      Files.deleteIfExists(path);
    }
  }
}
