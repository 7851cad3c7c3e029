package org.learningoffice.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.learningoffice.classify.Classification;
import org.learningoffice.classify.Classifier;
import org.learningoffice.classify.ClassifierEvaluation;
import org.learningoffice.classify.ClassifyException;
import org.learningoffice.classify.ClassifyModule;
import org.learningoffice.classify.ClassifySettings;
import org.learningoffice.classify.EvalReport;
import org.learningoffice.classify.EvalReportWriter;
import org.learningoffice.classify.Facet;
import org.learningoffice.classify.FacetSuggestion;
import org.learningoffice.classify.GroupedEvalReport;
import org.learningoffice.classify.GroupedEvalReportWriter;
import org.learningoffice.classify.InMemoryClassifyEdgesModule;
import org.learningoffice.classify.LabelledLesson;
import org.learningoffice.classify.LabelledLessonReader;
import org.learningoffice.classify.LearningCurve;
import org.learningoffice.classify.LearningCurveWriter;
import org.learningoffice.classify.LessonInput;
import org.learningoffice.config.ClassifyConfig;
import org.learningoffice.config.ConfigLoader;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Strategy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code classify [--config FILE] TEXT} and {@code classify eval --input FILE.jsonl}. The
 * classifier is wired (and trained) only when the command runs, from the {@code classify:} section
 * of the config file, or the defaults when there is none.
 */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description = "Prints the predicted unit, type and direction of a lesson with confidence.")
public final class ClassifyCommand implements Callable<Integer> {

  private final Map<String, String> env;
  private final Clock clock;

  @Spec private CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description =
          "Configuration file whose classify: section is used (default: ./learning-office.yml"
              + " when present, else the built-in defaults).")
  private Path configFile;

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "The lesson text.")
  private List<String> words = List.of();

  @Option(names = "--title", description = "The lesson's title.")
  private String title = "";

  @Option(
      names = "--stage",
      converter = StageConverter.class,
      description = "Order step, in any case: ${COMPLETION-CANDIDATES}.")
  private Stage stage;

  @Option(
      names = "--strategy",
      defaultValue = "MTO",
      converter = StrategyConverter.class,
      description =
          "Delivery strategy, in any case: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  private Strategy strategy;

  @Option(
      names = "--priority",
      defaultValue = "STANDARD",
      description = "Priority class: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  private PriorityClass priority;

  /**
   * @param env supplies the {@code LO_} overrides of config keys
   * @param clock the clock the classifier's model store records training time with
   */
  public ClassifyCommand(Map<String, String> env, Clock clock) {
    this.env = Map.copyOf(env);
    this.clock = clock;
  }

  /**
   * The {@code classify:} settings: from {@code --config}, else ./learning-office.yml, else
   * defaults.
   */
  ClassifyConfig config() {
    if (configFile != null) {
      return new ConfigLoader(env).loadClassify(configFile);
    }
    if (Files.isRegularFile(ConfigLoader.DEFAULT_FILE)) {
      return new ConfigLoader(env).loadClassify(ConfigLoader.DEFAULT_FILE);
    }
    return ClassifyConfig.defaults();
  }

  private Injector wire() {
    return Guice.createInjector(
        new CoreModule(clock), new ClassifyModule(config()), new InMemoryClassifyEdgesModule());
  }

  /** Guice wraps what a provider throws; a bad vocabulary file should read as itself. */
  private static <T> T get(Injector injector, Class<T> type) {
    try {
      return injector.getInstance(type);
    } catch (ProvisionException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof ClassifyException classify) {
          throw classify;
        }
      }
      throw e;
    }
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
    Injector injector;
    Classification result;
    try {
      injector = wire();
      result = get(injector, Classifier.class).classify(input);
    } catch (ClassifyException e) {
      spec.commandLine().getErr().println("classify: " + e.getMessage());
      return 1;
    }
    ClassifySettings settings = get(injector, ClassifySettings.class);
    PrintWriter out = spec.commandLine().getOut();
    for (Facet facet : Facet.values()) {
      FacetSuggestion<?> s = result.get(facet);
      out.printf(
          Locale.ROOT,
          "%-10s %-13s %s  %s%s%n",
          facet.key(),
          s.label(),
          shown(s.confidence()),
          s.explanation(),
          s.preselect()
              ? ""
              : " [below " + threshold(settings.preselectFrom(facet)) + ": not pre-selected]");
    }
    out.flush();
    return 0;
  }

  /** A usage error of {@code eval}'s options, said before any lesson is read (exit 2). */
  private void usageOf(String groupedBy, Integer folds) {
    CommandLine eval = spec.commandLine().getSubcommands().get("eval");
    if (groupedBy != null && !groupedBy.equals("group")) {
      throw new ParameterException(
          eval,
          "--cross-validate-by: '" + groupedBy + "' is not a grouping; the only one is 'group'");
    }
    if (groupedBy != null && folds != null) {
      throw new ParameterException(
          eval, "use --cross-validate K or --cross-validate-by group, not both");
    }
    if (folds != null && folds < 2) {
      throw new ParameterException(
          eval, "--cross-validate: K is the number of folds, at least 2; got " + folds);
    }
  }

  /**
   * A confidence cut to two decimals, never rounded up: 0.966 under a threshold of 0.97 reads 0.96,
   * not the threshold itself.
   */
  private static String shown(double confidence) {
    return BigDecimal.valueOf(confidence).setScale(2, RoundingMode.FLOOR).toPlainString();
  }

  /** A pre-select threshold with every decimal it has, at least two (0.90, 0.97, 0.995). */
  private static String threshold(double value) {
    BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
    return (exact.scale() < 2 ? exact.setScale(2) : exact).toPlainString();
  }

  /** {@code classify eval}: accuracy, macro-F1, calibration and confusion per facet. */
  @Command(
      name = "eval",
      mixinStandardHelpOptions = true,
      description = {
        "Evaluates the classifier on labelled lessons.",
        "FILE.jsonl holds one JSON object per line: {\"id\", \"order\": {\"strategy\": ETO|MTO|ATO|MTS,"
            + " \"priority\"}, \"stage\" (or null), \"title\", \"text\", \"gold\": {\"unit\","
            + " \"type\", \"direction\"}, \"group\" (the writer, for --cross-validate-by)};"
            + " other keys are ignored. The bundled file in the jar,"
            + " classify/lessons-bundled.jsonl, is an example."
      })
  int eval(
      @Option(names = "--input", required = true, paramLabel = "FILE.jsonl") Path input,
      @Option(names = "--json", description = "One JSON object instead of tables.") boolean json,
      @Option(
              names = "--cross-validate",
              paramLabel = "K",
              description = "K-fold cross-validation over the input instead of the bundled model.")
          Integer folds,
      @Option(
              names = "--cross-validate-by",
              paramLabel = "group",
              description =
                  "Leave one group out over the input: each writer's group scored by a model"
                      + " trained on the other groups only, next to naive Bayes, rules alone and"
                      + " the majority class on the same splits. The only value is 'group'.")
          String groupedBy,
      @Option(
              names = "--learning-curve",
              description =
                  "Per group: k = 0, 10, 20, 40 of its lessons join training as person-confirmed"
                      + " (weighted as the service weights them); the rest of the group is scored.")
          boolean learningCurve) {
    usageOf(groupedBy, folds);
    try {
      Injector injector = wire();
      LabelledLessonReader lessons = get(injector, LabelledLessonReader.class);
      ClassifierEvaluation evaluation = get(injector, ClassifierEvaluation.class);
      EvalReportWriter reports = get(injector, EvalReportWriter.class);
      List<LabelledLesson> labelled = lessons.read(input);
      if (labelled.isEmpty()) {
        throw new ClassifyException(input + " holds no lessons");
      }
      PrintWriter out = spec.commandLine().getOut();
      if (learningCurve) {
        var curve = get(injector, LearningCurve.class).run(labelled);
        LearningCurveWriter writer = get(injector, LearningCurveWriter.class);
        out.print(json ? writer.json(curve) + System.lineSeparator() : writer.text(curve));
        out.flush();
        return 0;
      }
      if (groupedBy != null) {
        GroupedEvalReport grouped = evaluation.crossValidateByGroup(labelled);
        GroupedEvalReportWriter writer = get(injector, GroupedEvalReportWriter.class);
        out.print(json ? writer.json(grouped) + System.lineSeparator() : writer.text(grouped));
        out.flush();
        return 0;
      }
      EvalReport report =
          folds == null
              ? evaluation.againstTrained(lessons.bundled(), labelled)
              : evaluation.crossValidate(labelled, folds);
      out.print(json ? reports.json(report) + System.lineSeparator() : reports.text(report));
      out.flush();
      return 0;
    } catch (ClassifyException e) {
      spec.commandLine().getErr().println("classify eval: " + e.getMessage());
      return 1;
    }
  }

  /** Reads a taxonomy enum in any case ({@code eto}, {@code Engineering}, {@code after-sales}). */
  private static <E extends Enum<E>> E anyCase(Class<E> type, String value) {
    String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw new TypeConversionException(
        "'"
            + value
            + "' is none of "
            + java.util.Arrays.toString(type.getEnumConstants())
            + " (any case)");
  }

  /** {@code --stage} in any case. */
  static final class StageConverter implements ITypeConverter<Stage> {
    @Override
    public Stage convert(String value) {
      return anyCase(Stage.class, value);
    }
  }

  /** {@code --strategy} in any case. */
  static final class StrategyConverter implements ITypeConverter<Strategy> {
    @Override
    public Strategy convert(String value) {
      return anyCase(Strategy.class, value);
    }
  }
}
