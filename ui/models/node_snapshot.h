#pragma once
// One poll of the node, taken on the worker thread and handed to the GUI thread whole.

#include <memory>
#include <vector>

#include <QMetaType>

#include "ordo/interfaces/node.h"

namespace ordo::ui {

struct NodeSnapshot {
  interfaces::NodeStatus status;
  interfaces::LiveRound live;
  std::vector<interfaces::HeightTiming> timings;   // oldest first
  std::vector<interfaces::PeerInfo> peers;
  std::vector<interfaces::BannedPeerInfo> banned;
  std::vector<interfaces::ValidatorInfo> validators;
  interfaces::MempoolStatus mempool;
  std::vector<interfaces::MempoolTx> mempool_top;
  std::vector<interfaces::BlockSummary> blocks;    // newest first
  std::vector<interfaces::EvidenceInfo> evidence;
  std::vector<interfaces::LocalValidator> local_validators;
  qint64 poll_us = 0;                              // how long the poll took on the worker
  quint64 sequence = 0;                            // increases with every snapshot
};

using SnapshotPtr = std::shared_ptr<const NodeSnapshot>;

}  // namespace ordo::ui

Q_DECLARE_METATYPE(ordo::ui::SnapshotPtr)
Q_DECLARE_METATYPE(ordo::interfaces::LogEntry)
Q_DECLARE_METATYPE(ordo::interfaces::BlockDetail)
Q_DECLARE_METATYPE(ordo::interfaces::EvidenceInfo)
