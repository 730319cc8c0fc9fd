#include "chartbuilders.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
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
} // namespace

void setPie(QChart *chart, const QList<Bar> &slices)
{
    clearChart(chart);
    auto *series = new QPieSeries;
    series->setHoleSize(0.35);
    for (const Bar &slice : slices) {
        if (slice.value <= 0)
            continue;
        QPieSlice *pieSlice = series->append(
            QStringLiteral("%1: %2").arg(slice.label, QLocale().toString(slice.value)),
            slice.value);
        pieSlice->setLabelVisible(true);
    }
    chart->addSeries(series);
}

void setBars(QChart *chart, const QList<Bar> &bars)
{
    clearChart(chart);
    auto *set = new QBarSet(QString());
    QStringList categories;
    double highest = 0;
    for (const Bar &bar : bars) {
        *set << bar.value;
        categories << bar.label;
        highest = qMax(highest, bar.value);
    }
    set->setLabelColor(chart->palette().color(QPalette::Text));
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    // A size smaller than the titles', so category names fit under their bars.
    QFont labelFont = categoryAxis->labelsFont();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    categoryAxis->setLabelsFont(labelFont);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    // Counts are whole numbers: ticks at whole steps, and room above the highest bar.
    valueAxis->setRange(0, qMax(2.0, highest + 1));
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickInterval(qMax(1.0, std::ceil((highest + 1) / 5)));
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
}

} // namespace FeedbackKitDemo
