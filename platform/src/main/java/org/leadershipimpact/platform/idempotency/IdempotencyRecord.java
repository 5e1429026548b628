package org.leadershipimpact.platform.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The first answer to a request made with an Idempotency-Key, kept for the retries. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    @Column(name = "caller")
    public String caller;

    @Id
    @Column(name = "idempotency_key")
    public String key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "status")
    public Integer status;

    @Column(name = "location")
    public String location;

    @Column(name = "body")
    public String body;

    /** The systems the first caller acted for ("*" for every system), space-separated: see {@link IdempotencyInterceptor}. */
    @Column(name = "caller_systems")
    public String callerSystems;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static class Key implements Serializable {
        public String caller;
        public String key;

        public Key() {
        }

        Key(String caller, String key) {
            this.caller = caller;
            this.key = key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(caller, that.caller) && Objects.equals(key, that.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, key);
        }
    }
}
