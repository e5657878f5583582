// LogModel, LogFilterProxy and LogsPage against FakeNode: bound, filters, hourly counts, export.

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "fake_node.h"
#include "models/client_model.h"
#include "models/log_model.h"
#include "views/logs_page.h"

using ordo::interfaces::LogEntry;
using ordo::interfaces::LogLevel;
using ordo::test::FakeNode;
using ordo::ui::ClientModel;
using ordo::ui::LogBucket;
using ordo::ui::LogFilterProxy;
using ordo::ui::LogModel;
using ordo::ui::LogsPage;

namespace {

constexpr uint64_t base_ms = 1'790'000'000'000;  // FakeNode::Healthy's clock

LogEntry Line(uint64_t time_ms, LogLevel level, const std::string& message) { return {time_ms, level, "validator-0", message}; }

QList<LogEntry> Mixed(uint64_t t0) {
  return {Line(t0, LogLevel::Trace, "trace detail"), Line(t0 + 1, LogLevel::Debug, "gossip vote"),
          Line(t0 + 2, LogLevel::Info, "committed height 43"), Line(t0 + 3, LogLevel::Warn, "peer slow to answer"),
          Line(t0 + 4, LogLevel::Error, "Disk nearly FULL"), Line(t0 + 5, LogLevel::Critical, "signer refused")};
}

}  // namespace

class LogsPageTests : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void modelBoundAndHistory() {
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.AppendLines(Mixed(base_ms));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(3, LogModel::Level).data().toString(), QStringLiteral("WARN"));
    QVERIFY(model.index(3, LogModel::Message).data(Qt::BackgroundRole).isValid());
    QVERIFY(model.index(4, LogModel::Message).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(2, LogModel::Message).data(Qt::BackgroundRole).isValid());

    // History: only lines older than the oldest shown are added, in front.
    model.AddHistory({Line(base_ms - 10, LogLevel::Info, "older"), Line(base_ms + 2, LogLevel::Info, "duplicate")});
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.index(0, LogModel::Message).data().toString(), QStringLiteral("older"));

    // The bound: the oldest lines go first, in one batch or several.
    QList<LogEntry> many;
    for (size_t i = 0; i < LogModel::log_lines_max; ++i) many.push_back(Line(base_ms + 100 + i, LogLevel::Info, "line " + std::to_string(i)));
    model.AppendLines(many);
    QCOMPARE(static_cast<size_t>(model.rowCount()), LogModel::log_lines_max);
    QCOMPARE(model.index(0, LogModel::Message).data().toString(), QStringLiteral("line 0"));
    model.AppendLines({Line(base_ms + 20'000, LogLevel::Info, "newest")});
    QCOMPARE(static_cast<size_t>(model.rowCount()), LogModel::log_lines_max);
    QCOMPARE(model.index(0, LogModel::Message).data().toString(), QStringLiteral("line 1"));
    QCOMPARE(model.index(model.rowCount() - 1, LogModel::Message).data().toString(), QStringLiteral("newest"));
    many.push_back(Line(base_ms + 30'000, LogLevel::Info, "after a big batch"));
    model.AppendLines(many);  // larger than the bound by itself
    QCOMPARE(static_cast<size_t>(model.rowCount()), LogModel::log_lines_max);
    QCOMPARE(model.index(0, LogModel::Message).data().toString(), QStringLiteral("line 1"));
    // Full: history has no room.
    model.AddHistory({Line(base_ms - 100, LogLevel::Info, "too old")});
    QCOMPARE(model.index(0, LogModel::Message).data().toString(), QStringLiteral("line 1"));
  }

  void levelFilterAndSearch() {
    LogModel model;
    LogFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.AppendLines(Mixed(base_ms));
    QCOMPARE(proxy.rowCount(), 6);
    proxy.SetMinimumLevel(LogLevel::Debug);
    QCOMPARE(proxy.rowCount(), 5);
    proxy.SetMinimumLevel(LogLevel::Info);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.SetMinimumLevel(LogLevel::Warn);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.SetMinimumLevel(LogLevel::Error);
    QCOMPARE(proxy.rowCount(), 2);  // error and critical
    proxy.SetSearch(QStringLiteral("disk nearly full"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.SetMinimumLevel(LogLevel::Trace);
    proxy.SetSearch(QStringLiteral("VOTE"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, LogModel::Message).data().toString(), QStringLiteral("gossip vote"));
    proxy.SetSearch(QStringLiteral("validator-0"));  // the source matches too
    QCOMPARE(proxy.rowCount(), 6);
    model.AppendLines({Line(base_ms + 9, LogLevel::Info, "another vote")});
    proxy.SetSearch(QStringLiteral("vote"));
    QCOMPARE(proxy.rowCount(), 2);
  }

  void countsByHour() {
    LogModel model;
    const qint64 hour = LogModel::hour_ms;
    const qint64 now = static_cast<qint64>(base_ms);
    const qint64 this_hour = now / hour * hour;
    model.AppendLines({Line(static_cast<uint64_t>(this_hour - 30 * hour), LogLevel::Error, "too old for the chart"),
                       Line(static_cast<uint64_t>(this_hour - 23 * hour), LogLevel::Warn, "first hour"),
                       Line(static_cast<uint64_t>(this_hour - 1), LogLevel::Info, "last ms of the previous hour"),
                       Line(static_cast<uint64_t>(this_hour), LogLevel::Info, "this hour"),
                       Line(static_cast<uint64_t>(this_hour + 5), LogLevel::Trace, "this hour"),
                       Line(static_cast<uint64_t>(now), LogLevel::Critical, "this hour")});
    const auto counts = model.CountsByHour(now);
    QCOMPARE(counts.size(), size_t{24});
    QCOMPARE(counts.back().hour_start_ms, this_hour);
    QCOMPARE(counts.front().hour_start_ms, this_hour - 23 * hour);
    auto at = [](const LogModel::HourCount& c, LogBucket b) { return c.by_bucket[static_cast<size_t>(b)]; };
    QCOMPARE(at(counts.back(), LogBucket::Info), 1);
    QCOMPARE(at(counts.back(), LogBucket::Debug), 1);
    QCOMPARE(at(counts.back(), LogBucket::Error), 1);
    QCOMPARE(at(counts[22], LogBucket::Info), 1);
    QCOMPARE(at(counts.front(), LogBucket::Warn), 1);
    int total = 0;
    for (const auto& c : counts) for (int n : c.by_bucket) total += n;
    QCOMPARE(total, 5);  // the 30-hour-old line is outside the window
  }

  void pageFiltersExportsAndOpensLog() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) { s = FakeNode::Healthy(42); });
    ClientModel model(node);
    LogsPage page(&model);
    page.resize(1100, 720);
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("logTable"));
    auto* open = page.findChild<QPushButton*>(QStringLiteral("openLogFileButton"));
    QVERIFY(table && open);
    // requestRecentLogs brings FakeNode's one history line.
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, LogModel::Message).data().toString(), QStringLiteral("committed height 42"));
    QTRY_VERIFY(open->isEnabled());

    for (const auto& e : Mixed(base_ms)) node->fireLog(e);
    QTRY_COMPARE(table->model()->rowCount(), 7);
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("logCountLabel"))->text(), QStringLiteral("7 of 7 line(s) shown"));

    auto* level = page.findChild<QComboBox*>(QStringLiteral("levelFilter"));
    level->setCurrentIndex(3);  // warn+
    QCOMPARE(table->model()->rowCount(), 3);
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("logSearch"));
    QTest::keyClicks(search, QStringLiteral("SIGNER"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("logCountLabel"))->text(), QStringLiteral("1 of 7 line(s) shown"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.txt"));
    QString error;
    QVERIFY2(page.ExportTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList exported = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(exported.size(), 1);
    QVERIFY2(exported[0].endsWith(QStringLiteral(" CRITICAL validator-0: signer refused")), qPrintable(exported[0]));
    QVERIFY(exported[0].startsWith(QStringLiteral("20")));  // a full date first

    search->clear();
    level->setCurrentIndex(0);
    QVERIFY(page.ExportTo(path, &error));
    QFile all(path);
    QVERIFY(all.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(all.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines[0].endsWith(QStringLiteral("committed height 42")));
    QVERIFY(lines[6].endsWith(QStringLiteral("signer refused")));
    QVERIFY(!page.ExportTo(dir.filePath(QStringLiteral("no/such/dir/x.txt")), &error));
    QVERIFY(!error.isEmpty());

    search->setText(QStringLiteral("nothing like this"));
    QCOMPARE(page.findChild<QStackedWidget*>()->currentWidget()->objectName(), QStringLiteral("logsEmptyLabel"));
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled());
    search->clear();

    node->update([](auto& s) { s.status.log_file.clear(); });
    QTRY_VERIFY(!open->isEnabled());
  }

  void autoScrollPausesWhenScrolledUp() {
    auto node = std::make_shared<FakeNode>();
    node->update([](auto& s) { s = FakeNode::Healthy(42); });
    ClientModel model(node);
    LogsPage page(&model);
    page.resize(1100, 720);
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("logTable"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    for (int i = 0; i < 300; ++i) node->fireLog(Line(base_ms + static_cast<uint64_t>(i), LogLevel::Info, "line " + std::to_string(i)));
    QTRY_COMPARE(table->model()->rowCount(), 301);
    QScrollBar* bar = table->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);  // the view lays out the new rows after the event loop runs
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(page.following());

    bar->setValue(0);  // the operator scrolls up
    QVERIFY(!page.following());
    QVERIFY(!page.findChild<QCheckBox*>(QStringLiteral("autoScrollCheck"))->isChecked());
    for (int i = 0; i < 50; ++i) node->fireLog(Line(base_ms + 1000 + static_cast<uint64_t>(i), LogLevel::Warn, "more"));
    QTRY_COMPARE(table->model()->rowCount(), 351);
    QCOMPARE(bar->value(), 0);

    page.findChild<QCheckBox*>(QStringLiteral("autoScrollCheck"))->setChecked(true);
    QVERIFY(page.following());
    QTRY_COMPARE(bar->value(), bar->maximum());
    node->fireLog(Line(base_ms + 5000, LogLevel::Error, "the end"));
    QTRY_COMPARE(table->model()->rowCount(), 352);
    QTRY_COMPARE(bar->value(), bar->maximum());

    if (qEnvironmentVariableIsSet("ORDO_SHOTS")) {
      for (int h = 1; h < 20; ++h) {
        for (int i = 0; i < (h * 7) % 40; ++i) {
          const auto lvl = i % 9 == 0 ? LogLevel::Error : i % 4 == 0 ? LogLevel::Warn : i % 3 == 0 ? LogLevel::Debug : LogLevel::Info;
          page.logModel()->AddHistory({Line(base_ms - static_cast<uint64_t>(h) * 3'600'000 - static_cast<uint64_t>(i), lvl, "history")});
        }
      }
      node->fireLog(Line(base_ms + 6000, LogLevel::Info, "refresh"));
      QTest::qWait(LogsPage::chart_redraw_ms * 2);
      page.grab().save(QStringLiteral("/tmp/shots-ui2/logs.png"));
    }
  }
};

QTEST_MAIN(LogsPageTests)
#include "logs_page_tests.moc"
