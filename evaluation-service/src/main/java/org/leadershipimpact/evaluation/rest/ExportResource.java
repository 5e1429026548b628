package org.leadershipimpact.evaluation.rest;

import io.vertx.ext.web.RoutingContext;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadershipimpact.evaluation.export.ChangeCursor;
import org.leadershipimpact.evaluation.export.ChangesSince;
import org.leadershipimpact.evaluation.export.Dataset;
import org.leadershipimpact.evaluation.export.Exports;
import org.leadershipimpact.platform.problem.ProblemException;
import org.leadershipimpact.platform.security.Caller;
import org.leadershipimpact.platform.security.Roles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
    private static final String CHANGE_CURSOR = "Change-Cursor";
    private static final String CURSOR_EXAMPLE = "NzkwNDo3OTA2Ojc5MDQ";

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
            + "export. No names, e-mails or free-text answers. Rows come in no particular order.\n\n"
            + "Change feeds: every export answers with a Change-Cursor header. Sent back as cursor, the next export returns only "
            + "the rows created, changed or withdrawn since, with one more column, change: CREATED_OR_CHANGED (the row as it is now) "
            + "or WITHDRAWN (the record was withdrawn or deleted; a deleted row has only its key and filters' columns). For example "
            + "GET /api/v1/evaluation/exports/benefits?cursor=" + CURSOR_EXAMPLE + " answers\n\n"
            + "benefit_id,project_id,system_code,...,derivation_status,change\n"
            + "0190b3a2-...,0190b3a1-...,SURREY,...,,CREATED_OR_CHANGED\n"
            + "0190b3a4-...,0190b3a1-...,SURREY,...,,WITHDRAWN\n\n"
            + "and a new Change-Cursor for the next pull. A cursor never misses a change, however the service's transactions "
            + "interleave; a row comes again only when written again. changedSince is the first pull: the rows changed by "
            + "transactions that began at or after it.")
    @APIResponse(responseCode = "200", description = "The rows, as they are read", headers = @Header(name = CHANGE_CURSOR,
            description = "Where this export leaves off: send it back as cursor for the rows changed since",
            schema = @Schema(type = SchemaType.STRING, example = CURSOR_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed date, cursor or changedSince, named in violations")
    @APIResponse(responseCode = "404", description = "No such dataset")
    public Response export(
            @PathParam("dataset") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"participants", "enrolments",
                    "attendance", "projects", "measures", "data-points", "benefits", "responses"})) String dataset,
            @QueryParam("system") @Parameter(description = "One system; default every system the caller acts for") String system,
            @QueryParam("programme") UUID programme,
            @QueryParam("cohort") UUID cohort,
            @QueryParam("from") @Parameter(description = "From this date (the dataset's own date: session, period, registration...)") LocalDate from,
            @QueryParam("to") @Parameter(description = "To this date, inclusive") LocalDate to,
            @QueryParam("cursor") @Parameter(description = "The Change-Cursor a previous export of this dataset answered with: "
                    + "only the rows created, changed or withdrawn since, each with a change column",
                    example = CURSOR_EXAMPLE) String cursor,
            @QueryParam("changedSince") @Parameter(description = "For a first pull, instead of cursor: only the rows created, changed "
                    + "or withdrawn by transactions that began at or after this time (ISO 8601 with an offset)",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time", example = "2026-12-07T00:00:00Z")) OffsetDateTime changedSince,
            @Context HttpHeaders headers, @Context RoutingContext request) {
        Dataset chosen = Dataset.byPath(dataset).orElseThrow(() -> ProblemException.notFound("Dataset", dataset)
                .with("datasets", Arrays.stream(Dataset.values()).map(Dataset::path).toList()));
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        // the client's most preferred of the two; CSV for */*
        boolean json = headers.getAcceptableMediaTypes().stream()
                .filter(m -> m.isCompatible(CSV_TYPE) || m.isCompatible(NDJSON_TYPE))
                .findFirst().map(m -> m.getSubtype().equals(NDJSON_TYPE.getSubtype())).orElse(false);
        ChangesSince since = changesSince(cursor, changedSince);
        Exports.Filter filter = new Exports.Filter(caller.listableSystems(system), programme, cohort, from, to);
        String name = chosen.path() + (json ? ".ndjson" : ".csv");
        Exports.Export export = exports.open(chosen, json ? Exports.Format.NDJSON : Exports.Format.CSV, filter, since);
        request.addEndHandler(ended -> export.abandon());
        return Response.ok(export.rows(), json ? NDJSON : CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header(CHANGE_CURSOR, export.cursor().token())
                .build();
    }

    private static ChangesSince changesSince(String cursor, OffsetDateTime changedSince) {
        if (cursor != null && changedSince != null) {
            throw ProblemException.invalid("changedSince", "give either cursor or changedSince, not both");
        }
        if (cursor != null) {
            return ChangesSince.cursor(ChangeCursor.parse(cursor).orElseThrow(() ->
                    ProblemException.invalid("cursor", "is not a Change-Cursor an export answered with")));
        }
        return changedSince == null ? null : ChangesSince.time(changedSince.toInstant());
    }
}
