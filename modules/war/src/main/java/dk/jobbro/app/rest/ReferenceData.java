package dk.jobbro.app.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource whose answers are reference data about no person (the kommuner and regions): a client may keep
 * them for an hour instead of asking again. Every other answer is {@code no-store} ({@link CacheControlFilter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReferenceData {}
