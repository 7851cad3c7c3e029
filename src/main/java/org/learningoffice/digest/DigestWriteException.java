package org.learningoffice.digest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The digest files could not be written to their folder; the message says why, in one line. */
public final class DigestWriteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DigestWriteException(Path dir, String reason, Throwable cause) {
    super("cannot write the digest to " + dir + ": " + reason, cause);
  }

  /** Why the file system refused, in words. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied (" + e.getMessage() + ")";
    }
    if (e instanceof FileAlreadyExistsException) {
      return e.getMessage() + " is a file, not a folder";
    }
    if (e instanceof NoSuchFileException) {
      return e.getMessage() + " does not exist";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason() + " (" + fs.getFile() + ")";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
