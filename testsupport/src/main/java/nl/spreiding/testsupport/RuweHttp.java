package nl.spreiding.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request byte for byte over a socket, for requests that an HTTP client refuses to build (a malformed
 * percent-encoding, a 5,000-character URI, 30 kB of headers), and reads the answer.
 */
public final class RuweHttp {

    /** Status, headers (lower-case names) and body of one answer. */
    public record Antwoord(int status, Map<String, String> headers, String body) {

        public String header(String naam) {
            return headers.get(naam.toLowerCase(Locale.ROOT));
        }
    }

    private RuweHttp() {
    }

    public static Antwoord get(int port, String target, Map<String, String> extraHeaders) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nConnection: close\r\n");
            extraHeaders.forEach((naam, waarde) -> request.append(naam).append(": ").append(waarde).append("\r\n"));
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return lees(socket.getInputStream());
        }
    }

    /**
     * Announces a JSON body of {@code contentLength} bytes without sending it, as a client does that waits for
     * {@code 100 Continue}: the answer to the announcement alone.
     */
    public static Antwoord kondigBodyAan(int port, String target, long contentLength) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String request = "POST " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: " + contentLength
                    + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return lees(socket.getInputStream());
        }
    }

    private static Antwoord lees(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            byte[] bytes = head.toByteArray();
            int n = bytes.length;
            if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n') {
                break;
            }
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        String body;
        if (headers.containsKey("content-length")) {
            body = new String(in.readNBytes(Integer.parseInt(headers.get("content-length"))), StandardCharsets.UTF_8);
        } else {
            ByteArrayOutputStream rest = new ByteArrayOutputStream();
            in.transferTo(rest);
            body = rest.toString(StandardCharsets.UTF_8);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunk(body);
            }
        }
        return new Antwoord(status, headers, body);
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int position = 0;
        while (position < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", position);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(chunked.substring(position, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
            position = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }
}
