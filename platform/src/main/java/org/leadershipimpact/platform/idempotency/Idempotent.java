package org.leadershipimpact.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method that creates something: a request carrying an {@code Idempotency-Key} header
 * is carried out once; a retry with the same key gets the first answer again and creates nothing.
 * The method must return a {@link jakarta.ws.rs.core.Response}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
