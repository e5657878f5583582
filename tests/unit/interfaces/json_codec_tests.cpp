// The JSON codec of the interfaces::Node value structs: every struct survives a round trip through
// text, and the decoder refuses missing, ill-typed, out-of-range and oversized fields with a
// message naming the field, without throwing.

#include <QtTest>

#include <cstdint>
#include <limits>
#include <string>

#include <boost/json.hpp>

#include "interfaces/json_codec.h"

using namespace ordo;
using namespace ordo::interfaces;
namespace json = boost::json;

namespace {

// Every field differs from its default, so a field the codec forgets fails the comparison. The
// doubles are exact in binary and short in decimal, so that text keeps them bit for bit.
NodeStatus Status_() {
  NodeStatus s;
  s.mode = NodeMode::Remote;
  s.running = true;
  s.moniker = "validator-0";
  s.chain_id = "ordo-local";
  s.evm_chain_id = 61000;
  s.data_dir = "/var/lib/ordo";
  s.log_file = "/var/lib/ordo/logs/ordod.log";
  s.rpc_url = "http://127.0.0.1:8545";
  s.height = 1001;
  s.round = 2;
  s.step = "prevote";
  s.last_committed = 1000;
  s.last_block_time_ms = 1'700'000'000'123;
  s.last_commit_local_ms = 1'700'000'000'200;
  s.last_block_interval_ms = 101;
  s.target_block_interval_ms = 100;
  s.best_peer_height = 999;
  s.peers = 3;
  s.network_paused = true;
  s.is_validator = true;
  s.validator_key = std::string(64, 'a');
  s.own_power = 10;
  s.total_power = std::numeric_limits<uint64_t>::max();  // above int64: must stay exact
  s.signer_last_height = 1001;
  s.txs_committed = 77;
  s.clock_offset_ms = -42;
  s.disk_free_bytes = uint64_t{1} << 40;
  s.now_ms = 1'700'000'000'300;
  return s;
}

LiveRound Live() {
  LiveRound l;
  l.height = 5;
  l.round = 1;
  l.step = "precommit";
  l.total_power = 40;
  l.quorum_power = 27;
  l.prevote_power = 30;
  l.prevote_nil_power = 10;
  l.precommit_power = 20;
  l.precommit_nil_power = 1;
  l.round_started_ms = 1'700'000'000'000;
  l.arrivals = {VoteArrival{1.5, true, true, 10}, VoteArrival{2.25, false, false, 20}};
  l.recent_timeouts = {TimeoutEvent{4, 0, "propose", 1'699'999'999'000}};
  return l;
}

BlockDetail Detail() {
  BlockDetail d;
  d.summary = BlockSummary{7, "0x" + std::string(64, 'b'), 1'700'000'000'000, 3, 63000, 1, "node1", std::string(64, 'c'), 12.5};
  d.parent_hash = "0x" + std::string(64, '1');
  d.state_root = "0x" + std::string(64, '2');
  d.txs_root = "0x" + std::string(64, '3');
  d.receipts_root = "0x" + std::string(64, '4');
  d.validators_hash = "0x" + std::string(64, '5');
  d.base_fee_wei = "115792089237316195423570985008687907853269984665640564039457584007913129639935";
  d.tx_hashes = {"0xaa", "0xbb"};
  d.evidence = 1;
  d.has_certificate = true;
  d.certificate_round = 1;
  d.signatures = {CommitSignature{2, "node2", "dd", std::string(128, 'e'), 10}};
  d.signed_power = 30;
  d.total_power = 40;
  return d;
}

EvidenceInfo Evidence() { return EvidenceInfo{"duplicate prevote", 9, 2, 3, "ff", "node3", 10, 1'700'000'000'000, 11}; }

PanelSnapshot Snapshot() {
  PanelSnapshot s;
  s.status = Status_();
  s.live = Live();
  s.timings = {HeightTiming{1000, 2, 10.5, 20.25, 30.125, 4.5, 65.375, true, 3, 1'700'000'000'000}};
  s.peers = {PeerInfo{std::string(40, '0'), std::string(64, '9'), "node1", "127.0.0.1:26657", true, 10, 999, 0.75,
                      1234, 5678, -3, 1'700'000'000'000}};
  s.banned = {BannedPeerInfo{std::string(40, '1'), "operator", 1'800'000'000'000}};
  s.validators = {ValidatorInfo{1, "ab", "node1", 10, 0.25, -20, 999, 4, 100, true, false}};
  s.mempool.pending = 1;
  s.mempool.queued = 2;
  s.mempool.bytes = 3;
  s.mempool.txs_max = 4;
  s.mempool.bytes_max = 5;
  s.mempool.admitted_total = 6;
  s.mempool.evicted_total = 7;
  s.mempool.expired_total = 8;
  s.mempool.rejected = {RejectionCount{"nonce too low", 9}, RejectionCount{"underpriced", 0}};
  s.mempool_top = {MempoolTx{"0x01", "0x02", 3, 1.5, 21000, 110}};
  s.blocks = {Detail().summary};
  s.evidence = {Evidence()};
  return s;
}

template <class T>
T RoundTrip(const T& v) {
  const std::string text = json::serialize(ToJson(v));
  boost::system::error_code ec;
  const json::value parsed = json::parse(text, ec);
  if (ec) qFatal("the codec wrote unparsable JSON: %s", text.c_str());
  T out;
  const Status s = FromJson(parsed, &out);
  if (!s.ok()) qFatal("round trip failed: %s", s.ToString().c_str());
  return out;
}

// The JSON of `v` with `edit` applied at top level, decoded again as T.
template <class T, class Edit>
Status DecodeEdited(const T& v, Edit edit) {
  json::value j = ToJson(v);
  edit(j.as_object());
  T out;
  return FromJson(j, &out);
}

bool Mentions(const Status& s, const std::string& what) { return !s.ok() && s.message().find(what) != std::string::npos; }

}  // namespace

class JsonCodecTests : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void everyStructRoundTrips() {
    QVERIFY(RoundTrip(Status_()) == Status_());
    QVERIFY(RoundTrip(Live()) == Live());
    QVERIFY(RoundTrip(Detail()) == Detail());
    QVERIFY(RoundTrip(Evidence()) == Evidence());
    const PanelSnapshot snap = Snapshot();
    const PanelSnapshot back = RoundTrip(snap);
    QVERIFY(back.status == snap.status);
    QVERIFY(back.live == snap.live);
    QVERIFY(back.timings == snap.timings);
    QVERIFY(back.peers == snap.peers);
    QVERIFY(back.banned == snap.banned);
    QVERIFY(back.validators == snap.validators);
    QVERIFY(back.mempool == snap.mempool);
    QVERIFY(back.mempool_top == snap.mempool_top);
    QVERIFY(back.blocks == snap.blocks);
    QVERIFY(back.evidence == snap.evidence);
    const LogPage page{{LogEntry{1'700'000'000'000, LogLevel::Critical, "node0", "committed \"height\" 5\n"}}, 42};
    const LogPage page_back = RoundTrip(page);
    QVERIFY(page_back.lines == page.lines);
    QCOMPARE(page_back.next_seq, page.next_seq);
    const LocalValidator lv{3, "node3", 8548, 26659, true, true};
    QVERIFY(RoundTrip(lv) == lv);
    const LocalNetworkOptions lo{"/tmp/net", 7, 9000, 9100, 250, 3};
    QVERIFY(RoundTrip(lo) == lo);
    // The smaller structs on their own, too.
    QVERIFY(RoundTrip(snap.timings[0]) == snap.timings[0]);
    QVERIFY(RoundTrip(snap.live.arrivals[0]) == snap.live.arrivals[0]);
    QVERIFY(RoundTrip(snap.live.recent_timeouts[0]) == snap.live.recent_timeouts[0]);
    QVERIFY(RoundTrip(snap.peers[0]) == snap.peers[0]);
    QVERIFY(RoundTrip(snap.banned[0]) == snap.banned[0]);
    QVERIFY(RoundTrip(snap.validators[0]) == snap.validators[0]);
    QVERIFY(RoundTrip(snap.mempool.rejected[0]) == snap.mempool.rejected[0]);
    QVERIFY(RoundTrip(snap.mempool) == snap.mempool);
    QVERIFY(RoundTrip(snap.mempool_top[0]) == snap.mempool_top[0]);
    QVERIFY(RoundTrip(snap.blocks[0]) == snap.blocks[0]);
    QVERIFY(RoundTrip(Detail().signatures[0]) == Detail().signatures[0]);
    QVERIFY(RoundTrip(page.lines[0]) == page.lines[0]);
  }

  void enumsAreNamed() {
    QCOMPARE(ToJson(Status_()).as_object().at("mode").as_string(), json::string("remote"));
    for (NodeMode m : {NodeMode::LocalNetwork, NodeMode::Joined, NodeMode::Remote}) {
      NodeStatus s = Status_();
      s.mode = m;
      QVERIFY(RoundTrip(s).mode == m);
    }
    for (LogLevel l : {LogLevel::Trace, LogLevel::Debug, LogLevel::Info, LogLevel::Warn, LogLevel::Error, LogLevel::Critical}) {
      QVERIFY(RoundTrip(LogEntry{1, l, "s", "m"}).level == l);
    }
  }

  void missingFieldIsRefusedByName() {
    const Status s = DecodeEdited(Status_(), [](json::object& o) { o.erase("chain_id"); });
    QVERIFY(s.IsInvalidArgument());
    QVERIFY2(Mentions(s, "NodeStatus.chain_id: missing"), s.ToString().c_str());
    const Status nested = DecodeEdited(Detail(), [](json::object& o) {
      o["signatures"].as_array()[0].as_object().erase("power");
    });
    QVERIFY2(Mentions(nested, "BlockDetail.signatures[0].power: missing"), nested.ToString().c_str());
    const Status deep = DecodeEdited(Snapshot(), [](json::object& o) { o["status"].as_object().erase("height"); });
    QVERIFY2(Mentions(deep, "PanelSnapshot.status.height"), deep.ToString().c_str());
  }

  void illTypedFieldsAreRefused() {
    struct Case {
      const char* key;
      json::value value;
      const char* says;
    };
    const Case cases[] = {
        {"height", json::value("12"), "expected an integer"},
        {"height", json::value(1.5), "expected an integer"},
        {"height", json::value(-1), "out of range"},
        {"round", json::value(int64_t{1} << 40), "out of range"},
        {"running", json::value(1), "expected true or false"},
        {"moniker", json::value(7), "expected a string"},
        {"moniker", json::value(nullptr), "expected a string"},
        {"mode", json::value("satellite"), "expected a node mode"},
        {"mode", json::value(0), "expected a node mode"},
        {"clock_offset_ms", json::value(std::numeric_limits<uint64_t>::max()), "out of range"},
    };
    for (const Case& c : cases) {
      const Status s = DecodeEdited(Status_(), [&](json::object& o) { o[c.key] = c.value; });
      QVERIFY2(Mentions(s, std::string("NodeStatus.") + c.key), c.key);
      QVERIFY2(Mentions(s, c.says), s.ToString().c_str());
    }
    const Status not_list = DecodeEdited(Live(), [](json::object& o) { o["arrivals"] = json::object(); });
    QVERIFY2(Mentions(not_list, "LiveRound.arrivals: expected an array"), not_list.ToString().c_str());
    const Status bad_item = DecodeEdited(Live(), [](json::object& o) { o["arrivals"].as_array()[1] = "x"; });
    QVERIFY2(Mentions(bad_item, "LiveRound.arrivals[1]: expected an object"), bad_item.ToString().c_str());
    const Status bad_double = DecodeEdited(Live(), [](json::object& o) { o["arrivals"].as_array()[0].as_object()["at_ms"] = "1"; });
    QVERIFY2(Mentions(bad_double, "expected a number"), bad_double.ToString().c_str());
    const Status level = DecodeEdited(LogEntry{1, LogLevel::Info, "s", "m"}, [](json::object& o) { o["level"] = "loud"; });
    QVERIFY2(Mentions(level, "LogEntry.level"), level.ToString().c_str());
    // Not an object at all.
    NodeStatus out;
    for (const json::value& v : {json::value(nullptr), json::value(json::array()), json::value("{}"), json::value(3)}) {
      const Status s = FromJson(v, &out);
      QVERIFY(Mentions(s, "NodeStatus: expected an object"));
    }
  }

  void integersKeepTheirFullRange() {
    NodeStatus s = Status_();
    s.clock_offset_ms = std::numeric_limits<int64_t>::min();
    s.height = std::numeric_limits<uint64_t>::max();
    s.round = std::numeric_limits<int32_t>::min();
    QVERIFY(RoundTrip(s) == s);
    // A count written as a JSON double is not an integer, even when whole.
    const Status whole = DecodeEdited(s, [](json::object& o) { o["peers"] = 3.0; });
    QVERIFY(Mentions(whole, "NodeStatus.peers: expected an integer"));
  }

  void listsAndStringsAreBounded() {
    const Status long_list = DecodeEdited(Live(), [](json::object& o) {
      json::array a;
      for (size_t i = 0; i <= json_timeouts_max; ++i) a.push_back(ToJson(TimeoutEvent{1, 0, "propose", 1}));
      o["recent_timeouts"] = std::move(a);
    });
    QVERIFY2(Mentions(long_list, "LiveRound.recent_timeouts: more than"), long_list.ToString().c_str());
    const Status long_string = DecodeEdited(Evidence(), [](json::object& o) {
      o["kind"] = std::string(json_string_bytes_max + 1, 'x');
    });
    QVERIFY2(Mentions(long_string, "EvidenceInfo.kind: string too long"), long_string.ToString().c_str());
    // At the bound is fine.
    LiveRound l = Live();
    l.recent_timeouts.assign(json_timeouts_max, TimeoutEvent{1, 0, "propose", 1});
    QVERIFY(RoundTrip(l) == l);
  }

  void unknownKeysAreIgnoredAndFailureLeavesOutputAlone() {
    const Status extra = DecodeEdited(Evidence(), [](json::object& o) { o["added_by_a_newer_ordod"] = 1; });
    QVERIFY(extra.ok());
    EvidenceInfo out = Evidence();
    out.kind = "untouched";
    json::value j = ToJson(Evidence());
    j.as_object().erase("seen_ms");
    QVERIFY(!FromJson(j, &out).ok());
    QCOMPARE(out.kind, std::string("untouched"));
  }
};

QTEST_GUILESS_MAIN(JsonCodecTests)
#include "json_codec_tests.moc"
