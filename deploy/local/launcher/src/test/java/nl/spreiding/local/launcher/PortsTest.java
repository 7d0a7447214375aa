package nl.spreiding.local.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void eenPoortMetAlleenVerbindingenInTimeWaitIsVrij() throws IOException {
        int port = portWithTimeWaitConnection();
        // Precondition: without address reuse the port is refused, as the launcher's old check refused it.
        assertThatThrownBy(() -> {
            try (ServerSocket zonderHergebruik = new ServerSocket()) {
                zonderHergebruik.setReuseAddress(false);
                zonderHergebruik.bind(new InetSocketAddress(port));
            }
        }).isInstanceOf(IOException.class);

        assertThat(Ports.free(port)).isTrue();
    }

    @Test
    void eenPoortWaaropIemandLuistertIsBezet() throws IOException {
        try (ServerSocket luisteraar = new ServerSocket(0)) {
            assertThat(Ports.free(luisteraar.getLocalPort())).isFalse();
        }
    }

    /** The server closes first, so its side of the connection (local port = the listening port) enters TIME_WAIT. */
    private static int portWithTimeWaitConnection() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            try (Socket accepted = server.accept()) {
                accepted.getOutputStream().write(1);
            }
            client.getInputStream().read();
            client.getInputStream().read();
            return server.getLocalPort();
        }
    }
}
