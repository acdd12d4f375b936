package dk.jobbro.api.shared.reference;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource whose answers are reference data about no person (the kommuner, the ministry areas): a client may
 * keep them privately for an hour instead of asking again. Every other answer is {@code no-store}. It lives in
 * {@code api} because resources in feature modules carry it; the war's response filter reads it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReferenceData {}
