#pragma once
// The JSON-RPC methods of a node: the eth_* subset wallets use and the ordo_* namespace.

#include <boost/json/value.hpp>

#include "ordo/chain/block.h"
#include "ordo/rpc/server.h"
#include "ordo/util/primitives.h"

namespace ordo::node {

class Node;

void RegisterRpcMethods(Node& node, rpc::Dispatcher& dispatcher);

// The header object of eth_getBlockByNumber / newHeads.
boost::json::value BlockHeadJson(const chain::Block& block, const Hash32& hash, uint64_t gas_used, const U256& base_fee);

}  // namespace ordo::node
