package nl.spreiding.local.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Whether a port can be listened on before the launcher hands it to a server. */
final class Ports {

    private Ports() {
    }

    /**
     * True when nothing listens on the port. Connections of an earlier run that linger in TIME_WAIT do not count:
     * the test binds with address reuse, as Quarkus (Vert.x), PostgreSQL and Kafka do when they listen, so a port
     * that only has TIME_WAIT connections is free for them.
     */
    static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
