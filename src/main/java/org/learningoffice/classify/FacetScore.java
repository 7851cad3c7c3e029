package org.learningoffice.classify;

/**
 * How well one facet was predicted.
 *
 * @param accuracy share right
 * @param macroF1 mean F1 over labels
 * @param expectedCalibrationError mean |confidence − accuracy| over 10 confidence bins, weighted by
 *     bin size: 0 means "70 % confident" is right 70 % of the time
 * @param confusion gold × predicted counts
 * @param preselectedShare share of lessons whose suggestion the form would pre-select
 * @param preselectedPrecision share right among the pre-selected suggestions (1 when there are
 *     none: nothing pre-selected is nothing wrong)
 */
public record FacetScore(
    double accuracy,
    double macroF1,
    double expectedCalibrationError,
    ConfusionMatrix confusion,
    double preselectedShare,
    double preselectedPrecision) {}
