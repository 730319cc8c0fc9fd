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

/*! Replaces what \a chart shows by a pie of \a slices (labels show the values). */
void setPie(QChart *chart, const QList<Bar> &slices);
/*! Replaces what \a chart shows by one bar per entry of \a bars, on a category axis. */
void setBars(QChart *chart, const QList<Bar> &bars);

} // namespace FeedbackKitDemo
