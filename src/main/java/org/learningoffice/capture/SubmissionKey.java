package org.learningoffice.capture;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two submissions one lesson: the same person writing the same title and text on the
 * same order's ticket. A double click, a replayed request and a person who goes Back and saves the
 * refilled form again all send that same lesson, from one rendering of the form or from several,
 * and store it once. The key is a SHA-256 in hex (64 characters, the column's width), over the
 * issue id, author, title and text with runs of white space made one space.
 */
final class SubmissionKey {
  private SubmissionKey() {}

  static String of(String issueId, ValidLesson lesson) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
    for (String part : new String[] {issueId, lesson.author(), lesson.title(), lesson.text()}) {
      sha.update(part.strip().replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
