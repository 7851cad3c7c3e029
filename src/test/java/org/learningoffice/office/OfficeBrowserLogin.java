package org.learningoffice.office;

import java.time.Duration;
import org.learningoffice.digest.DigestFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A lead logging in to the dashboard with the fixtures' office token, in a real browser. */
public final class OfficeBrowserLogin {
  private OfficeBrowserLogin() {}

  /**
   * Logs in on {@code /office/login} of the service on {@code port} and waits until the element
   * {@code shownId} is on the page; returns that wait, which ignores elements of a replaced page.
   */
  public static WebDriverWait logIn(WebDriver browser, int port, String shownId) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    browser.get("http://127.0.0.1:" + port + "/office/login");
    browser.findElement(By.id("token")).sendKeys(DigestFixtures.ACCESS_TOKEN);
    browser.findElement(By.id("login")).click();
    wait.until(d -> !d.findElements(By.id(shownId)).isEmpty());
    return wait;
  }
}
