package org.learningoffice.action;

/** Where a proposed action stands. */
public enum ActionState {
  /** Proposed in a lesson; no Jira issue yet. */
  PROPOSED,
  /** Its Jira issue exists and is not done. */
  OPEN,
  /** Its Jira issue's status is in the done category, or a lead marked it done. */
  DONE
}
