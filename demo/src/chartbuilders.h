#pragma once

#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace FeedbackKitDemo {

/*! One labelled value of a pie slice or a bar. */
struct Bar
{
    QString label;
    double value = 0;
};

/*! How the bars of setBars() stand. */
enum class BarDirection {
    /*! Upright columns, names under them: for short names such as "4★". */
    Columns,
    /*! Rows, names beside them: for words, which get the width they need in any language. */
    Rows,
};

/*!
 * \brief Prepares \a chart for the dashboard: numbers on its axes and labels are written in
 * the default QLocale (call again after QLocale::setDefault()).
 */
void localizeChart(QChart *chart);
/*! Replaces what \a chart shows by a pie of \a slices (labels show the values). */
void setPie(QChart *chart, const QList<Bar> &slices);
/*! Replaces what \a chart shows by one bar per entry of \a bars, on a category axis. */
void setBars(QChart *chart, const QList<Bar> &bars, BarDirection direction);

} // namespace FeedbackKitDemo
