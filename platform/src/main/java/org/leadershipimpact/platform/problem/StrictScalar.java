package org.leadershipimpact.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

import java.io.IOException;

/**
 * Wraps the reading of every single value (text, number, id, enum, date) with what Jackson lets
 * through but the API must not: text holding NUL (PostgreSQL cannot store it, and Jackson trims it off
 * an enum's name), dates PostgreSQL cannot hold or given in another shape than "2026-01-31", and a
 * value that reads as nothing ({@code []} as a date).
 */
final class StrictScalar extends DelegatingDeserializer {

    StrictScalar(JsonDeserializer<?> delegatee) {
        super(delegatee);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegatee) {
        return new StrictScalar(delegatee);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        boolean text = parser.hasToken(JsonToken.VALUE_STRING);
        if (text && parser.getText().indexOf('\0') >= 0) {
            throw new InvalidValue(parser, InvalidValue.NUL);
        }
        if (AcceptedDates.isDate(handledType())) {
            return date(parser, context, text);
        }
        Object value = super.deserialize(parser, context);
        if (value == null) {
            throw new InvalidValue(parser, "has the wrong type or format");
        }
        return value;
    }

    private Object date(JsonParser parser, DeserializationContext context, boolean text) throws IOException {
        if (!text) {
            throw new InvalidValue(parser, AcceptedDates.EXPECTATION);
        }
        Object value;
        try {
            value = super.deserialize(parser, context);
        } catch (JsonMappingException unreadable) {
            throw new InvalidValue(parser, AcceptedDates.EXPECTATION);
        }
        if (value == null || !AcceptedDates.accept(value)) {
            throw new InvalidValue(parser, AcceptedDates.EXPECTATION);
        }
        return value;
    }
}
