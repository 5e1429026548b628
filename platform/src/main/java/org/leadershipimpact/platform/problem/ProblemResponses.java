package org.leadershipimpact.platform.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import org.leadershipimpact.platform.requests.ParameterLimits;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents what every operation shares: its error answers, all as {@code application/problem+json}
 * (operations name only the errors special to them, 409, 412, 422..., and this fills in the rest), the
 * Idempotency-Key header of every POST and the If-Match header of every PUT. So the OpenAPI document
 * tells client generators the truth about every call.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                addCommonProblems(operation.getKey(), operation.getValue(), path.getKey().contains("{"));
                addContractHeaders(operation.getKey(), operation.getValue());
            }
        }
    }

    private static void addContractHeaders(PathItem.HttpMethod method, Operation operation) {
        if (method == PathItem.HttpMethod.POST) {
            operation.addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER)
                    .description("Makes the request safe to retry: a retry with the same key within 24 hours gets the first answer "
                            + "(with Idempotency-Replayed: true) and changes nothing")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(255)));
        }
        if (method == PathItem.HttpMethod.PUT && !hasParameter(operation, "If-Match")) {
            operation.addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER)
                    .description("The ETag you read; the write is refused with 412 if the record changed since")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }

    /** What the operation's body may be: JSON, and for the imports CSV too. */
    private static java.util.List<String> requestMediaTypes(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null
                || operation.getRequestBody().getContent().getMediaTypes().isEmpty()) {
            return java.util.List.of("application/json");
        }
        return java.util.List.copyOf(operation.getRequestBody().getContent().getMediaTypes().keySet());
    }

    private static boolean hasParameter(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> name.equalsIgnoreCase(p.getName()));
    }

    private static void addCommonProblems(PathItem.HttpMethod method, Operation operation, boolean namesARecord) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        Map<String, String> common = new LinkedHashMap<>();
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.GET) {
            common.put("400", "Invalid request: the problem's violations name the offending fields. Dates lie between "
                    + AcceptedDates.FIRST + " and " + AcceptedDates.LAST + ", text holds no NUL character, and a request has at most "
                    + ParameterLimits.MAX_QUERY_PARAMETERS + " query parameters, each given once");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            common.put("415", "The body is not declared as one of the operation's media types (Content-Type: "
                    + String.join(" or ", requestMediaTypes(operation)) + ")");
        }
        common.put("401", "No valid bearer token");
        common.put("403", "The token's roles do not allow this operation");
        if (namesARecord) {
            common.put("404", "No such record among the systems the token may act for");
        }
        common.put("500", "Unexpected failure; quote the problem's requestId");
        common.put("503", "The service cannot reach its database just now; try again after Retry-After seconds");
        common.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        });
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (isError(response.getKey()) && response.getValue().getContent() == null) {
                response.getValue().setContent(problemContent());
            }
        }
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static Content problemContent() {
        Schema problem = OASFactory.createSchema().ref(PROBLEM_REF);
        MediaType media = OASFactory.createMediaType().schema(problem);
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }
}
