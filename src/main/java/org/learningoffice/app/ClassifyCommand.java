package org.learningoffice.app;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.learningoffice.classify.Classification;
import org.learningoffice.classify.Classifier;
import org.learningoffice.classify.ClassifierEvaluation;
import org.learningoffice.classify.ClassifyException;
import org.learningoffice.classify.ClassifySettings;
import org.learningoffice.classify.EvalReport;
import org.learningoffice.classify.EvalReportWriter;
import org.learningoffice.classify.Facet;
import org.learningoffice.classify.FacetSuggestion;
import org.learningoffice.classify.LabelledLesson;
import org.learningoffice.classify.LabelledLessonReader;
import org.learningoffice.classify.LessonInput;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Strategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code classify TEXT} and {@code classify eval --input FILE.jsonl}. */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description = "Prints the predicted unit, type and direction of a lesson with confidence.")
public final class ClassifyCommand implements Callable<Integer> {

  private final Classifier classifier;
  private final ClassifierEvaluation evaluation;
  private final LabelledLessonReader lessons;
  private final EvalReportWriter reports;
  private final ClassifySettings settings;

  @Spec private CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "The lesson text.")
  private List<String> words = List.of();

  @Option(names = "--title", description = "The lesson's title.")
  private String title = "";

  @Option(names = "--stage", description = "Order step: ${COMPLETION-CANDIDATES}.")
  private Stage stage;

  @Option(
      names = "--strategy",
      defaultValue = "MTO",
      description = "Delivery strategy: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  private Strategy strategy;

  @Option(
      names = "--priority",
      defaultValue = "STANDARD",
      description = "Priority class: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  private PriorityClass priority;

  @Inject
  public ClassifyCommand(
      Classifier classifier,
      ClassifierEvaluation evaluation,
      LabelledLessonReader lessons,
      EvalReportWriter reports,
      ClassifySettings settings) {
    this.classifier = classifier;
    this.evaluation = evaluation;
    this.lessons = lessons;
    this.reports = reports;
    this.settings = settings;
  }

  @Override
  public Integer call() {
    if (words.isEmpty() && title.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println("Give the lesson TEXT, or use: classify eval --input FILE");
      return 2;
    }
    LessonInput input =
        new LessonInput(
            title, String.join(" ", words), Optional.ofNullable(stage), strategy, priority);
    Classification result = classifier.classify(input);
    PrintWriter out = spec.commandLine().getOut();
    for (Facet facet : Facet.values()) {
      FacetSuggestion<?> s = result.get(facet);
      out.printf(
          Locale.ROOT,
          "%-10s %-13s %.2f  %s%s%n",
          facet.key(),
          s.label(),
          s.confidence(),
          s.explanation(),
          s.preselect()
              ? ""
              : String.format(
                  Locale.ROOT, " [below %.2f: not pre-selected]", settings.minConfidence()));
    }
    out.flush();
    return 0;
  }

  /** {@code classify eval}: accuracy, macro-F1, calibration and confusion per facet. */
  @Command(
      name = "eval",
      mixinStandardHelpOptions = true,
      description = "Evaluates the classifier on labelled lessons (shared/data/README.md format).")
  int eval(
      @Option(names = "--input", required = true, paramLabel = "FILE.jsonl") Path input,
      @Option(names = "--json", description = "One JSON object instead of tables.") boolean json,
      @Option(
              names = "--cross-validate",
              paramLabel = "K",
              description = "K-fold cross-validation over the input instead of the bundled model.")
          Integer folds) {
    try {
      List<LabelledLesson> labelled = lessons.read(input);
      if (labelled.isEmpty()) {
        throw new ClassifyException(input + " holds no lessons");
      }
      EvalReport report =
          folds == null
              ? evaluation.againstTrained(lessons.bundled(), labelled)
              : evaluation.crossValidate(labelled, folds);
      PrintWriter out = spec.commandLine().getOut();
      out.print(json ? reports.json(report) + System.lineSeparator() : reports.text(report));
      out.flush();
      return 0;
    } catch (ClassifyException e) {
      spec.commandLine().getErr().println("classify eval: " + e.getMessage());
      return 1;
    }
  }
}
