package org.learningoffice.sandbox;

/** The sandbox workflow: three statuses with Jira's ids and status categories. */
enum SandboxStatus {
  TO_DO("1", "To Do", 2, "new", "blue-gray", "To Do"),
  IN_PROGRESS("3", "In Progress", 4, "indeterminate", "yellow", "In Progress"),
  DONE("10001", "Done", 3, "done", "green", "Done");

  final String id;
  final String label;
  final int categoryId;
  final String categoryKey;
  final String categoryColour;
  final String categoryName;

  SandboxStatus(
      String id,
      String label,
      int categoryId,
      String categoryKey,
      String categoryColour,
      String categoryName) {
    this.id = id;
    this.label = label;
    this.categoryId = categoryId;
    this.categoryKey = categoryKey;
    this.categoryColour = categoryColour;
    this.categoryName = categoryName;
  }
}
