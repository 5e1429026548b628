package org.leadershipimpact.evaluation.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.leadershipimpact.evaluation.report.Vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the label of every code into the OpenAPI document, from the same {@link Vocabulary} the
 * report pages use: a field (or map key) that carries codes gets "Codes: CONSULTANT = Consultant; ...".
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class LabelledCodes implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().forEach((name, schema) -> {
                if (schema.getProperties() != null) {
                    schema.getProperties().forEach((property, field) -> label(field, vocabulary(name, property, field)));
                }
            });
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem path : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : path.getOperations().values()) {
                    Optional.ofNullable(operation.getParameters()).orElse(List.of()).forEach(LabelledCodes::label);
                }
            }
        }
    }

    private static void label(Parameter parameter) {
        Optional<Vocabulary> vocabulary = byEnumeration(parameter.getSchema());
        vocabulary.ifPresent(v -> parameter.setDescription(described(parameter.getDescription(), v)));
    }

    private static void label(Schema field, Optional<Vocabulary> vocabulary) {
        vocabulary.ifPresent(v -> field.setDescription(described(field.getDescription(), v)));
    }

    /** By the field's name (qualified by its schema where a name means different things), else by its enumeration. */
    private static Optional<Vocabulary> vocabulary(String schemaName, String property, Schema field) {
        return Arrays.stream(Vocabulary.values())
                .filter(v -> v.fields().contains(property) || v.fields().contains(schemaName + "." + property))
                .findFirst().or(() -> byEnumeration(field));
    }

    private static Optional<Vocabulary> byEnumeration(Schema schema) {
        if (schema == null || schema.getEnumeration() == null || schema.getEnumeration().isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = schema.getEnumeration().stream().map(Objects::toString).toList();
        return Arrays.stream(Vocabulary.values()).filter(v -> v.labels().keySet().containsAll(codes)).findFirst();
    }

    private static String described(String description, Vocabulary vocabulary) {
        String codes = vocabulary.labels().entrySet().stream().map(LabelledCodes::entry).collect(Collectors.joining("; "));
        return (description == null || description.isBlank() ? "" : description + ". ") + "Codes: " + codes + ".";
    }

    private static String entry(Map.Entry<String, String> code) {
        return code.getKey() + " = " + code.getValue();
    }
}
