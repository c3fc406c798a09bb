package io.kubesim.scenarios.spec;

/**
 * A pass/fail criterion on one KPI's mean, such as {@code >= 0.99}.
 *
 * @param kpi the KPI's results-file name, e.g. {@code successRateDuringFault}
 * @param operator one of {@code >=}, {@code >}, {@code <=}, {@code <}, {@code ==}
 * @param value the bound (seconds for durations, fractions for percentages)
 * @param text the criterion as written
 */
public record Threshold(String kpi, String operator, double value, String text) {

  /** Whether {@code actual} meets the criterion; NaN (no data) never does. */
  public boolean passes(double actual) {
    if (Double.isNaN(actual)) {
      return false;
    }
    return switch (operator) {
      case ">=" -> actual >= value;
      case ">" -> actual > value;
      case "<=" -> actual <= value;
      case "<" -> actual < value;
      case "==" -> actual == value;
      default -> throw new IllegalStateException("operator " + operator);
    };
  }
}
