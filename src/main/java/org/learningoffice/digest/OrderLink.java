package org.learningoffice.digest;

import java.net.URI;

/** An order closed without lessons: its ticket and the form where lessons can still be added. */
public record OrderLink(OrderRef order, URI formUrl) {}
