/**
 * Checks the claims of lessons on the real engine: trains every step that makes claims (headless, with
 * the claim's length and seeds), measures each quantity as {@link dev.deepforward.lesson.Metric} defines
 * it and compares. {@link dev.deepforward.claims.ClaimChecker} is the entry point.
 *
 * <p>This package sits between {@code lesson} and {@code engine}, which must not know each other; it may
 * use spec, data, lesson, engine and engine.run, never ui, cli or JavaFX.
 */
package dev.deepforward.claims;
