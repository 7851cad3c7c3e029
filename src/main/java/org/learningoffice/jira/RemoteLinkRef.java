package org.learningoffice.jira;

/** A created or updated remote issue link. */
public record RemoteLinkRef(long id) {}
