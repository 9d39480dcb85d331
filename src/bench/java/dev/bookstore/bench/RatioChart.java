package dev.bookstore.bench;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/**
 * A bar chart (XChart) of the charted ratios beside the targets for them, with the line at 1× where
 * a figure equals its baseline.
 */
final class RatioChart {

    private RatioChart() {
    }

    static void write(List<Figure> figures, Path png) throws IOException {
        List<Figure> charted = figures.stream().filter(figure -> figure.chartLabel() != null).toList();
        CategoryChart chart = new CategoryChartBuilder().width(1200).height(820)
                .title("Bookstore: each figure ÷ its baseline from the same run (1× = equal)")
                .yAxisTitle("ratio").build();
        CategoryStyler style = chart.getStyler();
        style.setLegendPosition(Styler.LegendPosition.InsideNW);
        style.setChartBackgroundColor(Color.WHITE);
        style.setSeriesColors(new Color[] {new Color(0x3b6ea5), new Color(0xe0a030)});
        style.setDecimalPattern("0.00");
        style.setXAxisLabelRotation(90);
        style.setPlotGridVerticalLinesVisible(false);
        style.setYAxisMin(0.0);
        style.setAvailableSpaceFill(0.6);
        style.setLabelsVisible(true);
        style.setLabelsPosition(0.95);
        List<String> labels = charted.stream().map(Figure::chartLabel).toList();
        chart.addSeries("measured", labels, charted.stream().map(Figure::ratio).toList());
        chart.addSeries("target (page views/s at least; sign-in, session at most)", labels,
                charted.stream().map(figure -> figure.target().isEmpty() ? null : figure.targetRatio()).toList());
        chart.addAnnotation(new AnnotationLine(1.0, false, false));
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
