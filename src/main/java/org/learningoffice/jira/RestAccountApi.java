package org.learningoffice.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code myself} and {@code mypermissions}. */
final class RestAccountApi implements AccountApi {
  private final JiraTransport transport;
  private final ServerInfoApi server;

  RestAccountApi(JiraTransport transport, ServerInfoApi server) {
    this.transport = transport;
    this.server = server;
  }

  @Override
  public JiraUser myself() {
    JsonNode me = transport.send(JiraCall.get(JiraCall.path(server.deployment(), "myself")));
    return JiraJson.user(me)
        .orElseThrow(() -> new IllegalStateException("Jira's myself answer names no user"));
  }

  @Override
  public MyPermissions permissions(Set<JiraPermission> permissions) {
    return send(permissionsCall(permissions), permissions);
  }

  @Override
  public MyPermissions permissions(String projectKey, Set<JiraPermission> permissions) {
    return send(permissionsCall(permissions).withQuery("projectKey", projectKey), permissions);
  }

  private JiraCall permissionsCall(Set<JiraPermission> permissions) {
    if (permissions.isEmpty()) {
      throw new IllegalArgumentException("ask for at least one permission");
    }
    String keys =
        permissions.stream().map(JiraPermission::name).sorted().collect(Collectors.joining(","));
    return JiraCall.get(JiraCall.path(server.deployment(), "mypermissions"))
        .withQuery("permissions", keys);
  }

  private MyPermissions send(JiraCall call, Set<JiraPermission> asked) {
    JsonNode granted = transport.send(call).path("permissions");
    Map<JiraPermission, Boolean> result = new EnumMap<>(JiraPermission.class);
    for (JiraPermission permission : asked) {
      result.put(permission, granted.path(permission.name()).path("havePermission").asBoolean());
    }
    return new MyPermissions(result);
  }
}
