package org.learningoffice.classify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Packs the three facet models into one byte array for the model store, and back, with the
 * fingerprint of the features they were trained on ({@link
 * LearnedClassifierTrainer#featureFingerprint}).
 */
public final class ModelCodec {

  /**
   * 4: naive Bayes counts each word once per lesson and leaves out words of a single lesson (a
   * format-3 model counted repeats); 3: naive Bayes models follow the logistic-regression ones; 2:
   * the feature fingerprint follows the format number (format 1 had none).
   */
  private static final int FORMAT = 4;

  /**
   * The models as bytes: format number, feature fingerprint, then per facet its name, length and
   * OpenNLP model.
   */
  public byte[] encode(FacetModels models, String featureFingerprint) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeUTF(featureFingerprint);
      for (Facet facet : Facet.values()) {
        byte[] model = models.get(facet).toBytes();
        out.writeUTF(facet.name());
        out.writeInt(model.length);
        out.write(model);
      }
      for (Facet facet : Facet.values()) {
        models.naiveBayes(facet).writeTo(out);
      }
    } catch (IOException e) {
      throw new ClassifyException("cannot encode the classifier models", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Models from bytes written by {@link #encode}.
   *
   * @throws ClassifyException when the bytes are unreadable, of another format, or the models were
   *     trained on other features than {@code featureFingerprint} describes
   */
  public FacetModels decode(byte[] payload, String featureFingerprint) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
      int format = in.readInt();
      if (format != FORMAT) {
        throw new ClassifyException("stored classifier model has another format (" + format + ")");
      }
      if (!in.readUTF().equals(featureFingerprint)) {
        throw new ClassifyException(
            "stored classifier model was trained on other features (another release or training"
                + " set)");
      }
      Map<Facet, FacetModel> models = new EnumMap<>(Facet.class);
      for (int i = 0; i < Facet.values().length; i++) {
        Facet facet = Facet.valueOf(in.readUTF());
        byte[] model = in.readNBytes(in.readInt());
        models.put(facet, FacetModel.fromBytes(facet, model));
      }
      Map<Facet, NaiveBayesModel> naiveBayes = new EnumMap<>(Facet.class);
      for (Facet facet : Facet.values()) {
        naiveBayes.put(facet, NaiveBayesModel.readFrom(facet, in));
      }
      return new FacetModels(models, naiveBayes);
    } catch (IOException | IllegalArgumentException e) {
      throw new ClassifyException("stored classifier model is unreadable", e);
    }
  }
}
