package org.learningoffice.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.learningoffice.taxonomy.Stage;

/**
 * Turns a lesson into features: words as written, stems, stem bigrams, title stems, the stems of
 * the text's last sentence, vocabulary cues and order context.
 */
public final class FeatureExtractor {

  private final Tokenizer tokenizer;
  private final CueMatcher cues;
  private final CodpRule codpRule;

  public FeatureExtractor(Tokenizer tokenizer, CueMatcher cues, CodpRule codpRule) {
    this.tokenizer = tokenizer;
    this.cues = cues;
    this.codpRule = codpRule;
  }

  /** Features of one lesson; the same lesson always gives the same features. */
  public LessonFeatures extract(LessonInput input) {
    List<String> titleWords = tokenizer.words(input.title());
    List<String> bodyWords = tokenizer.words(input.text());
    List<String> title = tokenizer.stemsOf(titleWords);
    List<String> body = tokenizer.stemsOf(bodyWords);
    List<String> all = new ArrayList<>(title.size() + body.size() + 1);
    all.addAll(title);
    all.add("|"); // no bigram across title and text
    all.addAll(body);

    Set<String> features = new LinkedHashSet<>();
    // Every lesson has it: the models' intercept, and never an empty context (OpenNLP's optimiser
    // does not end on lessons with no features, which rare-feature pruning can otherwise leave).
    features.add("bias");
    for (int i = 0; i < all.size(); i++) {
      String stem = all.get(i);
      if (!stem.equals("|")) {
        features.add("w=" + stem);
        if (i + 1 < all.size() && !all.get(i + 1).equals("|")) {
          features.add("b=" + stem + "_" + all.get(i + 1));
        }
      }
    }
    for (String stem : title) {
      features.add("t=" + stem);
    }
    // Unstemmed words keep tense and modality ("created" vs "create", "should"), which tell a
    // lesson drawn from this order from a change made for orders to come.
    for (String word : titleWords) {
      features.add("r=" + word);
    }
    for (String word : bodyWords) {
      features.add("r=" + word);
    }
    // The last sentence usually states the conclusion: what changes, and for whom.
    for (String stem : tokenizer.stems(tokenizer.lastSentence(input.text()))) {
      features.add("e=" + stem);
    }
    List<Cue> found = cues.find(all);
    Optional<CodpPlacement> codp = codpRule.place(input.stage(), input.strategy());
    String side = codp.map(p -> p.unit().name()).orElse("NONE");
    for (Cue cue : found) {
      String hint = "cue=" + cue.facet() + ":" + cue.label();
      features.add(hint);
      features.add("codp=" + side + "&" + hint);
    }

    features.add("strategy=" + input.strategy());
    features.add("priority=" + input.priority());
    features.add("codp=" + side);
    String stage = input.stage().map(Stage::name).orElse("NONE");
    features.add("stage=" + stage);
    features.add("stage=" + stage + "&strategy=" + input.strategy());
    if (title.isEmpty() && body.isEmpty()) {
      features.add("no-words");
    }
    return new LessonFeatures(List.copyOf(features), found, codp);
  }
}
