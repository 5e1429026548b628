package org.leadershipimpact.testsupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

/**
 * Reads an OpenAPI document for the request fields a client could make as large as it liked: text
 * without maxLength (and without a format or enum that bounds it) and arrays without maxItems. Every
 * request field is bounded so that the document tells clients the limits the service enforces.
 */
public final class BoundedRequests {

    private BoundedRequests() {
    }

    /** The unbounded fields of the document the service under test serves (in a {@code @QuarkusTest}). */
    public static List<String> ofThisService() {
        return unboundedFields(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap(""));
    }

    /** "Schema.field" for each unbounded field of a JSON request body, from the document as a map (format=json). */
    public static List<String> unboundedFields(Map<String, Object> document) {
        Map<String, Object> schemas = map(map(document.get("components")).get("schemas"));
        List<String> unbounded = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object path : map(document.get("paths")).values()) {
            for (Object operation : map(path).values()) {
                Map<String, Object> json = map(map(map(map(operation).get("requestBody")).get("content")).get("application/json"));
                check(map(json.get("schema")), "body", schemas, seen, unbounded);
            }
        }
        return unbounded;
    }

    private static void check(Map<String, Object> schema, String field, Map<String, Object> schemas, Set<String> seen,
            List<String> unbounded) {
        if (schema.get("$ref") instanceof String ref) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            if (seen.add(name)) {
                map(map(schemas.get(name)).get("properties")).forEach((property, propertySchema) ->
                        check(map(propertySchema), name + "." + property, schemas, seen, unbounded));
            }
            return;
        }
        if (schema.get("allOf") instanceof Collection<?> parts) {
            parts.forEach(part -> check(map(part), field, schemas, seen, unbounded));
            return;
        }
        Object type = schema.get("type");
        if (isType(type, "array")) {
            if (schema.get("maxItems") == null) {
                unbounded.add(field + " (no maxItems)");
            }
            check(map(schema.get("items")), field + "[]", schemas, seen, unbounded);
        } else if (isType(type, "string") && schema.get("maxLength") == null && schema.get("format") == null
                && schema.get("enum") == null) {
            unbounded.add(field + " (no maxLength)");
        }
    }

    private static boolean isType(Object type, String name) {
        return name.equals(type) || type instanceof Collection<?> types && types.contains(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
