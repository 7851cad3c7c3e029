package org.learningoffice.jira;

/** A created issue: its id and key. */
public record IssueRef(String id, String key) {}
