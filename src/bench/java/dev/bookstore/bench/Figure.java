package dev.bookstore.bench;

/**
 * One line of the results: a measured value, the baseline it is compared with (measured in the same run,
 * or a budget), their ratio, and the target for that ratio when there is one.
 *
 * @param chartLabel short name for the chart, or null to leave the figure out of it
 * @param target     e.g. "≥ 0.6", "≤ 2", "= 0"; empty when the issue sets none
 */
record Figure(String group, String measure, double value, String unit, String baselineName, double baseline,
              double ratio, String target, String chartLabel) {

    static Figure of(String group, String measure, double value, String unit, String baselineName, double baseline) {
        return new Figure(group, measure, value, unit, baselineName, baseline, value / baseline, "", null);
    }

    Figure withTarget(String target) {
        return new Figure(group, measure, value, unit, baselineName, baseline, ratio, target, chartLabel);
    }

    Figure charted(String label) {
        return new Figure(group, measure, value, unit, baselineName, baseline, ratio, target, label);
    }

    /** The ratio the target names, or 0 when there is none. */
    double targetRatio() {
        return target.isEmpty() ? 0 : Double.parseDouble(target.substring(2).trim());
    }

    /** Whether the ratio meets the target; null when there is none. */
    Boolean met() {
        if (target.isEmpty()) {
            return null;
        }
        double bound = targetRatio();
        return switch (target.substring(0, 1)) {
            case "≥" -> ratio >= bound;
            case "≤" -> ratio <= bound;
            default -> ratio == bound;
        };
    }
}
