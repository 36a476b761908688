package dev.lit4j.adapters.node;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Qualifies the {@link java.net.http.HttpClient} the node transport uses, so that an application can
 * give its own (a proxy, an {@code SSLContext}) without touching other {@code HttpClient} bindings:
 * {@code OptionalBinder.newOptionalBinder(binder(), Key.get(HttpClient.class, NodeHttpClient.class))
 * .setBinding().toInstance(client)}.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface NodeHttpClient {}
