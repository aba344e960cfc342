package dev.crosscheck.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP by hand, over a socket, for what a polite client will not send: any Host header, a body that is
 * declared but not (yet) sent, chunked uploads. Reads one response: its status, headers and body.
 */
final class RawHttp {

    /**
     * A response; {@code status} -1 when none came within the timeout. {@code bodySent}: how many bytes of the
     * request body the server took before it answered and closed the connection.
     */
    record Response(int status, Map<String, String> headers, String body, long bodySent) {
    }

    private RawHttp() {
    }

    /**
     * Sends {@code head} (request line and headers, without the blank line) and {@code body}, then waits up
     * to {@code timeoutMillis} for the response.
     */
    static Response exchange(int port, String head, byte[] body, int timeoutMillis) {
        return exchange(port, head, body.length, 0, timeoutMillis);
    }

    /**
     * Sends {@code head} (request line and headers, without the blank line) and then, from another thread,
     * {@code bodyLength} bytes of {@code fill} while it waits up to {@code timeoutMillis} for the response.
     */
    static Response exchange(int port, String head, long bodyLength, int fill, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            AtomicLong sent = new AtomicLong();
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) fill);
                try {
                    while (sent.get() < bodyLength) {
                        int n = (int) Math.min(chunk.length, bodyLength - sent.get());
                        out.write(chunk, 0, n);
                        sent.addAndGet(n);
                    }
                    out.flush();
                } catch (IOException closedByServer) {
                    // the server answered and closed the connection: what the caller wants to know
                }
            });
            writer.start();
            Response response;
            try {
                response = read(socket.getInputStream());
            } catch (SocketTimeoutException e) {
                response = new Response(-1, Map.of(), "", 0);
            }
            socket.close();
            writer.join(timeoutMillis);
            return new Response(response.status(), response.headers(), response.body(), sent.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        try {
            while ((n = in.read(buffer)) >= 0) {
                bytes.write(buffer, 0, n);
                if (complete(bytes.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            if (bytes.size() == 0) {
                throw e;
            }
        } catch (IOException reset) {
            if (bytes.size() == 0) {
                throw reset;
            }
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        String[] lines = (split < 0 ? text : text.substring(0, split)).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
        }
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, split < 0 ? "" : text.substring(split + 4),
                0);
    }

    /** Headers and as much body as Content-Length says have arrived. */
    private static boolean complete(String text) {
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            return false;
        }
        for (String line : text.substring(0, split).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                int length = Integer.parseInt(line.substring(15).strip());
                return text.getBytes(StandardCharsets.UTF_8).length - split - 4 >= length;
            }
        }
        return false;
    }
}
