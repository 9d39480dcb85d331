package dev.bookstore.bench;

import java.util.List;
import java.util.Locale;

/** The figures as a table: aligned text for the console, Markdown for docs/PERFORMANCE.md. */
final class ResultsTable {

    private static final String[] HEADER = {"group", "measure", "value", "baseline (same run)", "baseline value", "ratio", "target", ""};

    private ResultsTable() {
    }

    static String text(List<Figure> figures) {
        List<String[]> rows = rows(figures);
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                table.append(String.format("%-" + (widths[column] + 2) + "s", row[column]));
            }
            table.append('\n');
        }
        return table.toString();
    }

    static String markdown(List<Figure> figures) {
        List<String[]> rows = rows(figures);
        StringBuilder table = new StringBuilder();
        for (int index = 0; index < rows.size(); index++) {
            table.append("| ").append(String.join(" | ", rows.get(index))).append(" |\n");
            if (index == 0) {
                table.append("|---|---|--:|---|--:|--:|---|---|\n");
            }
        }
        return table.toString();
    }

    private static List<String[]> rows(List<Figure> figures) {
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(HEADER);
        for (Figure figure : figures) {
            Boolean met = figure.met();
            rows.add(new String[] {figure.group(), figure.measure(), number(figure.value()) + " " + figure.unit(),
                    figure.baselineName(), number(figure.baseline()) + " " + figure.unit(),
                    String.format(Locale.ROOT, "%.2f×", figure.ratio()), figure.target().isEmpty() ? "" : figure.target() + "×",
                    met == null ? "" : met ? "met" : "NOT met"});
        }
        return rows;
    }

    static String number(double value) {
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 || value == Math.rint(value) ? "%,.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
