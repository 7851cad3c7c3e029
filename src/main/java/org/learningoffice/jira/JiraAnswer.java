package org.learningoffice.jira;

import com.fasterxml.jackson.databind.JsonNode;

/** A successful (2xx) answer: its status and its JSON body ({@code MissingNode} when empty). */
record JiraAnswer(int status, JsonNode body) {}
