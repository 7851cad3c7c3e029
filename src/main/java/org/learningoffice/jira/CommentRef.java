package org.learningoffice.jira;

/** A created comment. */
public record CommentRef(String id) {}
