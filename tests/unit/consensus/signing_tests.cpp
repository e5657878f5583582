// Signing and verification of votes, proposals, commit certificates and evidence with real
// BIP-340 keys: what verifies, and every way a message, certificate or piece of evidence must not.

#include <QtTest>

#include <functional>
#include <string>
#include <vector>

#include "ordo/consensus/signing.h"

using namespace ordo;
using namespace ordo::consensus;

Q_DECLARE_METATYPE(ordo::consensus::Vote)
Q_DECLARE_METATYPE(ordo::consensus::Proposal)
Q_DECLARE_METATYPE(ordo::consensus::CommitCertificate)
Q_DECLARE_METATYPE(ordo::consensus::Evidence)

namespace {

constexpr std::string_view kChainId = "ordo-test";
constexpr Height kHeight = 9;
constexpr size_t kValidators = 4;

Hash32 Filled(uint8_t b) {
  Hash32 h{};
  h.fill(b);
  return h;
}

const ValueId kA = Filled(0xaa);
const ValueId kB = Filled(0xbb);

// Fixed, valid secret keys: 32 bytes of i + 1 are far below the group order.
crypto::SecretKey SecretFor(size_t i) {
  Bytes bytes(32, static_cast<uint8_t>(i + 1));
  auto key = crypto::SecretKey::FromBytes(bytes);
  ORDO_ASSERT(key.ok());
  return std::move(key).value();
}

ValidatorSet MakeSet(const std::vector<uint64_t>& powers) {
  std::vector<Validator> validators;
  for (size_t i = 0; i < powers.size(); ++i) {
    Validator v;
    v.public_key = SecretFor(i).PublicKey();
    v.power = powers[i];
    validators.push_back(v);
  }
  auto set = ValidatorSet::Create(std::move(validators));
  ORDO_ASSERT(set.ok());
  return std::move(set).value();
}

const ValidatorSet& EqualSet() {
  static const ValidatorSet set = MakeSet(std::vector<uint64_t>(kValidators, 1));
  return set;
}

std::array<uint8_t, 32> Aux(uint8_t b) {
  std::array<uint8_t, 32> aux{};
  aux.fill(b);
  return aux;
}

Vote SignedVote(VoteType type, Round round, ValidatorIndex validator, const std::optional<ValueId>& value,
                Height height = kHeight, uint8_t aux = 0) {
  Vote v;
  v.type = type;
  v.height = height;
  v.round = round;
  v.value = value;
  v.validator = validator;
  v.signature = SignVote(kChainId, SecretFor(validator), v, Aux(aux));
  return v;
}

Proposal SignedProposal(Round round, Round pol_round, ValidatorIndex validator, const ValueId& value,
                        uint8_t aux = 0) {
  Proposal p;
  p.height = kHeight;
  p.round = round;
  p.pol_round = pol_round;
  p.value = value;
  p.validator = validator;
  p.signature = SignProposal(kChainId, SecretFor(validator), p, Aux(aux));
  return p;
}

CommitCertificate SignedCertificate(const std::vector<ValidatorIndex>& signers, Round round = 1,
                                    const ValueId& value = kA, Height height = kHeight) {
  CommitCertificate cert;
  cert.height = height;
  cert.round = round;
  cert.value = value;
  for (ValidatorIndex i : signers) {
    cert.signatures.push_back(CommitSig{i, SignedVote(VoteType::Precommit, round, i, value, height).signature});
  }
  return cert;
}

template <typename T>
T With(T value, const std::function<void(T&)>& change) {
  change(value);
  return value;
}

void FlipSignatureBit(crypto::SchnorrSignature& sig) { sig[17] ^= 0x04; }

}  // namespace

class SigningTests : public QObject {
  Q_OBJECT

 private slots:
  void verifyVote_data() {
    QTest::addColumn<Vote>("vote");
    QTest::addColumn<bool>("valid");
    const Vote good = SignedVote(VoteType::Prevote, 2, 1, kA);
    const Vote nil = SignedVote(VoteType::Precommit, 0, 3, std::nullopt);
    QTest::newRow("prevote for a value") << good << true;
    QTest::newRow("nil precommit") << nil << true;
    QTest::newRow("type changed") << With<Vote>(good, [](Vote& v) { v.type = VoteType::Precommit; }) << false;
    QTest::newRow("height changed") << With<Vote>(good, [](Vote& v) { v.height += 1; }) << false;
    QTest::newRow("round changed") << With<Vote>(good, [](Vote& v) { v.round += 1; }) << false;
    QTest::newRow("value changed") << With<Vote>(good, [](Vote& v) { v.value = kB; }) << false;
    QTest::newRow("value to nil") << With<Vote>(good, [](Vote& v) { v.value.reset(); }) << false;
    QTest::newRow("nil to value") << With<Vote>(nil, [](Vote& v) { v.value = kA; }) << false;
    QTest::newRow("claimed by another validator") << With<Vote>(good, [](Vote& v) { v.validator = 2; }) << false;
    QTest::newRow("signature bit") << With<Vote>(good, [](Vote& v) { FlipSignatureBit(v.signature); }) << false;
    QTest::newRow("unknown validator") << With<Vote>(good, [](Vote& v) { v.validator = kValidators; }) << false;
    QTest::newRow("validator index max") << With<Vote>(good, [](Vote& v) { v.validator = 0xffffffff; }) << false;
  }

  void verifyVote() {
    QFETCH(Vote, vote);
    QFETCH(bool, valid);
    QCOMPARE(VerifyVote(kChainId, EqualSet(), vote), valid);
  }

  void verifyProposal_data() {
    QTest::addColumn<Proposal>("proposal");
    QTest::addColumn<bool>("valid");
    const Proposal good = SignedProposal(3, 1, 2, kA);
    QTest::newRow("with pol_round") << good << true;
    QTest::newRow("fresh") << SignedProposal(0, kNilRound, 0, kB) << true;
    QTest::newRow("height changed") << With<Proposal>(good, [](Proposal& p) { p.height -= 1; }) << false;
    QTest::newRow("round changed") << With<Proposal>(good, [](Proposal& p) { p.round = 4; }) << false;
    QTest::newRow("pol_round changed") << With<Proposal>(good, [](Proposal& p) { p.pol_round = kNilRound; }) << false;
    QTest::newRow("value changed") << With<Proposal>(good, [](Proposal& p) { p.value = kB; }) << false;
    QTest::newRow("claimed by another validator") << With<Proposal>(good, [](Proposal& p) { p.validator = 1; })
                                                  << false;
    QTest::newRow("signature bit") << With<Proposal>(good, [](Proposal& p) { FlipSignatureBit(p.signature); })
                                   << false;
    QTest::newRow("unknown validator") << With<Proposal>(good, [](Proposal& p) { p.validator = kValidators; })
                                       << false;
  }

  void verifyProposal() {
    QFETCH(Proposal, proposal);
    QFETCH(bool, valid);
    QCOMPARE(VerifyProposal(kChainId, EqualSet(), proposal), valid);
  }

  // Signatures are bound to the chain id, and a vote signature is no proposal signature.
  void signaturesAreBoundToChainAndKind() {
    const Vote vote = SignedVote(VoteType::Prevote, 0, 1, kA);
    const Proposal proposal = SignedProposal(0, kNilRound, 1, kA);
    QVERIFY(VerifyVote(kChainId, EqualSet(), vote));
    QVERIFY(VerifyProposal(kChainId, EqualSet(), proposal));
    for (std::string_view other : {std::string_view("ordo-tes"), std::string_view("ordo-test2"),
                                    std::string_view("ORDO-TEST"), std::string_view("")}) {
      QVERIFY2(!VerifyVote(other, EqualSet(), vote), std::string(other).c_str());
      QVERIFY2(!VerifyProposal(other, EqualSet(), proposal), std::string(other).c_str());
    }
    Proposal carrying_vote_sig = proposal;
    carrying_vote_sig.signature = vote.signature;
    QVERIFY(!VerifyProposal(kChainId, EqualSet(), carrying_vote_sig));
  }

  void verifyCommitCertificate_data() {
    QTest::addColumn<QList<quint64>>("powers");
    QTest::addColumn<CommitCertificate>("cert");
    QTest::addColumn<quint64>("height");
    QTest::addColumn<QString>("error");  // empty: must verify
    const QList<quint64> equal{1, 1, 1, 1};
    const QList<quint64> weighted{1, 1, 1, 5};  // total 8, quorum 6
    QTest::newRow("3 of 4") << equal << SignedCertificate({0, 1, 3}) << quint64{kHeight} << "";
    QTest::newRow("4 of 4") << equal << SignedCertificate({0, 1, 2, 3}) << quint64{kHeight} << "";
    QTest::newRow("2 of 4") << equal << SignedCertificate({1, 2}) << quint64{kHeight} << "below 2/3";
    QTest::newRow("empty") << equal << SignedCertificate({}) << quint64{kHeight} << "below 2/3";
    QTest::newRow("weighted 6 of 8") << weighted << SignedCertificate({0, 3}) << quint64{kHeight} << "";
    QTest::newRow("weighted 5 of 8") << weighted << SignedCertificate({3}) << quint64{kHeight} << "below 2/3";
    QTest::newRow("weighted 3 of 8") << weighted << SignedCertificate({0, 1, 2}) << quint64{kHeight} << "below 2/3";
    QTest::newRow("unsorted") << equal << SignedCertificate({1, 0, 2}) << quint64{kHeight} << "ascending";
    QTest::newRow("duplicate") << equal << SignedCertificate({0, 1, 1, 2}) << quint64{kHeight} << "ascending";
    // Counting validator 1 twice would make 3 of 4.
    QTest::newRow("duplicate to fake a quorum") << equal << SignedCertificate({0, 1, 1}) << quint64{kHeight}
                                                << "ascending";
    QTest::newRow("bad signature")
        << equal
        << With<CommitCertificate>(SignedCertificate({0, 1, 2}),
                                   [](CommitCertificate& c) { FlipSignatureBit(c.signatures[1].signature); })
        << quint64{kHeight} << "invalid commit signature";
    QTest::newRow("prevote signature")
        << equal
        << With<CommitCertificate>(SignedCertificate({0, 1, 2}),
                                   [](CommitCertificate& c) {
                                     c.signatures[2].signature = SignedVote(VoteType::Prevote, 1, 2, kA).signature;
                                   })
        << quint64{kHeight} << "invalid commit signature";
    QTest::newRow("value changed") << equal
                                   << With<CommitCertificate>(SignedCertificate({0, 1, 2}),
                                                              [](CommitCertificate& c) { c.value = kB; })
                                   << quint64{kHeight} << "invalid commit signature";
    QTest::newRow("round changed") << equal
                                   << With<CommitCertificate>(SignedCertificate({0, 1, 2}),
                                                              [](CommitCertificate& c) { c.round = 2; })
                                   << quint64{kHeight} << "invalid commit signature";
    QTest::newRow("wrong height") << equal << SignedCertificate({0, 1, 2}) << quint64{kHeight + 1}
                                  << "another height";
    QTest::newRow("height relabelled")
        << equal << With<CommitCertificate>(SignedCertificate({0, 1, 2}), [](CommitCertificate& c) { c.height += 1; })
        << quint64{kHeight + 1} << "invalid commit signature";
    QTest::newRow("unknown validator") << equal
                                       << With<CommitCertificate>(SignedCertificate({0, 1, 2}),
                                                                  [](CommitCertificate& c) {
                                                                    c.signatures.push_back(c.signatures[2]);
                                                                    c.signatures.back().validator = 7;
                                                                  })
                                       << quint64{kHeight} << "unknown validator";
    QTest::newRow("more signatures than validators")
        << equal
        << With<CommitCertificate>(SignedCertificate({0, 1, 2, 3}),
                                   [](CommitCertificate& c) { c.signatures.push_back(c.signatures[3]); })
        << quint64{kHeight} << "more commit signatures";
    QTest::newRow("negative round") << equal << SignedCertificate({0, 1, 2}, -1) << quint64{kHeight}
                                    << "round out of range";
  }

  void verifyCommitCertificate() {
    QFETCH(QList<quint64>, powers);
    QFETCH(CommitCertificate, cert);
    QFETCH(quint64, height);
    QFETCH(QString, error);
    const ValidatorSet set = MakeSet(std::vector<uint64_t>(powers.begin(), powers.end()));
    const Status s = VerifyCommitCertificate(kChainId, set, height, cert);
    // The same verdict from a cache that holds every valid precommit of the certificate's height,
    // round and value: only exactly what verified before is skipped.
    VerifiedSignatures warm(64);
    for (ValidatorIndex i = 0; i < set.size(); ++i) {
      QVERIFY(VerifyVote(kChainId, set, SignedVote(VoteType::Precommit, cert.round, i, cert.value, cert.height), &warm));
    }
    const Status cached = VerifyCommitCertificate(kChainId, set, height, cert, &warm);
    QCOMPARE(cached.ok(), s.ok());
    QCOMPARE(cached.message(), s.message());
    if (error.isEmpty()) {
      QVERIFY2(s.ok(), s.message().c_str());
      QCOMPARE(warm.hits(), uint64_t{cert.signatures.size()});
      return;
    }
    QVERIFY(!s.ok());
    QVERIFY(s.IsInvalidArgument());
    QVERIFY2(QString::fromStdString(s.message()).contains(error), s.message().c_str());
  }

  // A signature is taken as verified only when exactly it, by exactly that key, over exactly those
  // bytes verified before; the cache stays within its capacity.
  void verifiedSignaturesSkipOnlyWhatVerified() {
    VerifiedSignatures cache(2);
    const Vote good = SignedVote(VoteType::Precommit, 1, 2, kA);
    QVERIFY(VerifyVote(kChainId, EqualSet(), good, &cache));
    QCOMPARE(cache.size(), size_t{1});
    QCOMPARE(cache.hits(), uint64_t{0});
    QVERIFY(VerifyVote(kChainId, EqualSet(), good, &cache));
    QCOMPARE(cache.hits(), uint64_t{1});

    QVERIFY(!VerifyVote(kChainId, EqualSet(), With<Vote>(good, [](Vote& v) { FlipSignatureBit(v.signature); }), &cache));
    QVERIFY(!VerifyVote(kChainId, EqualSet(), With<Vote>(good, [](Vote& v) { v.validator = 1; }), &cache));
    QVERIFY(!VerifyVote(kChainId, EqualSet(), With<Vote>(good, [](Vote& v) { v.round = 2; }), &cache));
    QVERIFY(!VerifyVote(kChainId, EqualSet(), With<Vote>(good, [](Vote& v) { v.type = VoteType::Prevote; }), &cache));
    QVERIFY(!VerifyVote("ordo-other", EqualSet(), good, &cache));
    // Index 2 names another key in this set: the earlier check of validator 2's key does not count.
    const ValidatorSet weighted = MakeSet({1, 1, 5, 1});
    QVERIFY(VerifyVote(kChainId, weighted, good, &cache));  // same keys, other powers: a hit
    QCOMPARE(cache.hits(), uint64_t{2});
    std::vector<Validator> swapped{EqualSet().at(0), EqualSet().at(1), EqualSet().at(3), EqualSet().at(2)};
    auto other = ValidatorSet::Create(std::move(swapped));
    QVERIFY(other.ok());
    QVERIFY(!VerifyVote(kChainId, *other, good, &cache));
    QCOMPARE(cache.hits(), uint64_t{2});
    QCOMPARE(cache.size(), size_t{1});  // nothing that failed was kept

    // A vote signed here needs no check and is remembered.
    const Vote own = SignedVote(VoteType::Prevote, 1, 0, kB);
    RememberVote(kChainId, EqualSet(), own, cache);
    QVERIFY(VerifyVote(kChainId, EqualSet(), own, &cache));
    QCOMPARE(cache.hits(), uint64_t{3});

    // Capacity 2: a third entry forgets the oldest (the first vote), which is then verified again.
    QVERIFY(VerifyVote(kChainId, EqualSet(), SignedVote(VoteType::Precommit, 1, 3, kA), &cache));
    QCOMPARE(cache.size(), size_t{2});
    QVERIFY(VerifyVote(kChainId, EqualSet(), good, &cache));
    QCOMPARE(cache.hits(), uint64_t{3});

    VerifiedSignatures none(0);
    QVERIFY(VerifyVote(kChainId, EqualSet(), good, &none));
    QVERIFY(VerifyVote(kChainId, EqualSet(), good, &none));
    QCOMPARE(none.size(), size_t{0});
    QCOMPARE(none.hits(), uint64_t{0});
  }

  void verifyEvidence_data() {
    QTest::addColumn<Evidence>("evidence");
    QTest::addColumn<QString>("error");  // empty: must verify
    const Vote a = SignedVote(VoteType::Prevote, 2, 1, kA);
    const Vote b = SignedVote(VoteType::Prevote, 2, 1, kB);
    const Vote nil = SignedVote(VoteType::Prevote, 2, 1, std::nullopt);
    const Proposal pa = SignedProposal(1, kNilRound, 3, kA);
    const Proposal pb = SignedProposal(1, kNilRound, 3, kB);
    const Proposal pa_pol = SignedProposal(1, 0, 3, kA);

    QTest::newRow("votes a/b") << Evidence(MakeDuplicateVoteEvidence(b, a)) << "";
    QTest::newRow("votes nil/a") << Evidence(MakeDuplicateVoteEvidence(a, nil)) << "";
    QTest::newRow("precommits")
        << Evidence(MakeDuplicateVoteEvidence(SignedVote(VoteType::Precommit, 0, 0, kA),
                                              SignedVote(VoteType::Precommit, 0, 0, std::nullopt)))
        << "";
    QTest::newRow("proposals by value") << Evidence(MakeDuplicateProposalEvidence(pb, pa)) << "";
    QTest::newRow("proposals by pol_round") << Evidence(MakeDuplicateProposalEvidence(pa_pol, pa)) << "";

    // Two signatures of one vote (aux differs, so the signatures do) are no conflict.
    const Vote a_again = SignedVote(VoteType::Prevote, 2, 1, kA, kHeight, 0x77);
    QVERIFY(a_again.signature != a.signature);
    QTest::newRow("votes same value") << Evidence(DuplicateVoteEvidence{a, a_again}) << "do not conflict";
    const Proposal pa_again = SignedProposal(1, kNilRound, 3, kA, 0x77);
    QTest::newRow("proposals same content") << Evidence(DuplicateProposalEvidence{pa, pa_again})
                                            << "do not conflict";

    QTest::newRow("votes by two validators")
        << Evidence(DuplicateVoteEvidence{a, SignedVote(VoteType::Prevote, 2, 2, kB)}) << "not for the same";
    QTest::newRow("votes of two rounds")
        << Evidence(DuplicateVoteEvidence{a, SignedVote(VoteType::Prevote, 3, 1, kB)}) << "not for the same";
    QTest::newRow("votes of two types")
        << Evidence(DuplicateVoteEvidence{a, SignedVote(VoteType::Precommit, 2, 1, kB)}) << "not for the same";
    QTest::newRow("votes of two heights")
        << Evidence(DuplicateVoteEvidence{a, SignedVote(VoteType::Prevote, 2, 1, kB, kHeight + 1)})
        << "not for the same";
    QTest::newRow("proposals by two validators")
        << Evidence(DuplicateProposalEvidence{pa, SignedProposal(1, kNilRound, 2, kB)}) << "not for the same";
    QTest::newRow("proposals of two rounds")
        << Evidence(DuplicateProposalEvidence{pa, SignedProposal(2, kNilRound, 3, kB)}) << "not for the same";

    QTest::newRow("votes out of order") << Evidence(DuplicateVoteEvidence{b, a}) << "canonical order";
    QTest::newRow("nil second") << Evidence(DuplicateVoteEvidence{a, nil}) << "canonical order";
    QTest::newRow("proposals out of order") << Evidence(DuplicateProposalEvidence{pb, pa}) << "canonical order";

    QTest::newRow("vote signature") << Evidence(With<DuplicateVoteEvidence>(MakeDuplicateVoteEvidence(a, b),
                                                                            [](DuplicateVoteEvidence& e) {
                                                                              FlipSignatureBit(e.second.signature);
                                                                            }))
                                    << "signature invalid";
    QTest::newRow("proposal signature")
        << Evidence(With<DuplicateProposalEvidence>(
               MakeDuplicateProposalEvidence(pa, pb),
               [](DuplicateProposalEvidence& e) { FlipSignatureBit(e.first.signature); }))
        << "signature invalid";
    // Validator 1's signatures presented as validator 2's.
    QTest::newRow("votes relabelled") << Evidence(With<DuplicateVoteEvidence>(MakeDuplicateVoteEvidence(a, b),
                                                                              [](DuplicateVoteEvidence& e) {
                                                                                e.first.validator = 2;
                                                                                e.second.validator = 2;
                                                                              }))
                                      << "signature invalid";
    QTest::newRow("unknown validator") << Evidence(With<DuplicateVoteEvidence>(MakeDuplicateVoteEvidence(a, b),
                                                                               [](DuplicateVoteEvidence& e) {
                                                                                 e.first.validator = 9;
                                                                                 e.second.validator = 9;
                                                                               }))
                                       << "signature invalid";
  }

  void verifyEvidence() {
    QFETCH(Evidence, evidence);
    QFETCH(QString, error);
    const Status s = VerifyEvidence(kChainId, EqualSet(), evidence);
    if (error.isEmpty()) {
      QVERIFY2(s.ok(), s.message().c_str());
      return;
    }
    QVERIFY(!s.ok());
    QVERIFY(s.IsInvalidArgument());
    QVERIFY2(QString::fromStdString(s.message()).contains(error), s.message().c_str());
  }

  void verifyEvidenceRejectsOtherChain() {
    const Evidence e = MakeDuplicateVoteEvidence(SignedVote(VoteType::Prevote, 0, 0, kA),
                                                 SignedVote(VoteType::Prevote, 0, 0, kB));
    QVERIFY(VerifyEvidence(kChainId, EqualSet(), e).ok());
    QVERIFY(!VerifyEvidence("ordo-other", EqualSet(), e).ok());
  }
};

QTEST_APPLESS_MAIN(SigningTests)
#include "signing_tests.moc"
