package dev.knaller.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name a record component or an enum constant has on the wire, where the default does not fit.
 *
 * <p>Record components default to their name in snake_case ({@code memSizeMib} is {@code
 * mem_size_mib}); enum constants default to {@link Enum#name()}. Firecracker's {@code GET
 * /vm/config} uses kebab-case keys such as {@code boot-source}, and its enums use values such as
 * {@code InstanceStart} or {@code 2M}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface JsonName {
  /** The exact name on the wire. */
  String value();
}
