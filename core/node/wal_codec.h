#pragma once
// The node's consensus-WAL records: every input of the current height, in the canonical codec.

#include <variant>

#include "ordo/consensus/driver.h"
#include "ordo/util/bytes.h"
#include "ordo/util/status.h"

namespace ordo::node {

struct WalProposal {
  consensus::Proposal proposal;
  Bytes block;  // the encoded block the proposal carries
};
struct WalValue {
  consensus::Height height = 0;
  consensus::Round round = 0;
  Bytes block;  // the block this node built as proposer
};
using WalInput = std::variant<WalProposal, consensus::Vote, consensus::Timeout, WalValue>;

Bytes EncodeWalInput(const WalInput& in);
consensus::Height WalInputHeight(const WalInput& in);
Result<WalInput> DecodeWalInput(ByteSpan bytes);

}  // namespace ordo::node
