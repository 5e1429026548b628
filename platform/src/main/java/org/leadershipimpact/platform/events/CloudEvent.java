package org.leadershipimpact.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 event in structured JSON mode: the envelope of every message on our topics.
 * {@code requestid} is an extension attribute carrying the X-Request-Id of the request that caused it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        String time,
        String datacontenttype,
        String requestid,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    public static final String TYPE_PREFIX = "org.leadershipimpact.";

    /** The event name without prefix and version: {@code ProgrammeCreated} for {@code org.leadershipimpact.programmes.ProgrammeCreated.v1}. */
    public String name() {
        int end = type.lastIndexOf(".v");
        String withoutVersion = end > 0 ? type.substring(0, end) : type;
        return withoutVersion.substring(withoutVersion.lastIndexOf('.') + 1);
    }
}
