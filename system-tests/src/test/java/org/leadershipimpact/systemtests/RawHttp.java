package org.leadershipimpact.systemtests;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one connection per request. A fuzzer has to send what well-behaved
 * clients refuse to: NUL and bad percent-escapes in the request target, control characters and 100 KB
 * values in headers, a non-numeric Content-Length, a body declared chunked. java.net.http and REST
 * Assured check all of these before anything leaves the machine, so they cannot be used here.
 */
final class RawHttp {

    /** A header as sent, byte for byte (ISO-8859-1), however malformed. */
    record Header(String name, String value) {
    }

    /** What came back: status 0 when no answer came within the patience (a stall) or the connection broke. */
    record Answer(int status, Map<String, String> headers, byte[] body, String failure) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        static Answer none(String why) {
            return new Answer(0, Map.of(), new byte[0], why);
        }
    }

    private static final int MAX_ANSWER = 64 * 1024 * 1024;
    private final String host;
    private final int port;
    private final Duration patience;

    RawHttp(String host, int port, Duration patience) {
        this.host = host;
        this.port = port;
        this.patience = patience;
    }

    /** {@code target} goes on the request line as it is; {@code chunked} sends the body with no declared length. */
    Answer exchange(String method, String target, List<Header> headers, byte[] body, boolean chunked) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout((int) patience.toMillis());
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            write(head, method + " " + target + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n");
            for (Header header : headers) {
                write(head, header.name() + ": " + header.value() + "\r\n");
            }
            boolean declaresLength = headers.stream().anyMatch(h -> h.name().equalsIgnoreCase("Content-Length"));
            if (body != null && chunked) {
                write(head, "Transfer-Encoding: chunked\r\n");
            } else if (body != null && !declaresLength) {
                write(head, "Content-Length: " + body.length + "\r\n");
            }
            write(head, "\r\n");
            try {
                out.write(head.toByteArray());
                writeBody(out, body, chunked);
                out.flush();
            } catch (IOException e) {
                // a server may answer (a 413, a 431) and close before the whole request is sent: its answer is still to be read
                if (!socket.isClosed()) {
                    socket.shutdownOutput();
                }
            }
            return read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            return Answer.none("no answer within " + patience.toSeconds() + " s");
        } catch (IOException e) {
            return Answer.none("connection failed: " + e.getMessage());
        } catch (RuntimeException e) {
            return Answer.none("an answer that is not HTTP: " + e);
        }
    }

    private static void writeBody(OutputStream out, byte[] body, boolean chunked) throws IOException {
        if (body != null && chunked) {
            for (int at = 0; at < body.length; at += 64 * 1024) {
                int size = Math.min(64 * 1024, body.length - at);
                write(out, Integer.toHexString(size) + "\r\n");
                out.write(body, at, size);
                write(out, "\r\n");
            }
            write(out, "0\r\n\r\n");
        } else if (body != null) {
            out.write(body);
        }
    }

    private static Answer read(InputStream raw) throws IOException {
        InputStream in = new BufferedInputStream(raw);
        String statusLine = line(in);
        if (statusLine == null) {
            return Answer.none("connection closed without an answer");
        }
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunks(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Math.min(MAX_ANSWER, Integer.parseInt(headers.get("content-length"))));
        } else {
            body = in.readNBytes(MAX_ANSWER);
        }
        return new Answer(status, headers, body, null);
    }

    private static byte[] chunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String size = line(in); size != null; size = line(in)) {
            int length = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (length == 0) {
                break;
            }
            body.write(in.readNBytes(length));
            line(in);
            if (body.size() > MAX_ANSWER) {
                break;
            }
        }
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
