package com.oom.handlers.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plain TCP proxy between the SDK clients and moto that a test can cut: {@link #stop()} resets
 * every open connection and every new one (the emulator gone), {@link #stopBeforeNextResponse()}
 * lets the request in flight reach moto and be executed but resets the connection instead of
 * relaying its answer (the emulator gone between doing the work and answering), {@link #restart()}
 * lets connections through again. moto keeps its state in memory, so stopping the real process
 * would lose every table and queue; cutting the link in front of it is what the clients see of an
 * emulator that stopped and came back.
 */
final class CuttableProxy implements AutoCloseable {
  private final ServerSocket server;
  private final URI target;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean down;
  private volatile boolean loseNextResponse;

  CuttableProxy(URI target) throws IOException {
    this.target = target;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "cuttable-proxy-" + server.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  /** Every connection is reset from now on, the open ones at once. */
  void stop() {
    down = true;
    open.forEach(CuttableProxy::reset);
  }

  /** The next answer from moto is not relayed: the link goes down as it arrives. */
  void stopBeforeNextResponse() {
    loseNextResponse = true;
  }

  void restart() {
    loseNextResponse = false;
    down = false;
  }

  boolean isDown() {
    return down;
  }

  @Override
  public void close() throws IOException {
    stop();
    server.close();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        if (down) {
          reset(client);
          continue;
        }
        Socket upstream = new Socket(target.getHost(), target.getPort());
        // Relayed in pieces over kept-alive connections: Nagle's algorithm would hold each
        // piece back for the other side's delayed acknowledgement.
        client.setTcpNoDelay(true);
        upstream.setTcpNoDelay(true);
        open.add(client);
        open.add(upstream);
        pump(client, upstream, false);
        pump(upstream, client, true);
      } catch (IOException closedOrRefused) {
        // the listening socket closed, or moto refused: the client sees a reset
      }
    }
  }

  private void pump(Socket from, Socket to, boolean answers) {
    Thread pump =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  if (answers && loseNextResponse) {
                    loseNextResponse = false;
                    stop();
                  }
                  if (down) {
                    break;
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException cut) {
                // one side went away
              } finally {
                reset(from);
                reset(to);
                open.remove(from);
                open.remove(to);
              }
            },
            "cuttable-proxy-pump");
    pump.setDaemon(true);
    pump.start();
  }

  private static void reset(Socket socket) {
    try {
      socket.setSoLinger(true, 0);
      socket.close();
    } catch (IOException alreadyClosed) {
      // nothing left to reset
    }
  }
}
