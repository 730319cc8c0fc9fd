#include "chartbuilders.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QPieSeries>
#include <QValueAxis>

#include <cmath>

namespace FeedbackKitDemo {

namespace {
void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QAbstractBarSeries *newSeries(BarDirection direction)
{
    if (direction == BarDirection::Rows)
        return new QHorizontalBarSeries;
    return new QBarSeries;
}

QAbstractAxis *newCategoryAxis(const QList<Bar> &bars, BarDirection direction)
{
    auto *axis = new QBarCategoryAxis;
    for (const Bar &bar : bars)
        axis->append(bar.label);
    if (direction == BarDirection::Columns) {
        // Smaller than the titles', so that the short names fit under narrow columns.
        QFont labelFont = axis->labelsFont();
        labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
        axis->setLabelsFont(labelFont);
    }
    return axis;
}

QAbstractAxis *newCountAxis(double highest)
{
    auto *axis = new QValueAxis;
    // Counts are whole numbers: ticks at whole steps, and room beyond the highest bar. A chart
    // that localizes numbers (localizeChart()) writes labels with its locale but understands
    // only formats with a precision ("%d" would leave the labels empty).
    axis->setRange(0, qMax(2.0, highest + 1));
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickInterval(qMax(1.0, std::ceil((highest + 1) / 5)));
    return axis;
}

// Rows start at the reading side: in a right-to-left layout the names stand on the right and
// the bars grow to the left.
void addAxes(QChart *chart, QAbstractBarSeries *series, QAbstractAxis *categories,
             QAbstractAxis *counts, BarDirection direction)
{
    const bool rightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    Qt::Alignment categorySide = Qt::AlignBottom;
    Qt::Alignment countSide = Qt::AlignLeft;
    if (direction == BarDirection::Rows) {
        categorySide = rightToLeft ? Qt::AlignRight : Qt::AlignLeft;
        countSide = Qt::AlignBottom;
        counts->setReverse(rightToLeft);
    }
    chart->addAxis(categories, categorySide);
    chart->addAxis(counts, countSide);
    series->attachAxis(categories);
    series->attachAxis(counts);
}
} // namespace

void localizeChart(QChart *chart)
{
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
}

void setPie(QChart *chart, const QList<Bar> &slices)
{
    clearChart(chart);
    auto *series = new QPieSeries;
    // The slices' labels sit outside the pie and are elided at the chart's edge: a smaller pie
    // leaves room for the longest ("Not helpful: 37" in Arabic at the window's default size).
    series->setPieSize(0.55);
    series->setHoleSize(0.3);
    for (const Bar &slice : slices) {
        if (slice.value <= 0)
            continue;
        QPieSlice *pieSlice = series->append(
            QStringLiteral("%1: %2").arg(slice.label, chart->locale().toString(slice.value)),
            slice.value);
        pieSlice->setLabelVisible(true);
    }
    chart->addSeries(series);
}

void setBars(QChart *chart, const QList<Bar> &bars, BarDirection direction)
{
    clearChart(chart);
    auto *set = new QBarSet(QString());
    double highest = 0;
    for (const Bar &bar : bars) {
        *set << bar.value;
        highest = qMax(highest, bar.value);
    }
    set->setLabelColor(chart->palette().color(QPalette::Text));
    QAbstractBarSeries *series = newSeries(direction);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    addAxes(chart, series, newCategoryAxis(bars, direction), newCountAxis(highest), direction);
}

} // namespace FeedbackKitDemo
