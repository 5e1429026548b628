package org.leadershipimpact.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadershipimpact.evaluation.export.Dataset;
import org.leadershipimpact.evaluation.export.Exports;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.platform.security.Roles;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

@Path("/api/v1/evaluation/exports")
@Tag(name = "Analyst exports", description = "Whole datasets, streamed; participants appear only by pseudonym")
@SecurityRequirement(name = "bearer")
public class ExportResource {

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";
    private static final MediaType CSV_TYPE = MediaType.valueOf(CSV);
    private static final MediaType NDJSON_TYPE = MediaType.valueOf(NDJSON);

    @Inject
    Exports exports;

    @Inject
    Caller caller;

    @GET
    @Path("{dataset}")
    @Produces({CSV, NDJSON})
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.PROGRAMME_MANAGER})
    @Operation(summary = "Export a dataset", description = "CSV or NDJSON by the Accept header, streamed straight from the database. "
            + "Participants appear as participant_pseudonym: HMAC-SHA256 of their id under the deployment's secret, the same in every "
            + "export. No names, e-mails or free-text answers. Rows come in no particular order.")
    @APIResponse(responseCode = "200", description = "The rows, as they are read")
    @APIResponse(responseCode = "404", description = "No such dataset")
    public Response export(
            @PathParam("dataset") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"participants", "enrolments",
                    "attendance", "projects", "measures", "data-points", "benefits", "responses"})) String dataset,
            @QueryParam("system") @Parameter(description = "One system; default every system the caller acts for") String system,
            @QueryParam("programme") UUID programme,
            @QueryParam("cohort") UUID cohort,
            @QueryParam("from") @Parameter(description = "From this date (the dataset's own date: session, period, registration...)") LocalDate from,
            @QueryParam("to") @Parameter(description = "To this date, inclusive") LocalDate to,
            @Context HttpHeaders headers) {
        Dataset chosen = Dataset.byPath(dataset).orElseThrow(() -> ProblemException.notFound("Dataset", dataset)
                .with("datasets", Arrays.stream(Dataset.values()).map(Dataset::path).toList()));
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        // the client's most preferred of the two; CSV for */*
        boolean json = headers.getAcceptableMediaTypes().stream()
                .filter(m -> m.isCompatible(CSV_TYPE) || m.isCompatible(NDJSON_TYPE))
                .findFirst().map(m -> m.getSubtype().equals(NDJSON_TYPE.getSubtype())).orElse(false);
        Exports.Filter filter = new Exports.Filter(caller.listableSystems(system), programme, cohort, from, to);
        String name = chosen.path() + (json ? ".ndjson" : ".csv");
        return Response.ok(exports.stream(chosen, json ? Exports.Format.NDJSON : Exports.Format.CSV, filter), json ? NDJSON : CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
