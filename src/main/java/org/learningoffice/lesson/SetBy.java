package org.learningoffice.lesson;

/** Who chose a facet of a lesson: a person on the form, or the classifier's suggestion. */
public enum SetBy {
  PERSON,
  CLASSIFIER
}
