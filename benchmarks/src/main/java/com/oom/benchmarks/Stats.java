package com.oom.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The arithmetic of the report: medians of runs and ratios to the floor. */
final class Stats {
  private Stats() {}

  /** The median; the mean of the two middle values for an even count; NaN when empty. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** {@code value / floor}, NaN when the floor is not positive or either is unknown. */
  static double ratio(double value, double floor) {
    return floor > 0 && !Double.isNaN(value) ? value / floor : Double.NaN;
  }
}
