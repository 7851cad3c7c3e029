package org.learningoffice.classify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/** A trained model for one facet: label probabilities from lesson features. */
public final class FacetModel {

  private final Facet facet;
  private final MaxentModel model;
  private final int[] outcomeOfLabel;
  private final Map<String, ?> predicates;

  @SuppressWarnings("unchecked")
  FacetModel(Facet facet, MaxentModel model) {
    this.facet = facet;
    this.model = model;
    this.outcomeOfLabel = facet.labels().stream().mapToInt(model::getIndex).toArray();
    // OpenNLP exposes [parameters, predicate index, outcome names]; the index tells known words.
    this.predicates = (Map<String, ?>) ((AbstractModel) model).getDataStructures()[1];
  }

  /** The facet this model predicts. */
  public Facet facet() {
    return facet;
  }

  /** Probabilities in the order of {@link Facet#labels()}; labels never seen get 0. */
  public double[] probabilities(String[] context) {
    double[] byOutcome = model.eval(context);
    double[] byLabel = new double[outcomeOfLabel.length];
    for (int i = 0; i < byLabel.length; i++) {
      byLabel[i] = outcomeOfLabel[i] < 0 ? 0.0 : byOutcome[outcomeOfLabel[i]];
    }
    return byLabel;
  }

  /** How many of the given features the model saw in training and gave a weight. */
  public int knownFeatures(String[] context, String prefix) {
    int known = 0;
    for (String feature : context) {
      if (feature.startsWith(prefix) && predicates.containsKey(feature)) {
        known++;
      }
    }
    return known;
  }

  /** The model in OpenNLP's binary format, for the model store. */
  byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      new GenericModelWriter((AbstractModel) model, out).persist();
    } catch (IOException e) {
      throw new ClassifyException("cannot serialise the " + facet.key() + " model", e);
    }
    return bytes.toByteArray();
  }

  /** Reads a model written by {@link #toBytes()}. */
  static FacetModel fromBytes(Facet facet, byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      return new FacetModel(facet, new GenericModelReader(new BinaryFileDataReader(in)).getModel());
    } catch (IOException | RuntimeException e) {
      throw new ClassifyException("stored " + facet.key() + " model is unreadable", e);
    }
  }
}
