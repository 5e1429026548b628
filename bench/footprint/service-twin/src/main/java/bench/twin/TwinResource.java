package bench.twin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The twin's one endpoint: what a bare Quarkus REST app answers, for the warm-up load. */
@Path("/twin")
public class TwinResource {

    @GET
    public String hello() {
        return "twin";
    }
}
