package org.learningoffice.capture;

import org.learningoffice.order.OrderEventHandler;

/**
 * The outbox job kinds of lesson capture and their keys. {@code ATTACH_FORM} is queued by the order
 * handler, {@code WRITE_BACK} by the form on each lesson, {@code REMIND} by the attacher.
 */
public final class CaptureJobs {
  public static final String ATTACH_FORM = OrderEventHandler.ATTACH_FORM;
  public static final String WRITE_BACK = "WRITE_BACK";
  public static final String REMIND = "REMIND";

  private CaptureJobs() {}

  /** The key of the form's {@code n}-th reminder (from 1): one job per reminder and order. */
  public static String remindKey(String issueId, int n) {
    return "remind:" + issueId + ":" + n;
  }

  /** The key of a lesson's write-back job, as the form queues it. */
  public static String writeBackKey(String issueId, String lessonPublicId) {
    return "write-back:" + issueId + ":" + lessonPublicId;
  }
}
