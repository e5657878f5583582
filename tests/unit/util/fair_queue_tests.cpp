// FairQueue: round-robin by source, bounded in items and bytes, a flood displaces only itself.

#include <QtTest/QtTest>

#include <string>
#include <vector>

#include "ordo/util/fair_queue.h"

using Queue = ordo::util::FairQueue<std::string, int>;

class FairQueueTests : public QObject {
  Q_OBJECT

 private slots:
  void takesSourcesInTurn() {
    Queue q(100, 1000);
    for (int i = 0; i < 5; ++i) QVERIFY(q.Push("flood", i, 1));
    QVERIFY(q.Push("quiet", 100, 1));
    QVERIFY(q.Push("other", 200, 1));
    std::vector<int> order;
    while (auto v = q.Pop()) order.push_back(*v);
    QCOMPARE(order, (std::vector<int>{0, 100, 200, 1, 2, 3, 4}));
    QVERIFY(q.empty());
    QCOMPARE(q.bytes(), size_t{0});
    QCOMPARE(q.sources(), size_t{0});
  }

  // Full: the flood's newest items make room for the quiet source; the flood cannot push more.
  void aFloodDisplacesOnlyItself() {
    Queue q(10, 1'000'000);
    for (int i = 0; i < 10; ++i) QVERIFY(q.Push("flood", i, 10));
    QVERIFY(!q.Push("flood", 10, 10));  // its own items are the most: refused
    for (int i = 0; i < 4; ++i) QVERIFY(q.Push("quiet", 100 + i, 10));
    QCOMPARE(q.size(), size_t{10});
    QCOMPARE(q.displaced(), uint64_t{4});
    std::vector<int> order;
    while (auto v = q.Pop()) order.push_back(*v);
    // The flood kept its oldest six; the quiet source's four all got in and out in turn.
    QCOMPARE(order, (std::vector<int>{0, 100, 1, 101, 2, 102, 3, 103, 4, 5}));
  }

  void boundedInBytes() {
    Queue q(1000, 100);
    QVERIFY(!q.Push("a", 1, 101));  // over the bound alone
    QVERIFY(q.Push("a", 1, 60));
    QVERIFY(q.Push("a", 2, 30));
    QVERIFY(q.Push("b", 3, 40));  // displaces a's newest (30): a holds 60 > 40
    QCOMPARE(q.bytes(), size_t{100});
    QVERIFY(!q.Push("b", 4, 30));  // a holds 60, b would hold 70: refused
    QCOMPARE(q.bytes(), size_t{100});
    QCOMPARE(q.size(), size_t{2});
  }

  // Equal shares: a newcomer never displaces a source that holds no more than it would.
  void equalSourcesDoNotDisplaceEachOther() {
    Queue q(4, 1000);
    QVERIFY(q.Push("a", 1, 1));
    QVERIFY(q.Push("a", 2, 1));
    QVERIFY(q.Push("b", 3, 1));
    QVERIFY(q.Push("b", 4, 1));
    QVERIFY(!q.Push("b", 5, 1));
    QVERIFY(!q.Push("a", 6, 1));
    QVERIFY(q.Push("c", 7, 1));  // c holds nothing: takes from a (the first of the largest)
    QCOMPARE(q.size(), size_t{4});
    q.Clear();
    QVERIFY(q.empty());
    QVERIFY(!q.Pop().has_value());
  }
};

QTEST_GUILESS_MAIN(FairQueueTests)
#include "fair_queue_tests.moc"
