package org.learningoffice.web;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Asks, before {@code serve} opens (and perhaps migrates) the store, whether the configured port is
 * free: a port another program holds is then reported with nothing else touched. The server binds
 * the port for good later; a program that takes it in between still gets the same error from {@link
 * WebServer#start()}.
 */
public final class PortProbe {
  private PortProbe() {}

  /**
   * Throws {@link PortInUseException} when {@code port} cannot be listened on; 0 is always free.
   */
  public static void requireFree(int port) {
    if (port == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(port));
    } catch (BindException e) {
      throw new PortInUseException(port, e);
    } catch (IOException e) {
      // anything else (no network yet, say) is left to the server's own bind
    }
  }
}
