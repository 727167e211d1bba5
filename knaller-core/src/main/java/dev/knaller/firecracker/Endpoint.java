package dev.knaller.firecracker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The swagger method and path a client method calls; a test checks these against the yaml. {@code
 * inSwagger = false} marks the DELETE hot-unplug routes, which v1.16.1 serves but does not
 * document.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Endpoint {
  String method();

  String path();

  boolean inSwagger() default true;
}
