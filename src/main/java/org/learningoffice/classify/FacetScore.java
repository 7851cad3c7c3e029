package org.learningoffice.classify;

/**
 * How well one facet was predicted.
 *
 * @param accuracy share right
 * @param macroF1 mean F1 over labels
 * @param expectedCalibrationError mean |confidence − accuracy| over 10 confidence bins, weighted by
 *     bin size: 0 means "70 % confident" is right 70 % of the time
 * @param confusion gold × predicted counts
 */
public record FacetScore(
    double accuracy, double macroF1, double expectedCalibrationError, ConfusionMatrix confusion) {}
