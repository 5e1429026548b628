package org.leadershipimpact.platform.problem;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.leadershipimpact.platform.requests.RequestIds;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads query parameters (filters, dates, ids, limits). JAX-RS answers a query parameter it cannot
 * convert with 404, as if the resource were missing; here it is the client's mistake it is: a 400
 * problem naming the parameter and what it must be.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        QueryParam query = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(QueryParam.class::cast)
                .findFirst().orElse(null);
        if (query == null) {
            return null;
        }
        String name = query.value();
        if (rawType.isEnum()) {
            List<String> allowed = Arrays.stream(rawType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return converter(name, "must be one of " + allowed,
                    value -> (T) Enum.valueOf((Class) rawType, value.trim().toUpperCase(Locale.ROOT)));
        }
        if (rawType == UUID.class) {
            return converter(name, "must be an id (a UUID)", value -> (T) UUID.fromString(value.trim()));
        }
        if (rawType == LocalDate.class) {
            return converter(name, AcceptedDates.EXPECTATION, value -> (T) acceptedDate(value.trim()));
        }
        if (rawType == OffsetDateTime.class) {
            return converter(name, AcceptedDates.MOMENT_EXPECTATION, value -> (T) accepted(OffsetDateTime.parse(value.trim())));
        }
        if (rawType == Integer.class || rawType == int.class) {
            return converter(name, "must be a whole number", value -> (T) Integer.valueOf(value.trim()));
        }
        if (rawType == BigDecimal.class) {
            return converter(name, "must be a number", value -> (T) new BigDecimal(value.trim()));
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            // JAX-RS reads anything but "true" as false: a misspelt choice would pass unnoticed
            return converter(name, "must be true or false", value -> (T) strictBoolean(value.trim()));
        }
        return null;
    }

    private static Boolean strictBoolean(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException(value + " is not true or false");
    }

    private static LocalDate acceptedDate(String value) {
        return accepted(LocalDate.parse(value));
    }

    private static <D> D accepted(D date) {
        if (!AcceptedDates.accept(date)) {
            throw new IllegalArgumentException(date + " is out of range");
        }
        return date;
    }

    private static <T> ParamConverter<T> converter(String name, String expectation, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (RuntimeException unreadable) {
                    Problem problem = new Problem(Problem.type("validation"), "Invalid request", 400, name + ": " + expectation,
                            null, RequestIds.current(), List.of(new Problem.Violation(name, expectation)), null);
                    throw new BadRequestException(ProblemMappers.respond(problem));
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
