package org.learningoffice.jira;

import java.util.Optional;

/**
 * One changed field in a changelog entry: raw values ({@code from}, {@code to}, e.g. status ids)
 * and display values ({@code fromText}, {@code toText}, Jira's {@code fromString}/{@code
 * toString}).
 */
public record ChangeItem(
    String field,
    Optional<String> from,
    Optional<String> fromText,
    Optional<String> to,
    Optional<String> toText) {}
