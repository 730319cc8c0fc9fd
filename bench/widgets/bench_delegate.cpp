// How long one screenful of a long chat takes to paint with FeedbackDelegate: a QListView over
// 100,000 rows, 40 of them visible, each with text, thumbs and five stars. The goal is a median
// of at most 2 ms per viewport, so scrolling stays smooth.
//
//   build/bin/feedbackkit-bench-delegate --benchmark_repetitions=10
//
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.

#include <FeedbackKit/FeedbackDelegate>

#include <QAbstractListModel>
#include <QApplication>

#include <QImage>
#include <QListView>
#include <QPainter>
#include <memory>

#include <benchmark/benchmark.h>

#include <vector>

using namespace FeedbackKit;

namespace {

constexpr int totalRows = 100000;
constexpr int visibleRows = 40;

/*! A chat of 100,000 answers with every mix of thumbs and stars, held as the app would. */
class ChatModel : public QAbstractListModel
{
public:
    ChatModel()
    {
        m_feedback.reserve(totalRows);
        for (int row = 0; row < totalRows; ++row) {
            Feedback feedback;
            if (row % 3 != 2)
                feedback.setRating(row % 3 == 0);
            if (row % 6 != 0)
                feedback.setScore(row % 6);
            m_feedback.push_back(QVariant::fromValue(feedback));
        }
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_feedback.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole)
            return QStringLiteral("Answer %1: the assistant's reply").arg(index.row() + 1);
        if (role == FeedbackDelegate::FeedbackRole)
            return m_feedback[size_t(index.row())];
        return {};
    }

private:
    std::vector<QVariant> m_feedback;
};

struct Chat
{
    ChatModel model;
    FeedbackDelegate delegate;
    QListView view;
    int rowHeight = 0;

    Chat()
    {
        view.setUniformItemSizes(true); // what a long list must use
        view.setModel(&model);
        view.setItemDelegate(&delegate);
        rowHeight = view.sizeHintForRow(0);
        view.resize(480, visibleRows * rowHeight + 2 * view.frameWidth());
        view.show();
    }
};

// Created on first use and destroyed by main() while the QApplication still exists: a static
// QListView would outlive it and crash at exit.
std::unique_ptr<Chat> &chatInstance()
{
    static std::unique_ptr<Chat> instance;
    return instance;
}

Chat &chat()
{
    if (!chatInstance())
        chatInstance() = std::make_unique<Chat>();
    return *chatInstance();
}

// Scrolls the chat (thumbs and stars on) from \a firstRow by \a step rows per iteration,
// rendering the whole viewport at the benchmark's device pixel ratio each time.
void scrollAndRender(benchmark::State &state, Chat &c, int firstRow, int step)
{
    const qreal dpr = state.range(0) / 100.0;
    c.delegate.setThumbsVisible(true);
    c.delegate.setStarsVisible(true);
    QImage image(c.view.viewport()->size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    for (auto _ : state) {
        c.view.scrollTo(c.model.index(firstRow, 0), QAbstractItemView::PositionAtTop);
        c.view.viewport()->render(&image);
        firstRow = (firstRow + step) % (totalRows - visibleRows);
    }
}

// The whole viewport, as a scroll repaints it: background, 40 rows, text, thumbs and stars.
void BM_PaintViewport(benchmark::State &state)
{
    Chat &c = chat();
    scrollAndRender(state, c, totalRows / 2, 997); // a new screenful each time
    const QModelIndex last = c.view.indexAt(QPoint(1, c.view.viewport()->height() - 2));
    const QModelIndex first = c.view.indexAt(QPoint(1, 1));
    state.counters["rows"] = last.row() - first.row() + 1;
}
BENCHMARK(BM_PaintViewport)->ArgName("dpr%")->Arg(100)->Arg(200)->Unit(benchmark::kMicrosecond);

// A wheel step: the viewport moves three rows, so 37 of its 40 rows were painted just before and
// their text layouts come from the delegate's cache. (BM_PaintViewport jumps 997 rows each time,
// so every row there is new: the worst case.)
void BM_ScrollThreeRows(benchmark::State &state)
{
    scrollAndRender(state, chat(), totalRows / 4, 3);
}
BENCHMARK(BM_ScrollThreeRows)->ArgName("dpr%")->Arg(100)->Arg(200)->Unit(benchmark::kMicrosecond);

// The delegate alone, 40 rows into an image: what FeedbackDelegate::paint costs. The second
// argument picks the parts drawn besides the text: 0 none, 1 thumbs, 2 stars, 3 both, so the
// cost of the ratings shows apart from the style's panel and the text.
void BM_DelegatePaint40Rows(benchmark::State &state)
{
    const qreal dpr = state.range(0) / 100.0;
    Chat &c = chat();
    c.delegate.setThumbsVisible(state.range(1) & 1);
    c.delegate.setStarsVisible(state.range(1) & 2);
    QImage image(QSize(480, visibleRows * c.rowHeight) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    QStyleOptionViewItem option;
    option.initFrom(&c.view);
    option.widget = &c.view;
    int firstRow = 0;
    for (auto _ : state) {
        QPainter painter(&image);
        for (int i = 0; i < visibleRows; ++i) {
            option.rect = QRect(0, i * c.rowHeight, 480, c.rowHeight);
            c.delegate.paint(&painter, option, c.model.index(firstRow + i, 0));
        }
        firstRow = (firstRow + 997) % (totalRows - visibleRows);
    }
}
BENCHMARK(BM_DelegatePaint40Rows)
    ->ArgsProduct({ { 100, 200 }, { 0, 1, 2, 3 } })
    ->ArgNames({ "dpr%", "parts" })
    ->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    chatInstance().reset();
    return 0;
}
