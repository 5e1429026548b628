package org.leadershipimpact.testsupport;

import io.restassured.specification.RequestSpecification;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;

/**
 * docs/SECURITY.md's role × operation table, held to the code and walked against a running service:
 * every operation the service has is in the table with exactly the roles its @RolesAllowed names,
 * and calling it as each role is refused (403) exactly where the table says so.
 */
public final class RoleTable {

    public static final List<String> ROLES = List.of("admin", "programme-manager", "project-lead", "analyst", "integrator");
    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "GET", POST.class, "POST", PUT.class, "PUT",
            DELETE.class, "DELETE", PATCH.class, "PATCH");

    public record Row(String method, String path, Set<String> allowed) {
    }

    private RoleTable() {
    }

    /** The table's rows for {@code service}, by "METHOD path". */
    public static Map<String, Row> documented(String service) {
        Map<String, Row> rows = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(java.nio.file.Path.of("../docs/SECURITY.md"))) {
                String[] cells = line.split("\\|");
                if (cells.length < 9 || !cells[1].trim().equals(service)) {
                    continue;
                }
                Set<String> allowed = new TreeSet<>();
                for (int i = 0; i < ROLES.size(); i++) {
                    if (cells[4 + i].trim().equals("✔")) {
                        allowed.add(ROLES.get(i));
                    }
                }
                Row row = new Row(cells[2].trim(), cells[3].trim().replace("`", ""), allowed);
                rows.put(row.method() + " " + row.path(), row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The service's operations as its resource classes (all of {@code restPackage}) declare them. */
    public static Map<String, Row> inCode(String restPackage) {
        Map<String, Row> rows = new TreeMap<>();
        resources(restPackage).forEach(resource -> rows.putAll(operations(resource)));
        return rows;
    }

    /** The resource classes of {@code restPackage}, as compiled. */
    public static List<Class<?>> resources(String restPackage) {
        List<Class<?>> resources = new ArrayList<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes", restPackage.split("\\."));
        try (Stream<java.nio.file.Path> files = Files.list(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.getFileName().toString().endsWith("Resource.class")).toList()) {
                String name = file.getFileName().toString();
                resources.add(Class.forName(restPackage + "." + name.substring(0, name.length() - ".class".length())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return resources;
    }

    /**
     * The operations of {@code restPackage} marked {@code @Idempotent} that do not answer a Response: a
     * retry with the same Idempotency-Key replays a stored Response, which such a method cannot return.
     */
    public static List<String> idempotentNotAnsweringResponse(String restPackage) {
        List<String> wrong = new ArrayList<>();
        for (Class<?> resource : resources(restPackage)) {
            for (Method method : resource.getDeclaredMethods()) {
                if (Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().getSimpleName().equals("Idempotent"))
                        && !method.getReturnType().getName().equals("jakarta.ws.rs.core.Response")) {
                    wrong.add(resource.getSimpleName() + "." + method.getName() + " answers " + method.getReturnType().getSimpleName());
                }
            }
        }
        return wrong;
    }

    private static Map<String, Row> operations(Class<?> resource) {
        Map<String, Row> rows = new TreeMap<>();
        String base = resource.getAnnotation(Path.class).value();
        RolesAllowed classRoles = resource.getAnnotation(RolesAllowed.class);
        for (Method method : resource.getDeclaredMethods()) {
            String verb = VERBS.entrySet().stream().filter(v -> method.isAnnotationPresent(v.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            Produces produces = method.getAnnotation(Produces.class);
            if (verb == null || (produces != null && Arrays.asList(produces.value()).equals(List.of("text/html")))) {
                continue; // not an operation, or the HTML twin of a JSON one (same roles, held by the same check)
            }
            Path path = method.getAnnotation(Path.class);
            RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class) : classRoles;
            Row row = new Row(verb, base + (path == null ? "" : "/" + path.value()),
                    roles == null ? Set.of() : new TreeSet<>(Arrays.asList(roles.value())));
            rows.put(row.method() + " " + row.path(), row);
        }
        return rows;
    }

    /**
     * Calls every documented operation as every role, with a token acting for {@code system}: a role
     * the table refuses must get 403; a role it allows must get past security (any answer but 401/403).
     */
    public static List<String> walk(String service, String system) {
        List<String> wrong = new ArrayList<>();
        for (Row row : documented(service).values()) {
            String path = row.path().replace("{code}", system).replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
            for (String role : ROLES) {
                RequestSpecification request = given().header("Authorization", TestTokens.bearer(role, system));
                if (!row.method().equals("GET")) {
                    request = request.contentType("application/json").body("{}");
                }
                int status = request.request(row.method(), path).statusCode();
                boolean allowed = row.allowed().contains(role);
                if (allowed ? status == 401 || status == 403 : status != 403) {
                    wrong.add(row.method() + " " + row.path() + " as " + role + ": " + status + (allowed ? ", but the table allows it" : ", but the table refuses it"));
                }
            }
        }
        return wrong;
    }
}
