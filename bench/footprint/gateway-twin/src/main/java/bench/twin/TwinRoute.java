package bench.twin;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The twin's one endpoint, a plain Vert.x route as the gateway's are (it has no Quarkus REST). */
@ApplicationScoped
public class TwinRoute {

    void route(@Observes Router router) {
        router.get("/twin").handler(context -> context.response().end("twin"));
    }
}
