package org.leadershipimpact.systemtests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.leadershipimpact.systemtests.ApiOperations.Operation;
import org.leadershipimpact.systemtests.RawHttp.Header;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One generated request, built up by {@link Probes} and bent by a {@link Hostility}: everything stays
 * editable until it is sent, and the body is either a JSON tree or, once a hostility needed to write
 * what no JSON library writes (a key twice, a lone surrogate), raw text.
 */
final class Probe {

    /** Who sends it, and the records of the system it does not act for, which no answer to it may show (null: the admin, who sees all). */
    record Caller(String name, String token, FuzzRecords hidden) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    final Operation operation;
    final Hostility hostility;
    String method;
    String path;
    final List<String[]> query = new ArrayList<>();
    final List<Header> headers = new ArrayList<>();
    Caller caller;
    JsonNode json;
    String text;
    boolean chunked;
    String contentType;
    /** Set when the hostility puts the other system's key or ids into the request on purpose. */
    String note = "";

    Probe(Operation operation, Hostility hostility) {
        this.operation = operation;
        this.hostility = hostility;
        this.method = operation.method();
    }

    boolean hasBody() {
        return json != null || text != null;
    }

    /** The body as it is sent; a tree is written by Jackson, which escapes control characters as JSON requires. */
    byte[] body() {
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body as text, for hostilities that edit it as text from here on. */
    String bodyText() {
        byte[] body = body();
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    String target() {
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.stream().map(q -> q[0] + "=" + q[1]).collect(Collectors.joining("&"));
    }

    List<Header> allHeaders() {
        List<Header> all = new ArrayList<>();
        if (caller != null && caller.token() != null) {
            all.add(new Header("Authorization", "Bearer " + caller.token()));
        }
        if (contentType != null) {
            all.add(new Header("Content-Type", contentType));
        }
        all.addAll(headers);
        return all;
    }

    /** A curl command that sends the same request, shortened where a value is huge. */
    String curl(String gateway) {
        StringBuilder curl = new StringBuilder("curl -i -X ").append(method).append(" '").append(gateway).append(shorten(target())).append('\'');
        for (Header header : allHeaders()) {
            String value = header.name().equals("Authorization") ? "Bearer $" + caller.name() : shorten(header.value());
            curl.append(" -H '").append(header.name()).append(": ").append(value).append('\'');
        }
        if (chunked) {
            curl.append(" -H 'Transfer-Encoding: chunked'");
        }
        if (hasBody()) {
            curl.append(" --data-binary '").append(shorten(bodyText()).replace("'", "'\\''")).append('\'');
        }
        return curl.toString();
    }

    private static String shorten(String value) {
        String visible = value.chars().mapToObj(c -> c < 0x20 || c == 0x7f ? String.format("\\x%02x", c) : String.valueOf((char) c))
                .collect(Collectors.joining());
        if (visible.length() <= 300) {
            return visible;
        }
        return visible.substring(0, 200) + "...(" + value.length() + " characters in all)..." + visible.substring(visible.length() - 60);
    }
}
