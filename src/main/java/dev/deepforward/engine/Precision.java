package dev.deepforward.engine;

/**
 * The number format a network computes in. Training uses {@link #FLOAT}; {@link #DOUBLE} exists so that
 * finite-difference gradient checks can reach a relative error of 1e-7 or better.
 */
public enum Precision {
    FLOAT,
    DOUBLE
}
