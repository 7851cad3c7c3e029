package org.learningoffice.digest;

import java.util.List;

/**
 * A section another feature adds to the digest (open actions, lessons fed forward, ...): bound with
 * {@code Multibinder.newSetBinder(binder(), DigestContribution.class)}. Its sections go into the
 * digest's compact rest, after the built-in lesson sections and before the ticket index, in every
 * format (e-mail, text, Slack, Teams, Jira), each renderer escaping their text.
 */
public interface DigestContribution {
  /**
   * The sections for one ISO week; an empty list when there is nothing to say (no empty section is
   * shown). {@code zone} is {@code digest.zone}, in which the week's bounds are taken.
   */
  List<Outline.Section> sections(IsoWeek week, java.time.ZoneId zone);
}
