package org.learningoffice.digest;

import java.net.URI;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;

/** An order ticket as the digest links to it ({@code jira.baseUrl + /browse/KEY}). */
public record OrderRef(
    String issueKey, String summary, Strategy strategy, PriorityClass priorityClass, URI url) {}
