package dev.knaller.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The key a record component has on the wire, where snake_case of its name ({@code memSizeMib} is
 * {@code mem_size_mib}) does not fit. Records whose keys are all kebab-case implement {@link
 * KebabCaseKeys} instead (cheaper at start-up); enums name their wire values through {@link
 * JsonEnum}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface JsonName {
  /** The exact name on the wire. */
  String value();
}
