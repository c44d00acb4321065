package org.convener.engine;

/**
 * The distribution of one party's seat total over the simulations.
 *
 * @param p05 5th percentile
 * @param p95 95th percentile
 */
public record SeatTotals(double mean, double median, double p05, double p95) {}
