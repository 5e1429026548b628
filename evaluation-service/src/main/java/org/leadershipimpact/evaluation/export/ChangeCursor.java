package org.leadershipimpact.evaluation.export;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an export left off: the PostgreSQL snapshot it read its rows in ({@code xmin:xmax:xip,...}),
 * handed to the client as an opaque base64url token. A later change export returns the rows whose
 * last change that snapshot did not see, so nothing committed in between is missed or returned twice,
 * whatever order the consumer's transactions committed in.
 */
public record ChangeCursor(String snapshot) {

    private static final Pattern SNAPSHOT = Pattern.compile("(\\d{1,18}):(\\d{1,18}):((?:\\d{1,18},)*\\d{1,18})?");

    /** The token a client sent, if it is one an export gave: the snapshot as PostgreSQL itself would accept it. */
    public static Optional<ChangeCursor> parse(String token) {
        String snapshot;
        try {
            snapshot = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Matcher parts = SNAPSHOT.matcher(snapshot);
        if (!parts.matches()) {
            return Optional.empty();
        }
        long xmin = Long.parseLong(parts.group(1));
        long xmax = Long.parseLong(parts.group(2));
        if (xmin == 0 || xmax < xmin) {
            return Optional.empty();
        }
        // PostgreSQL wants the transactions in progress in order, from xmin to before xmax
        long previous = xmin;
        for (String running : parts.group(3) == null ? new String[0] : parts.group(3).split(",")) {
            long xid = Long.parseLong(running);
            if (xid < previous || xid >= xmax) {
                return Optional.empty();
            }
            previous = xid;
        }
        return Optional.of(new ChangeCursor(snapshot));
    }

    public String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(snapshot.getBytes(StandardCharsets.US_ASCII));
    }
}
