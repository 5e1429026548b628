package bench.twin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.UUID;

/**
 * One entity, never used: without any, Quarkus switches Hibernate ORM off, and the twin would be a
 * REST app without the ORM the services start.
 */
@Entity
public class Greeting extends PanacheEntityBase {

    @Id
    public UUID id;
}
