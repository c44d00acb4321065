package org.convener.seats;

/** A constituency's cell in the hex cartogram, in odd-r offset coordinates (q column, r row). */
public record HexPosition(int q, int r) {}
