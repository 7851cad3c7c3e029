package org.learningoffice.sandbox;

import io.javalin.config.RoutesConfig;

/** One REST resource of the sandbox Jira, answering behind the {@link ApiGate}. */
interface SandboxResource {
  String API = "/rest/api/3";

  /** Adds this resource's routes, each behind {@code gate}. */
  void addTo(RoutesConfig routes, ApiGate gate);
}
