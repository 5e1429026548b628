package org.leadershipimpact.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The operations of the gateway's merged OpenAPI document, with every {@code $ref} resolved, so that
 * requests can be generated from their schemas alone.
 */
final class ApiOperations {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    record Operation(String method, String path, List<Parameter> parameters, JsonNode body, String bodyType) {

        String name() {
            return method + " " + path;
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean creates() {
            return method.equals("POST") && body != null && !path.endsWith("}") && !path.endsWith("withdrawal");
        }
    }

    private final JsonNode document;

    private ApiOperations(JsonNode document) {
        this.document = document;
    }

    static List<Operation> read(String json) throws IOException {
        return new ApiOperations(new ObjectMapper().readTree(json)).operations();
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(operation(method.toUpperCase(Locale.ROOT), path.getKey(), operation));
                }
            }
        }
        return operations;
    }

    private Operation operation(String method, String path, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            parameters.add(new Parameter(parameter.get("name").asText(), parameter.get("in").asText(),
                    parameter.path("required").asBoolean(false), resolve(parameter.path("schema"))));
        }
        JsonNode content = operation.path("requestBody").path("content");
        String bodyType = content.has("application/json") ? "application/json" : content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        JsonNode body = bodyType == null ? null : resolve(content.path(bodyType).path("schema"));
        return new Operation(method, path, parameters, body, bodyType);
    }

    /** The schema with every reference replaced by what it names; a reference's siblings (a description, examples) are kept. */
    JsonNode resolve(JsonNode schema) {
        if (schema == null || !schema.isObject()) {
            return schema;
        }
        ObjectNode resolved = ((ObjectNode) schema).deepCopy();
        if (resolved.has("$ref")) {
            JsonNode target = document.at(resolved.remove("$ref").asText().substring(1));
            ObjectNode merged = ((ObjectNode) resolve(target)).deepCopy();
            merged.setAll(resolved);
            resolved = merged;
        }
        if (resolved.has("allOf")) {
            ObjectNode merged = resolved.objectNode();
            for (JsonNode part : resolved.remove("allOf")) {
                merged.setAll((ObjectNode) resolve(part));
            }
            merged.setAll(resolved);
            resolved = merged;
        }
        if (resolved.has("items")) {
            resolved.set("items", resolve(resolved.get("items")));
        }
        if (resolved.has("properties")) {
            ObjectNode properties = resolved.objectNode();
            resolved.get("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), resolve(p.getValue())));
            resolved.set("properties", properties);
        }
        return resolved;
    }
}
