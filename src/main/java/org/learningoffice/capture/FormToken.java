package org.learningoffice.capture;

import java.time.Instant;

/** What a valid form link stands for: an order (by Jira issue id) until a moment. */
public record FormToken(String issueId, Instant expiresAt) {}
