/** Lessons as stored: the {@code Lesson} record, its row mapping, repository, search and export. */
package org.learningoffice.lesson;
