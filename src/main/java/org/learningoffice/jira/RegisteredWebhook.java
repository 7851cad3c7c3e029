package org.learningoffice.jira;

/**
 * A webhook registered in Jira.
 *
 * @param id the last segment of its {@code self} URL, used to update it
 */
public record RegisteredWebhook(String id, String name, String url) {}
