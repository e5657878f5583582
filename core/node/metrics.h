#pragma once
// The node's Prometheus text at /metrics (exposition format 0.0.4).

#include <string>

#include "node/engine.h"
#include "node/tx_gossip.h"
#include "ordo/mempool/mempool.h"

namespace ordo::node {

std::string FormatMetrics(const Engine& engine, const mempool::Stats& mempool, const TxGossip* gossip, size_t peers);

}  // namespace ordo::node
