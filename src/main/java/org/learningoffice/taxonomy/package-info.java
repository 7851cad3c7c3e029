package org.learningoffice.taxonomy;

/**
 * The fixed lesson vocabulary of {@code docs/taxonomy.md}: enum names are the wire and storage
 * names, shared by intake, capture, classification and the digest.
 */
