package org.learningoffice.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read, in words: {@code permission denied}, {@code no such file}. The
 * JDK's file exceptions carry only the path as their message, which says nothing new next to it.
 */
public final class IoReason {
  private IoReason() {}

  /** The cause of {@code e} without the path it is about, e.g. {@code permission denied}. */
  public static String of(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
      return "no such file";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    if (e.getMessage() == null || e.getMessage().isBlank()) {
      return e.getClass().getSimpleName();
    }
    return e.getMessage();
  }
}
