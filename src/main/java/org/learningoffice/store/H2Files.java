package org.learningoffice.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * What is special about an embedded H2 file database: how to open it without creating or changing
 * anything, and the two failures a user meets with it, a file another process holds and a file that
 * is not there, each said in one line.
 */
final class H2Files {
  /** H2's "Database may be already in use" (the file is locked by another process). */
  private static final int LOCKED = 90020;

  /** H2's "Database not found, either pre-create it or allow remote database creation". */
  private static final int NOT_FOUND_IF_EXISTS = 90146;

  private static final String FILE_PREFIX = "jdbc:h2:file:";

  private H2Files() {}

  /** The URL that opens an H2 file only if it exists, read-only, writing no trace file. */
  static String readOnly(String url) {
    if (!isFile(url)) {
      return url;
    }
    return url + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0";
  }

  /** The URL that opens an H2 file only if it exists, creating nothing. */
  static String ifExists(String url) {
    if (!isFile(url)) {
      return url;
    }
    return url + ";IFEXISTS=TRUE;TRACE_LEVEL_FILE=0";
  }

  /**
   * The URL with every commit written to the file before it returns ({@code WRITE_DELAY=0}): H2
   * otherwise writes commits up to half a second later, and a webhook already answered 202 or a
   * lesson already confirmed would be lost if the process were killed in between. A URL that sets
   * its own write delay keeps it.
   */
  static String durable(String url) {
    if (!isFile(url) || url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) {
      return url;
    }
    return url + ";WRITE_DELAY=0";
  }

  /** One line for a failure to open an H2 file that a user can act on, if it is one of those. */
  static Optional<StoreException> problem(String url, Throwable failure) {
    if (!isFile(url)) {
      return Optional.empty();
    }
    String path = path(url);
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        if (sql.getErrorCode() == LOCKED) {
          return Optional.of(
              new StoreException(
                  "The H2 database "
                      + path
                      + " is held by another process (a running serve or demo --keep-running):"
                      + " stop it first, or use PostgreSQL to share the store",
                  failure));
        }
        if (sql.getErrorCode() == NOT_FOUND_IF_EXISTS) {
          return Optional.of(
              new StoreException(
                  "There is no H2 database at "
                      + shown(path)
                      + " (store.url): run serve first to create it, or fix store.url",
                  failure,
                  true));
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }

  private static boolean isFile(String url) {
    return url.startsWith(FILE_PREFIX) || url.matches("jdbc:h2:(?!mem:|tcp:|ssl:|zip:)[^:].*");
  }

  /** The path as configured and, when it is relative, where that is from here. */
  private static String shown(String path) {
    if (path.startsWith("~")) {
      return path;
    }
    try {
      Path file = Path.of(path);
      return file.isAbsolute() ? path : path + " (" + file.toAbsolutePath().normalize() + ")";
    } catch (InvalidPathException e) {
      return path;
    }
  }

  private static String path(String url) {
    String rest =
        url.startsWith(FILE_PREFIX) ? url.substring(FILE_PREFIX.length()) : url.substring(8);
    int options = rest.indexOf(';');
    return options < 0 ? rest : rest.substring(0, options);
  }
}
