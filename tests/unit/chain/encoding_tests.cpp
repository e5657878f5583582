// Consensus objects (consensus/encoding.h) and blocks (chain/block_encoding.h): round trips, byte
// layouts pinned by hand, every canonical-form rejection, and the evidence helpers of
// consensus/types.h whose order the decoder enforces.

#include <QtTest/QtTest>

#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "ordo/chain/block_encoding.h"
#include "ordo/consensus/encoding.h"
#include "ordo/crypto/sha256.h"

using ordo::Bytes;
using ordo::ByteSpan;
using ordo::Hash32;
using ordo::Status;
using ordo::chain::Block;
using ordo::chain::BlockHeader;
using ordo::codec::Decode;
using ordo::codec::Encode;
using ordo::codec::Writer;
using ordo::consensus::CommitCertificate;
using ordo::consensus::CommitSig;
using ordo::consensus::DuplicateProposalEvidence;
using ordo::consensus::DuplicateVoteEvidence;
using ordo::consensus::Evidence;
using ordo::consensus::Proposal;
using ordo::consensus::Step;
using ordo::consensus::Vote;
using ordo::consensus::VoteType;
using ordo::consensus::round_max;
using ordo::crypto::SchnorrSignature;

namespace {

// Byte offsets of the fields the rejection rows patch; see the layout comments of
// core/consensus/encoding.cpp and core/chain/block_encoding.cpp.
constexpr size_t vote_type_offset = 0;
constexpr size_t vote_round_offset = 9;
constexpr size_t vote_value_tag_offset = 13;
constexpr size_t proposal_round_offset = 8;
constexpr size_t proposal_pol_round_offset = 12;

Hash32 Filled(uint8_t b) {
  Hash32 h{};
  h.fill(b);
  return h;
}

SchnorrSignature Sig(uint8_t b) {
  SchnorrSignature s{};
  s.fill(b);
  return s;
}

// `byte_hex` repeated n times.
std::string Rep(const char* byte_hex, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += byte_hex;
  return out;
}

std::string AsciiHex(std::string_view s) { return ordo::ToHex(ordo::AsBytes(s)); }

Bytes Hex(const std::string& hex) {
  auto bytes = ordo::FromHex(hex);
  if (!bytes) qFatal("bad hex literal in test: %s", hex.c_str());
  return *bytes;
}

Bytes Concat(std::initializer_list<Bytes> parts) {
  Bytes out;
  for (const Bytes& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

Bytes VarintBytes(uint64_t v) {
  Writer w;
  w.PutVarint(v);
  return w.Take();
}

// Hex as QString, so QCOMPARE prints both sides on failure.
QString HexQ(ByteSpan b) { return QString::fromStdString(ordo::ToHex(b)); }
QString Q(const std::string& s) { return QString::fromStdString(s); }

QByteArray ToQ(ByteSpan b) {
  return QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size()));
}

Bytes FromQ(const QByteArray& a) { return Bytes(a.begin(), a.end()); }

Vote SampleVote() {
  Vote v;
  v.type = VoteType::Precommit;
  v.height = 7;
  v.round = 3;
  v.value = Filled(0xaa);
  v.validator = 5;
  v.signature = Sig(0xbb);
  return v;
}

Vote NilVote() {
  Vote v;
  v.type = VoteType::Prevote;
  v.height = 1;
  v.round = 0;
  v.validator = 9;
  v.signature = Sig(0x01);
  return v;
}

Proposal SampleProposal() {
  Proposal p;
  p.height = 7;
  p.round = 3;
  p.pol_round = 1;
  p.value = Filled(0xaa);
  p.validator = 2;
  p.signature = Sig(0xcc);
  return p;
}

// Signatures by validators 0, 2, 4, ...
CommitCertificate SampleCommit(uint64_t height, size_t signatures) {
  CommitCertificate c;
  c.height = height;
  c.round = 1;
  c.value = Filled(0x11);
  for (size_t i = 0; i < signatures; ++i) {
    c.signatures.push_back(CommitSig{static_cast<uint32_t>(2 * i), Sig(static_cast<uint8_t>(0x20 + i))});
  }
  return c;
}

BlockHeader SampleHeader(uint64_t height) {
  BlockHeader h;
  h.chain_id = "ordo-test";
  h.height = height;
  h.time_ms = 1'700'000'000'000;
  h.prev_hash = Filled(1);
  h.txs_root = Filled(2);
  h.receipts_root = Filled(3);
  h.state_root = Filled(4);
  h.validators_hash = Filled(5);
  h.next_validators_hash = Filled(6);
  h.last_commit_hash = Filled(7);
  h.evidence_hash = Filled(8);
  h.proposer = Filled(9);
  return h;
}

Evidence VoteEvidence() {
  Vote nil = SampleVote();
  nil.value.reset();
  nil.signature = Sig(0xbd);
  return MakeDuplicateVoteEvidence(SampleVote(), nil);
}

Evidence ProposalEvidence() {
  Proposal other = SampleProposal();
  other.pol_round = 0;
  other.signature = Sig(0xcd);
  return MakeDuplicateProposalEvidence(SampleProposal(), other);
}

Block SampleBlock(uint64_t height) {
  Block b;
  b.header = SampleHeader(height);
  if (height > 1) b.last_commit = SampleCommit(height - 1, 3);
  return b;
}

Block FullBlock(uint64_t height) {
  Block b = SampleBlock(height);
  b.txs = {Bytes{}, Bytes{0x01}, Bytes(200, 0x7e)};
  b.evidence = {VoteEvidence(), ProposalEvidence()};
  return b;
}

// Every object kind the codec knows, as one value type so the generic tests can run over all.
using Sample = std::variant<Vote, Proposal, CommitCertificate, Evidence, BlockHeader, Block>;
struct NamedSample {
  const char* name;
  Sample value;
};

std::vector<NamedSample> MakeSamples() {
  std::vector<NamedSample> s;
  s.push_back({"precommit with value", SampleVote()});
  Vote prevote = SampleVote();
  prevote.type = VoteType::Prevote;
  s.push_back({"prevote with value", prevote});
  s.push_back({"nil prevote", NilVote()});
  Vote nil_precommit = NilVote();
  nil_precommit.type = VoteType::Precommit;
  s.push_back({"nil precommit", nil_precommit});
  Vote extreme = SampleVote();
  extreme.height = UINT64_MAX;
  extreme.round = round_max;
  extreme.validator = UINT32_MAX;
  s.push_back({"vote at round_max and maximal fields", extreme});

  Proposal fresh = SampleProposal();
  fresh.round = 0;
  fresh.pol_round = -1;
  s.push_back({"proposal pol_round -1", fresh});
  Proposal relock = SampleProposal();
  relock.pol_round = relock.round - 1;
  s.push_back({"proposal pol_round round-1", relock});
  Proposal late = SampleProposal();
  late.round = round_max;
  s.push_back({"proposal at round_max", late});

  s.push_back({"commit one signature", SampleCommit(4, 1)});
  s.push_back({"commit five signatures", SampleCommit(4, 5)});
  CommitCertificate top = SampleCommit(4, 2);
  top.signatures[1].validator = UINT32_MAX;
  s.push_back({"commit with top validator index", top});

  s.push_back({"evidence duplicate vote value vs nil", VoteEvidence()});
  Vote other_value = SampleVote();
  other_value.value = Filled(0x10);
  s.push_back({"evidence duplicate vote two values",
               Evidence(MakeDuplicateVoteEvidence(SampleVote(), other_value))});
  s.push_back({"evidence duplicate proposal pol_round", ProposalEvidence()});
  Proposal other_proposal = SampleProposal();
  other_proposal.value = Filled(0xff);
  s.push_back({"evidence duplicate proposal values",
               Evidence(MakeDuplicateProposalEvidence(SampleProposal(), other_proposal))});

  s.push_back({"header", SampleHeader(5)});
  BlockHeader empty_id = SampleHeader(5);
  empty_id.chain_id.clear();
  s.push_back({"header empty chain id", empty_id});
  BlockHeader long_id = SampleHeader(5);
  long_id.chain_id = std::string(ordo::chain::chain_id_bytes_max, 'x');
  s.push_back({"header 64-byte chain id", long_id});

  s.push_back({"block height 1 empty", SampleBlock(1)});
  s.push_back({"block height 1 with txs and evidence", FullBlock(1)});
  s.push_back({"block height 2 with last commit", SampleBlock(2)});
  s.push_back({"block height 9 full", FullBlock(9)});
  return s;
}

const std::vector<NamedSample>& Samples() {
  static const std::vector<NamedSample> samples = MakeSamples();
  return samples;
}

Bytes EncodeSample(const Sample& s) {
  return std::visit([](const auto& v) { return Encode(v); }, s);
}

// Decodes bytes as the same type as `like`.
Status DecodeLike(const Sample& like, ByteSpan bytes) {
  return std::visit(
      [bytes](const auto& v) -> Status {
        using T = std::decay_t<decltype(v)>;
        return Decode<T>(bytes).status();
      },
      like);
}

// Decodes, then checks the value survived and that its encoding is the input: decoding is only
// canonical if no other bytes decode to the same object.
bool DecodesCanonically(const Sample& like, const Bytes& bytes, bool require_equal_to_like) {
  return std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        auto decoded = Decode<T>(bytes);
        if (!decoded.ok()) return false;
        if (require_equal_to_like && !(*decoded == v)) return false;
        return Encode(*decoded) == bytes;
      },
      like);
}

enum class Kind { Vote, Proposal, Commit, Evidence, Header, Block };

Status DecodeAs(Kind kind, ByteSpan bytes) {
  switch (kind) {
    case Kind::Vote: return Decode<Vote>(bytes).status();
    case Kind::Proposal: return Decode<Proposal>(bytes).status();
    case Kind::Commit: return Decode<CommitCertificate>(bytes).status();
    case Kind::Evidence: return Decode<Evidence>(bytes).status();
    case Kind::Header: return Decode<BlockHeader>(bytes).status();
    case Kind::Block: return Decode<Block>(bytes).status();
  }
  return Status::InvalidArgument("unknown kind");
}

Bytes PatchI32(Bytes b, size_t offset, int32_t v) {
  Writer w;
  w.PutI32(v);
  std::copy(w.bytes().begin(), w.bytes().end(), b.begin() + static_cast<ptrdiff_t>(offset));
  return b;
}

Bytes PatchU8(Bytes b, size_t offset, uint8_t v) {
  b[offset] = v;
  return b;
}

// A commit written field by field, bypassing Put's canonical-form assertion.
Bytes RawCommit(int32_t round, const std::vector<uint32_t>& validators) {
  Writer w;
  w.PutU64(4);
  w.PutI32(round);
  w.PutFixed(Filled(0x11));
  w.PutVarint(validators.size());
  for (uint32_t v : validators) {
    w.PutU32(v);
    w.PutFixed(Sig(0x20));
  }
  return w.Take();
}

template <typename T>
Bytes RawPair(uint8_t tag, const T& first, const T& second) {
  Writer w;
  w.PutU8(tag);
  Put(w, first);
  Put(w, second);
  return w.Take();
}

void AddRow(const char* name, Kind kind, const Bytes& bytes, const char* message) {
  QTest::newRow(name) << kind << ToQ(bytes) << QByteArray(message);
}

}  // namespace

Q_DECLARE_METATYPE(Kind)

class EncodingTests : public QObject {
  Q_OBJECT

 private slots:
  void roundTrip_data();
  void roundTrip();
  void everyTruncationRejected_data();
  void everyTruncationRejected();
  void trailingByteRejected_data();
  void trailingByteRejected();
  void singleByteChangesStayCanonical_data();
  void singleByteChangesStayCanonical();

  void voteLayout();
  void nilVoteLayout();
  void proposalLayout();
  void commitLayout();
  void evidenceLayout();
  void headerLayout();
  void blockLayout();
  void signBytesLayout();

  void voteRejected_data();
  void voteRejected();
  void proposalRejected_data();
  void proposalRejected();
  void commitRejected_data();
  void commitRejected();
  void evidenceRejected_data();
  void evidenceRejected();
  void blockRejected_data();
  void blockRejected();
  void largestTxAccepted();

  void voteSignBytesCoverEveryField();
  void proposalSignBytesCoverEveryField();
  void blockHashCoversEveryField();

  void duplicateVoteEvidenceIsOrderFree();
  void duplicateProposalEvidenceIsOrderFree();
  void evidenceAccessors();
  void names();

 private:
  void SamplesTable();
  void RejectionColumns();
  void CheckRejected();
};

void EncodingTests::SamplesTable() {
  QTest::addColumn<int>("index");
  for (size_t i = 0; i < Samples().size(); ++i) {
    QTest::newRow(Samples()[i].name) << static_cast<int>(i);
  }
}

void EncodingTests::roundTrip_data() { SamplesTable(); }

void EncodingTests::roundTrip() {
  QFETCH(int, index);
  const Sample& sample = Samples()[static_cast<size_t>(index)].value;
  QVERIFY(DecodesCanonically(sample, EncodeSample(sample), true));
}

void EncodingTests::everyTruncationRejected_data() { SamplesTable(); }

void EncodingTests::everyTruncationRejected() {
  QFETCH(int, index);
  const Sample& sample = Samples()[static_cast<size_t>(index)].value;
  const Bytes full = EncodeSample(sample);
  for (size_t len = 0; len < full.size(); ++len) {
    const Status s = DecodeLike(sample, ByteSpan(full.data(), len));
    QVERIFY2(s.IsCorruption(), qPrintable(QStringLiteral("prefix of %1 bytes accepted").arg(len)));
  }
}

void EncodingTests::trailingByteRejected_data() { SamplesTable(); }

void EncodingTests::trailingByteRejected() {
  QFETCH(int, index);
  const Sample& sample = Samples()[static_cast<size_t>(index)].value;
  Bytes bytes = EncodeSample(sample);
  bytes.push_back(0x00);
  const Status s = DecodeLike(sample, bytes);
  QVERIFY(s.IsCorruption());
  QVERIFY2(s.message().find("trailing") != std::string::npos, s.ToString().c_str());
}

void EncodingTests::singleByteChangesStayCanonical_data() { SamplesTable(); }

// Every single-byte change either fails to decode or decodes to an object whose encoding is exactly
// the changed bytes: no second encoding of any object slips through the decoder, and the decoder
// never accepts what Put would assert on.
void EncodingTests::singleByteChangesStayCanonical() {
  QFETCH(int, index);
  const Sample& sample = Samples()[static_cast<size_t>(index)].value;
  const Bytes full = EncodeSample(sample);
  for (size_t pos = 0; pos < full.size(); ++pos) {
    const uint8_t b = full[pos];
    const uint8_t replacements[] = {0x00, 0x01, 0x02, 0x03, 0x7f, 0x80, 0xff,
                                    static_cast<uint8_t>(b + 1), static_cast<uint8_t>(b - 1)};
    for (uint8_t r : replacements) {
      if (r == b) continue;
      Bytes changed = full;
      changed[pos] = r;
      if (DecodeLike(sample, changed).ok()) {
        QVERIFY2(DecodesCanonically(sample, changed, false),
                 qPrintable(QStringLiteral("byte %1 set to %2").arg(pos).arg(r)));
      }
    }
  }
}

void EncodingTests::voteLayout() {
  const std::string expected = "02"                  // type: precommit
                               "0000000000000007"    // height
                               "00000003"            // round
                               "01" + Rep("aa", 32)  // value present
                               + "00000005"          // validator
                               + Rep("bb", 64);      // signature
  QCOMPARE(HexQ(Encode(SampleVote())), Q(expected));
  QCOMPARE(Encode(SampleVote()).size(), size_t{114});
}

void EncodingTests::nilVoteLayout() {
  const std::string expected = "01"                // type: prevote
                               "0000000000000001"  // height
                               "00000000"          // round
                               "00"                // nil
                               "00000009"          // validator
                               + Rep("01", 64);    // signature
  QCOMPARE(HexQ(Encode(NilVote())), Q(expected));
  QCOMPARE(Encode(NilVote()).size(), size_t{82});
}

void EncodingTests::proposalLayout() {
  Proposal p = SampleProposal();
  p.pol_round = -1;
  const std::string expected = "0000000000000007"  // height
                               "00000003"          // round
                               "ffffffff"          // pol_round -1
                               + Rep("aa", 32)     // value
                               + "00000002"        // validator
                               + Rep("cc", 64);    // signature
  QCOMPARE(HexQ(Encode(p)), Q(expected));
}

void EncodingTests::commitLayout() {
  const std::string expected = "0000000000000004"                  // height
                               "00000001"                          // round
                               + Rep("11", 32)                     // value
                               + "02"                              // count
                               + "00000000" + Rep("20", 64)        // validator 0
                               + "00000002" + Rep("21", 64);       // validator 2
  QCOMPARE(HexQ(Encode(SampleCommit(4, 2))), Q(expected));
}

void EncodingTests::evidenceLayout() {
  const Evidence votes = VoteEvidence();
  const auto& dv = std::get<DuplicateVoteEvidence>(votes);
  QVERIFY(!dv.first.value.has_value());  // nil sorts first
  QCOMPARE(HexQ(Encode(votes)), HexQ(Concat({Hex("01"), Encode(dv.first), Encode(dv.second)})));

  const Evidence proposals = ProposalEvidence();
  const auto& dp = std::get<DuplicateProposalEvidence>(proposals);
  QCOMPARE(dp.first.pol_round, 0);
  QCOMPARE(HexQ(Encode(proposals)), HexQ(Concat({Hex("02"), Encode(dp.first), Encode(dp.second)})));
}

void EncodingTests::headerLayout() {
  const std::string expected = "09" + AsciiHex("ordo-test")  // chain id
                               + "0000000000000002"          // height
                               + "0000018bcfe56800"          // time_ms 1'700'000'000'000
                               + Rep("01", 32) + Rep("02", 32) + Rep("03", 32) + Rep("04", 32) +
                               Rep("05", 32) + Rep("06", 32) + Rep("07", 32) + Rep("08", 32) +
                               Rep("09", 32);  // eight hashes, then the proposer
  QCOMPARE(HexQ(Encode(SampleHeader(2))), Q(expected));
}

void EncodingTests::blockLayout() {
  const Bytes header1 = Encode(SampleHeader(1));
  // No txs, no evidence, no last commit.
  QCOMPARE(HexQ(Encode(SampleBlock(1))), HexQ(Concat({header1, Hex("000000")})));

  Block b = SampleBlock(2);
  b.txs = {Hex("c0ffee")};
  const Bytes expected = Concat({Encode(SampleHeader(2)), Hex("01" "03c0ffee" "00" "01"),
                                 Encode(*b.last_commit)});
  QCOMPARE(HexQ(Encode(b)), HexQ(expected));
}

void EncodingTests::signBytesLayout() {
  const std::string vote_body = "02" "0000000000000007" "00000003" "01" + Rep("aa", 32) + "00000005";
  QCOMPARE(HexQ(ordo::consensus::VoteSignBytes("ordo-test", SampleVote())),
           Q("0c" + AsciiHex("ordo/vote/v1") + "09" + AsciiHex("ordo-test") + vote_body));

  const std::string proposal_body =
      "0000000000000007" "00000003" "00000001" + Rep("aa", 32) + "00000002";
  QCOMPARE(HexQ(ordo::consensus::ProposalSignBytes("ordo-test", SampleProposal())),
           Q("10" + AsciiHex("ordo/proposal/v1") + "09" + AsciiHex("ordo-test") + proposal_body));
}

void EncodingTests::RejectionColumns() {
  QTest::addColumn<Kind>("kind");
  QTest::addColumn<QByteArray>("encoding");
  QTest::addColumn<QByteArray>("message");
}

void EncodingTests::CheckRejected() {
  QFETCH(Kind, kind);
  QFETCH(QByteArray, encoding);
  QFETCH(QByteArray, message);
  const Status s = DecodeAs(kind, FromQ(encoding));
  QVERIFY2(s.IsCorruption(), s.ToString().c_str());
  QVERIFY2(s.message().find(message.toStdString()) != std::string::npos, s.ToString().c_str());
}

void EncodingTests::voteRejected_data() {
  RejectionColumns();
  const Bytes vote = Encode(SampleVote());
  AddRow("type 0", Kind::Vote, PatchU8(vote, vote_type_offset, 0), "vote.type: 0 is not");
  AddRow("type 3", Kind::Vote, PatchU8(vote, vote_type_offset, 3), "vote.type: 3 is not");
  AddRow("round -1", Kind::Vote, PatchI32(vote, vote_round_offset, -1), "vote.round: -1");
  AddRow("round round_max+1", Kind::Vote, PatchI32(vote, vote_round_offset, round_max + 1),
         "vote.round");
  AddRow("round INT32_MIN", Kind::Vote, PatchI32(vote, vote_round_offset, INT32_MIN), "vote.round");
  AddRow("optional tag 2", Kind::Vote, PatchU8(vote, vote_value_tag_offset, 2),
         "vote.value: optional tag 2");
  AddRow("optional tag 0x80", Kind::Vote, PatchU8(vote, vote_value_tag_offset, 0x80),
         "optional tag 128");
}

void EncodingTests::voteRejected() { CheckRejected(); }

void EncodingTests::proposalRejected_data() {
  RejectionColumns();
  const Bytes p = Encode(SampleProposal());  // round 3, pol_round 1
  AddRow("round -1", Kind::Proposal, PatchI32(p, proposal_round_offset, -1), "proposal.round");
  AddRow("round round_max+1", Kind::Proposal, PatchI32(p, proposal_round_offset, round_max + 1),
         "proposal.round");
  AddRow("pol_round == round", Kind::Proposal, PatchI32(p, proposal_pol_round_offset, 3),
         "proposal.pol_round: 3");
  AddRow("pol_round > round", Kind::Proposal, PatchI32(p, proposal_pol_round_offset, 4),
         "proposal.pol_round");
  AddRow("pol_round -2", Kind::Proposal, PatchI32(p, proposal_pol_round_offset, -2),
         "proposal.pol_round");
  Bytes round0 = PatchI32(PatchI32(p, proposal_round_offset, 0), proposal_pol_round_offset, 0);
  AddRow("pol_round 0 at round 0", Kind::Proposal, round0, "proposal.pol_round");
}

void EncodingTests::proposalRejected() { CheckRejected(); }

void EncodingTests::commitRejected_data() {
  RejectionColumns();
  QVERIFY(Decode<CommitCertificate>(RawCommit(1, {0, 1, 7})).ok());  // the raw writer is sound
  AddRow("unsorted", Kind::Commit, RawCommit(1, {3, 1}), "commit.signatures[1]: validator 1");
  AddRow("duplicate validator", Kind::Commit, RawCommit(1, {0, 2, 2}), "strictly ascending");
  AddRow("empty", Kind::Commit, RawCommit(1, {}), "empty commit");
  AddRow("round -1", Kind::Commit, RawCommit(-1, {0}), "commit.round");
  AddRow("round round_max+1", Kind::Commit, RawCommit(round_max + 1, {0}), "commit.round");

  const Bytes empty = RawCommit(1, {});
  const Bytes head(empty.begin(), empty.end() - 1);  // everything before the count
  const Bytes single = RawCommit(1, {0});
  const Bytes one_sig(single.end() - 68, single.end());
  AddRow("non-minimal count", Kind::Commit, Concat({head, Hex("8100"), one_sig}), "non-minimal");
  AddRow("count over commit_signatures_max", Kind::Commit,
         Concat({head, VarintBytes(ordo::consensus::commit_signatures_max + 1), one_sig}),
         "exceeds the maximum of 10000");
  AddRow("count over remaining input", Kind::Commit, Concat({head, Hex("05"), one_sig}),
         "commit.signatures[1]");
}

void EncodingTests::commitRejected() { CheckRejected(); }

void EncodingTests::evidenceRejected_data() {
  RejectionColumns();
  const Vote a = SampleVote();
  Vote nil = a;
  nil.value.reset();
  Vote low = a;
  low.value = Filled(0x10);
  Vote resigned = a;
  resigned.signature = Sig(0xee);
  auto nil_with = [&nil](const std::function<void(Vote&)>& change) {
    Vote v = nil;
    change(v);
    return v;
  };
  AddRow("vote tag 0", Kind::Evidence, RawPair(0, nil, a), "evidence.tag: 0");
  AddRow("vote tag 3", Kind::Evidence, RawPair(3, nil, a), "evidence.tag: 3");
  AddRow("votes equal", Kind::Evidence, RawPair(1, a, a), "equal values");
  AddRow("votes equal but signatures", Kind::Evidence, RawPair(1, a, resigned), "equal values");
  AddRow("votes both nil", Kind::Evidence, RawPair(1, nil, nil_with([](Vote& v) { v.signature = Sig(3); })),
         "equal values");
  AddRow("votes heights differ", Kind::Evidence,
         RawPair(1, nil_with([](Vote& v) { v.height += 1; }), a), "heights differ");
  AddRow("votes rounds differ", Kind::Evidence,
         RawPair(1, nil_with([](Vote& v) { v.round += 1; }), a), "rounds differ");
  AddRow("votes types differ", Kind::Evidence,
         RawPair(1, nil_with([](Vote& v) { v.type = VoteType::Prevote; }), a), "types differ");
  AddRow("votes validators differ", Kind::Evidence,
         RawPair(1, nil_with([](Vote& v) { v.validator += 1; }), a), "validators differ");
  AddRow("votes value before nil", Kind::Evidence, RawPair(1, a, nil), "canonical order");
  AddRow("votes values descending", Kind::Evidence, RawPair(1, a, low), "canonical order");
  AddRow("inner vote invalid", Kind::Evidence,
         Concat({Hex("01"), PatchI32(Encode(nil), vote_round_offset, -1), Encode(a)}),
         "evidence.first: vote.round");

  const Proposal p = SampleProposal();  // pol_round 1, value aa..
  auto p_with = [&p](const std::function<void(Proposal&)>& change) {
    Proposal q = p;
    change(q);
    return q;
  };
  const Proposal lower_pol = p_with([](Proposal& q) { q.pol_round = 0; });
  AddRow("proposals equal", Kind::Evidence, RawPair(2, p, p), "no conflict");
  AddRow("proposals equal but signatures", Kind::Evidence,
         RawPair(2, p, p_with([](Proposal& q) { q.signature = Sig(0xee); })), "no conflict");
  AddRow("proposals heights differ", Kind::Evidence,
         RawPair(2, lower_pol, p_with([](Proposal& q) { q.height += 1; })), "heights differ");
  AddRow("proposals rounds differ", Kind::Evidence,
         RawPair(2, lower_pol, p_with([](Proposal& q) { q.round += 1; })), "rounds differ");
  AddRow("proposals validators differ", Kind::Evidence,
         RawPair(2, lower_pol, p_with([](Proposal& q) { q.validator += 1; })), "validators differ");
  AddRow("proposals pol_round descending", Kind::Evidence, RawPair(2, p, lower_pol), "canonical order");
  AddRow("proposals values descending", Kind::Evidence,
         RawPair(2, p, p_with([](Proposal& q) { q.value = Filled(0x01); })), "canonical order");
}

void EncodingTests::evidenceRejected() { CheckRejected(); }

void EncodingTests::blockRejected_data() {
  RejectionColumns();
  const Bytes h1 = Encode(SampleHeader(1));
  const Bytes no_contents = Hex("0000");  // tx count, evidence count
  const Bytes no_commit = Hex("00");
  AddRow("height 0", Kind::Block, Concat({Encode(SampleHeader(0)), no_contents, no_commit}),
         "block.header.height: 0");
  AddRow("last commit missing at height 2", Kind::Block,
         Concat({Encode(SampleHeader(2)), no_contents, no_commit}), "missing at height 2");
  AddRow("last commit present at height 1", Kind::Block,
         Concat({h1, no_contents, Hex("01"), Encode(SampleCommit(0, 1))}), "present at height 1");
  AddRow("last commit for the wrong height", Kind::Block,
         Concat({Encode(SampleHeader(3)), no_contents, Hex("01"), Encode(SampleCommit(1, 1))}),
         "block.last_commit.height: 1");
  AddRow("last commit tag 2", Kind::Block, Concat({h1, no_contents, Hex("02")}), "optional tag 2");
  AddRow("invalid last commit", Kind::Block,
         Concat({Encode(SampleHeader(2)), no_contents, Hex("01"), RawCommit(1, {})}),
         "empty commit");

  const Bytes tx_over_max(ordo::chain::tx_bytes_max + 1, 0x42);
  AddRow("tx longer than tx_bytes_max", Kind::Block,
         Concat({h1, Hex("01"), VarintBytes(tx_over_max.size()), tx_over_max, Hex("00"), no_commit}),
         "block.txs[0]: byte string length 131073 exceeds the maximum of 131072");
  AddRow("tx length beyond the input", Kind::Block, Concat({h1, Hex("01" "e807"), Bytes(10, 0x42)}),
         "block.txs[0]: byte string length 1000 exceeds the remaining input of 10 bytes");
  AddRow("tx length UINT64_MAX", Kind::Block,
         Concat({h1, Hex("01" "ffffffffffffffffff01"), no_contents, no_commit}), "block.txs[0]");
  AddRow("tx count non-minimal", Kind::Block, Concat({h1, Hex("8000"), no_contents, no_commit}),
         "non-minimal");
  AddRow("tx count over block_txs_max", Kind::Block,
         Concat({h1, VarintBytes(ordo::chain::block_txs_max + 1), no_contents, no_commit}),
         "block.txs: element count 100001 exceeds the maximum");
  AddRow("tx count over remaining input", Kind::Block,
         Concat({h1, VarintBytes(50'000), no_contents, no_commit}), "exceeds the remaining input");
  AddRow("evidence count over block_evidence_max", Kind::Block,
         Concat({h1, Hex("00"), VarintBytes(ordo::chain::block_evidence_max + 1), Bytes(300, 0)}),
         "block.evidence: element count 257");
  const Vote v = SampleVote();
  AddRow("invalid evidence", Kind::Block, Concat({h1, Hex("0001"), RawPair(1, v, v), no_commit}),
         "block.evidence[0]: duplicate vote evidence: equal values");

  Bytes long_id = Encode(SampleHeader(1));
  QCOMPARE(long_id[0], uint8_t{9});
  long_id[0] = static_cast<uint8_t>(ordo::chain::chain_id_bytes_max + 1);
  long_id.insert(long_id.begin() + 1, ordo::chain::chain_id_bytes_max + 1 - 9, 'x');
  AddRow("header chain id of 65 bytes", Kind::Header, long_id,
         "header.chain_id: string length 65 exceeds the maximum of 64");
  AddRow("block chain id of 65 bytes", Kind::Block, Concat({long_id, no_contents, no_commit}),
         "block: header.chain_id");
}

void EncodingTests::blockRejected() { CheckRejected(); }

void EncodingTests::largestTxAccepted() {
  Block b = SampleBlock(1);
  b.txs = {Bytes(ordo::chain::tx_bytes_max, 0x42)};
  auto decoded = Decode<Block>(Encode(b));
  QVERIFY2(decoded.ok(), decoded.status().ToString().c_str());
  QVERIFY(*decoded == b);
}

void EncodingTests::voteSignBytesCoverEveryField() {
  using ordo::consensus::VoteSignBytes;
  const Vote base = SampleVote();
  const Bytes base_bytes = VoteSignBytes("ordo-test", base);
  QVERIFY(VoteSignBytes("ordo-tesu", base) != base_bytes);
  QVERIFY(VoteSignBytes("", base) != base_bytes);

  const std::pair<const char*, std::function<void(Vote&)>> changes[] = {
      {"type", [](Vote& v) { v.type = VoteType::Prevote; }},
      {"height", [](Vote& v) { v.height += 1; }},
      {"round", [](Vote& v) { v.round += 1; }},
      {"value", [](Vote& v) { v.value = Filled(0xab); }},
      {"value to nil", [](Vote& v) { v.value.reset(); }},
      {"validator", [](Vote& v) { v.validator += 1; }},
  };
  for (const auto& [name, change] : changes) {
    Vote v = base;
    change(v);
    QVERIFY2(VoteSignBytes("ordo-test", v) != base_bytes, name);
  }
  Vote resigned = base;
  resigned.signature = Sig(0x00);
  QVERIFY(VoteSignBytes("ordo-test", resigned) == base_bytes);
}

void EncodingTests::proposalSignBytesCoverEveryField() {
  using ordo::consensus::ProposalSignBytes;
  const Proposal base = SampleProposal();
  const Bytes base_bytes = ProposalSignBytes("ordo-test", base);
  QVERIFY(ProposalSignBytes("ordo-tesu", base) != base_bytes);

  const std::pair<const char*, std::function<void(Proposal&)>> changes[] = {
      {"height", [](Proposal& p) { p.height += 1; }},
      {"round", [](Proposal& p) { p.round += 1; }},
      {"pol_round", [](Proposal& p) { p.pol_round = -1; }},
      {"value", [](Proposal& p) { p.value = Filled(0xab); }},
      {"validator", [](Proposal& p) { p.validator += 1; }},
  };
  for (const auto& [name, change] : changes) {
    Proposal p = base;
    change(p);
    QVERIFY2(ProposalSignBytes("ordo-test", p) != base_bytes, name);
  }
  Proposal resigned = base;
  resigned.signature = Sig(0x00);
  QVERIFY(ProposalSignBytes("ordo-test", resigned) == base_bytes);

  // Domain separation: a proposal's sign-bytes never read as a vote's.
  QVERIFY(base_bytes[0] != ordo::consensus::VoteSignBytes("ordo-test", SampleVote())[0]);
}

void EncodingTests::blockHashCoversEveryField() {
  using ordo::chain::BlockHash;
  const BlockHeader base = SampleHeader(5);
  const Hash32 base_hash = BlockHash(base);
  QVERIFY(base_hash == ordo::crypto::Sha256(Encode(base)));
  QVERIFY(BlockHash(SampleHeader(5)) == base_hash);

  const std::pair<const char*, std::function<void(BlockHeader&)>> changes[] = {
      {"chain_id", [](BlockHeader& h) { h.chain_id = "ordo-tesu"; }},
      {"height", [](BlockHeader& h) { h.height += 1; }},
      {"time_ms", [](BlockHeader& h) { h.time_ms += 1; }},
      {"prev_hash", [](BlockHeader& h) { h.prev_hash[31] ^= 1; }},
      {"txs_root", [](BlockHeader& h) { h.txs_root[31] ^= 1; }},
      {"receipts_root", [](BlockHeader& h) { h.receipts_root[31] ^= 1; }},
      {"state_root", [](BlockHeader& h) { h.state_root[31] ^= 1; }},
      {"validators_hash", [](BlockHeader& h) { h.validators_hash[31] ^= 1; }},
      {"next_validators_hash", [](BlockHeader& h) { h.next_validators_hash[31] ^= 1; }},
      {"last_commit_hash", [](BlockHeader& h) { h.last_commit_hash[31] ^= 1; }},
      {"evidence_hash", [](BlockHeader& h) { h.evidence_hash[31] ^= 1; }},
      {"proposer", [](BlockHeader& h) { h.proposer[31] ^= 1; }},
  };
  for (const auto& [name, change] : changes) {
    BlockHeader h = base;
    change(h);
    QVERIFY2(BlockHash(h) != base_hash, name);
  }
}

void EncodingTests::duplicateVoteEvidenceIsOrderFree() {
  const Vote a = SampleVote();  // value aa..
  Vote nil = a;
  nil.value.reset();
  Vote low = a;
  low.value = Filled(0x10);

  const DuplicateVoteEvidence with_nil = MakeDuplicateVoteEvidence(a, nil);
  QVERIFY(with_nil == MakeDuplicateVoteEvidence(nil, a));
  QVERIFY(with_nil.first == nil);
  QVERIFY(with_nil.second == a);

  const DuplicateVoteEvidence two_values = MakeDuplicateVoteEvidence(a, low);
  QVERIFY(two_values == MakeDuplicateVoteEvidence(low, a));
  QVERIFY(two_values.first == low);
  QVERIFY(ordo::consensus::VoteEvidenceLess(low, a));
  QVERIFY(!ordo::consensus::VoteEvidenceLess(a, low));
  QVERIFY(!ordo::consensus::VoteEvidenceLess(a, a));
}

void EncodingTests::duplicateProposalEvidenceIsOrderFree() {
  const Proposal p = SampleProposal();  // pol_round 1, value aa..
  Proposal lower_pol = p;
  lower_pol.pol_round = -1;
  Proposal higher_value = p;
  higher_value.value = Filled(0xab);
  higher_value.pol_round = -1;

  const DuplicateProposalEvidence by_pol = MakeDuplicateProposalEvidence(p, lower_pol);
  QVERIFY(by_pol == MakeDuplicateProposalEvidence(lower_pol, p));
  QVERIFY(by_pol.first == lower_pol);

  // Value decides before pol_round.
  const DuplicateProposalEvidence by_value = MakeDuplicateProposalEvidence(higher_value, p);
  QVERIFY(by_value == MakeDuplicateProposalEvidence(p, higher_value));
  QVERIFY(by_value.first == p);
}

void EncodingTests::evidenceAccessors() {
  const Evidence votes = VoteEvidence();
  QCOMPARE(EvidenceHeight(votes), uint64_t{7});
  QCOMPARE(EvidenceRound(votes), 3);
  QCOMPARE(EvidenceOffender(votes), uint32_t{5});

  const Evidence proposals = ProposalEvidence();
  QCOMPARE(EvidenceHeight(proposals), uint64_t{7});
  QCOMPARE(EvidenceRound(proposals), 3);
  QCOMPARE(EvidenceOffender(proposals), uint32_t{2});
}

void EncodingTests::names() {
  using ordo::consensus::StepName;
  using ordo::consensus::VoteTypeName;
  QCOMPARE(QByteArray(VoteTypeName(VoteType::Prevote)), QByteArray("prevote"));
  QCOMPARE(QByteArray(VoteTypeName(VoteType::Precommit)), QByteArray("precommit"));
  QCOMPARE(QByteArray(VoteTypeName(static_cast<VoteType>(0))), QByteArray("invalid"));
  QCOMPARE(QByteArray(StepName(Step::Unstarted)), QByteArray("unstarted"));
  QCOMPARE(QByteArray(StepName(Step::Propose)), QByteArray("propose"));
  QCOMPARE(QByteArray(StepName(Step::Prevote)), QByteArray("prevote"));
  QCOMPARE(QByteArray(StepName(Step::Precommit)), QByteArray("precommit"));
  QCOMPARE(QByteArray(StepName(Step::Commit)), QByteArray("commit"));
  QCOMPARE(QByteArray(StepName(static_cast<Step>(9))), QByteArray("invalid"));
}

QTEST_APPLESS_MAIN(EncodingTests)
#include "encoding_tests.moc"
