package org.leadershipimpact.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right type that the API still refuses (text holding NUL, a date out of range,
 * a list too long). Its message is written for the client; Jackson adds the path to the field.
 */
public class InvalidValue extends MismatchedInputException {

    /** PostgreSQL can neither store nor compare text holding NUL; no client has a reason to send it. */
    public static final String NUL = "must not contain the NUL character";

    public InvalidValue(JsonParser parser, String reason) {
        super(parser, reason);
    }

    /** What is wrong with the value, for the problem's violation. */
    public String reason() {
        return getOriginalMessage();
    }
}
