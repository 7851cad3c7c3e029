package org.learningoffice.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven through Debian's chromedriver, for the browser tests. A test that
 * asks for one where either is missing is skipped with the reason ({@code .ci/run} installs both).
 */
public final class HeadlessChromium {
  /** Debian's Chromium. */
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private HeadlessChromium() {}

  /** Whether Chromium and chromedriver are installed, for a test that only adds screenshots. */
  public static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Skips the calling test, with the reason, unless Chromium and chromedriver are installed. */
  public static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium and chromedriver are not installed at "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + " (apt-get install chromium chromium-driver; .ci/run does this)");
  }

  /** A new browser with its own profile folder and a window of {@code width} × {@code height}. */
  public static WebDriver start(Path profile, int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(arguments(profile, width, height));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  /** Chromium's command-line options for a quiet headless run with its own profile folder. */
  public static List<String> arguments(Path profile, int width, int height) {
    return List.of(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile.toAbsolutePath());
  }

  /**
   * Makes the page as wide as a phone ({@code width} CSS pixels, e.g. 375): headless Chromium keeps
   * its window at least 500 px wide, so the width is set through the DevTools protocol instead.
   */
  public static void emulatePhone(WebDriver browser, int width, int height) {
    ((ChromeDriver) browser)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
  }

  /** Saves what the browser shows as {@code target/screenshots/<name>}. */
  public static void screenshot(WebDriver browser, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Saves the whole page, not only the window, as {@code target/screenshots/<name>}: the window is
   * made as tall as the page for the shot (through the DevTools protocol, as {@link #emulatePhone}
   * does), keeping its width.
   */
  public static void fullPageScreenshot(WebDriver browser, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name), fullPage(browser, Integer.MAX_VALUE));
  }

  /**
   * The page from its top, at most {@code maxHeight} CSS pixels of it, as PNG, at the window's
   * width.
   */
  public static byte[] fullPage(WebDriver browser, int maxHeight) {
    ChromeDriver chrome = (ChromeDriver) browser;
    Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", ((Number) content.get("width")).doubleValue(),
            "height", Math.min(maxHeight, ((Number) content.get("height")).doubleValue()),
            "scale", 1);
    Map<String, Object> shot =
        chrome.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "clip", clip, "captureBeyondViewport", true));
    return java.util.Base64.getDecoder().decode((String) shot.get("data"));
  }
}
