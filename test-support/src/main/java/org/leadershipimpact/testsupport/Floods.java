package org.leadershipimpact.testsupport;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Requests a careless or hostile client sends to make a service work without end, and how long a test waits for the refusal. */
public final class Floods {

    /**
     * A deadline, not a timing assertion: a service that stalls on a flood fails the test here instead
     * of hanging the build.
     */
    public static final RestAssuredConfig TWENTY_SECONDS = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.socket.timeout", 20_000).setParam("http.connection.timeout", 20_000));

    private Floods() {
    }

    /** {@code [{}, {}, ...]}: {@code items} empty objects, about 3 bytes each. */
    public static String emptyObjects(int items) {
        return IntStream.range(0, items).mapToObj(i -> "{}").collect(Collectors.joining(",", "[", "]"));
    }
}
