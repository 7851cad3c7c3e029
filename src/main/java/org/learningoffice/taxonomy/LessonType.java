package org.learningoffice.taxonomy;

/** Which hand of ambidexterity a lesson belongs to: doing the known better, or something new. */
public enum LessonType {
  EXPLOITATION,
  EXPLORATION
}
