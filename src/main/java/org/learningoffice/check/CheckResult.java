package org.learningoffice.check;

/** The outcome of one check: a status, what was checked, and what was found or what to do. */
public record CheckResult(Status status, String name, String detail) {
  /** How a check ended. Only {@link #FAIL} makes {@code check} exit non-zero. */
  public enum Status {
    OK,
    WARN,
    FAIL,
    SKIP
  }

  public static CheckResult ok(String name, String detail) {
    return new CheckResult(Status.OK, name, detail);
  }

  public static CheckResult warn(String name, String detail) {
    return new CheckResult(Status.WARN, name, detail);
  }

  public static CheckResult fail(String name, String detail) {
    return new CheckResult(Status.FAIL, name, detail);
  }

  public static CheckResult skip(String name, String detail) {
    return new CheckResult(Status.SKIP, name, detail);
  }

  /** One line of {@code check} output, e.g. {@code OK jira sign-in: as Learning Bot}. */
  public String line() {
    return String.format("%-4s %s: %s", status, name, detail);
  }
}
