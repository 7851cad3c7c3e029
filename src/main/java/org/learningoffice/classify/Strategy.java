package org.learningoffice.classify;

/** Delivery strategy of an order; it places the customer order decoupling point (P3). */
public enum Strategy {
  ETO,
  MTO,
  ATO,
  MTS
}
