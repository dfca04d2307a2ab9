package com.trendythreads.opsdesk.views.dashboard;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;

/// A small daily trend line under a figure: the line, a faint area below it, a dot on the latest day.
/// Scales to whatever room it gets; hidden when there are fewer than two points.
final class Sparkline extends Region {

    private final ObservableList<Double> points;
    private final Polyline line = new Polyline();
    private final Polygon area = new Polygon();
    private final Circle last = new Circle(2.5);

    Sparkline(ObservableList<Double> points) {
        this.points = points;
        getStyleClass().add("kpi-sparkline");
        line.setStrokeWidth(1.6);
        line.setFill(null);
        area.setStroke(null);
        getChildren().setAll(area, line, last);
        setMinHeight(18);
        setPrefHeight(36);
        setMaxWidth(Double.MAX_VALUE);
        points.addListener((ListChangeListener<Double>) c -> requestLayout());
        setColor(Color.web("#0969da"));
    }

    void setColor(Color c) {
        line.setStroke(c);
        last.setFill(c);
        area.setFill(c.deriveColor(0, 1, 1, 0.14));
    }

    @Override
    protected void layoutChildren() {
        List<Double> p = points.stream().map(v -> v == null ? 0.0 : v).toList();
        boolean show = p.size() >= 2;
        line.setVisible(show);
        area.setVisible(show);
        last.setVisible(show);
        if (!show) {
            return;
        }
        double w = getWidth() - 6;
        double h = getHeight() - 6;
        double min = p.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = p.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double span = max - min == 0 ? 1 : max - min;
        Double[] xy = new Double[p.size() * 2];
        for (int i = 0; i < p.size(); i++) {
            xy[2 * i] = 3 + w * i / (p.size() - 1);
            xy[2 * i + 1] = 3 + h - h * (p.get(i) - min) / span;
        }
        line.getPoints().setAll(xy);
        area.getPoints().setAll(xy);
        area.getPoints().addAll(3 + w, 3 + h, 3.0, 3 + h);
        last.setCenterX(xy[xy.length - 2]);
        last.setCenterY(xy[xy.length - 1]);
    }
}
