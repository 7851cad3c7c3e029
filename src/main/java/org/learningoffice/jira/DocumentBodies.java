package org.learningoffice.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** Turns a {@link Document} into the body format of the deployment: ADF or wiki markup. */
final class DocumentBodies {
  private final AdfRenderer adf = new AdfRenderer();
  private final WikiMarkupRenderer wiki = new WikiMarkupRenderer();

  JsonNode render(Deployment deployment, Document document) {
    return switch (deployment) {
      case CLOUD -> adf.render(document);
      case DATA_CENTER -> TextNode.valueOf(wiki.render(document));
    };
  }
}
