/**
 * Feed forward (learning <em>for</em> orders): when an order arrives, the earlier lessons most
 * likely to help it are ranked, posted on its ticket once (comment, property, link to a page with
 * each lesson in full) and voted "helped" or "not relevant", which moves later rankings.
 */
package org.learningoffice.feedforward;
