package org.leadershipimpact.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One OpenAPI 3 document from the services' own: their paths, and their components with no name
 * clash. A schema two services define alike (Problem, Page...) appears once; one they define
 * differently is renamed after its service ({@code ProjectsSummary}) in that service's part, and every
 * reference to it follows.
 */
final class OpenApiMerge {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] COMPONENT_KINDS = {"schemas", "responses", "parameters", "examples", "requestBodies", "headers",
            "securitySchemes", "links", "callbacks"};

    private OpenApiMerge() {
    }

    /** Merges {@code documents} (by service name, in a stable order) under the gateway's {@code info}. */
    static ObjectNode merge(Map<String, JsonNode> documents, String title, String version, String description) {
        ObjectNode merged = JSON.createObjectNode();
        merged.put("openapi", documents.values().stream().map(d -> d.path("openapi").asText(null))
                .filter(v -> v != null).findFirst().orElse("3.0.3"));
        ObjectNode info = merged.putObject("info").put("title", title).put("version", version).put("description", description);
        info.putObject("contact").put("name", "Leadership Impact Platform team").put("url", "https://leadershipimpact.org");
        // relative to wherever the gateway is reached
        merged.putArray("servers").addObject().put("url", "/").put("description", "This gateway");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = JSON.createObjectNode();
        Map<String, ObjectNode> tags = new LinkedHashMap<>();
        ArrayNode security = null;
        // first pass: which component names clash between services
        Map<String, Map<String, JsonNode>> seen = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> document : documents.entrySet()) {
            for (String kind : COMPONENT_KINDS) {
                document.getValue().path("components").path(kind).fields().forEachRemaining(c ->
                        seen.computeIfAbsent(kind + "/" + c.getKey(), k -> new LinkedHashMap<>()).put(document.getKey(), c.getValue()));
            }
        }
        for (Map.Entry<String, JsonNode> document : documents.entrySet()) {
            String service = document.getKey();
            Map<String, String> renames = new LinkedHashMap<>();
            seen.forEach((key, definitions) -> {
                if (definitions.containsKey(service) && definitions.values().stream().distinct().count() > 1) {
                    String kind = key.substring(0, key.indexOf('/'));
                    String name = key.substring(key.indexOf('/') + 1);
                    renames.put("#/components/" + kind + "/" + name, "#/components/" + kind + "/" + prefix(service) + name);
                }
            });
            JsonNode doc = renameRefs(document.getValue().deepCopy(), renames);
            doc.path("paths").fields().forEachRemaining(p -> {
                if (paths.has(p.getKey())) {
                    throw new IllegalStateException("Two services claim the path " + p.getKey());
                }
                paths.set(p.getKey(), p.getValue());
            });
            for (String kind : COMPONENT_KINDS) {
                doc.path("components").path(kind).fields().forEachRemaining(c -> {
                    String ref = "#/components/" + kind + "/" + c.getKey();
                    String name = renames.containsKey(ref) ? renames.get(ref).substring(("#/components/" + kind + "/").length()) : c.getKey();
                    ObjectNode ofKind = components.has(kind) ? (ObjectNode) components.get(kind) : components.putObject(kind);
                    ofKind.set(name, c.getValue());
                });
            }
            for (JsonNode tag : doc.path("tags")) {
                tags.putIfAbsent(tag.path("name").asText(), (ObjectNode) tag);
            }
            if (security == null && doc.has("security")) {
                security = (ArrayNode) doc.get("security");
            }
        }
        if (!tags.isEmpty()) {
            merged.putArray("tags").addAll(tags.values());
        }
        if (security != null) {
            merged.set("security", security);
        }
        merged.set("components", components);
        return merged;
    }

    private static String prefix(String service) {
        return service.substring(0, 1).toUpperCase(Locale.ROOT) + service.substring(1);
    }

    private static JsonNode renameRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return node;
        }
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("$ref") && field.getValue().isTextual() && renames.containsKey(field.getValue().asText())) {
                    field.setValue(TextNode.valueOf(renames.get(field.getValue().asText())));
                } else {
                    renameRefs(field.getValue(), renames);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> renameRefs(element, renames));
        }
        return node;
    }
}
