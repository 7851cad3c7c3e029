package org.learningoffice.jira;

/** A Jira field: {@code summary}, or a custom one such as {@code customfield_10050}. */
public record JiraField(String id, String name, boolean custom) {}
