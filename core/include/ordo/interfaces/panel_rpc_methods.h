#pragma once
// The ordo_panel* JSON-RPC methods: what the control panel reads from a headless ordod, in the
// JSON form of interfaces/json_codec.h. A node serves them when its NodeOptions::extra_rpc_methods
// is RegisterPanelRpcMethods (ordod and the panel's embedded nodes).
//
//   ordo_panelSnapshot {timings_max, blocks_max, mempool_top_max} -> interfaces::PanelSnapshot
//   ordo_panelBlock [height]                                      -> interfaces::BlockDetail | null
//   ordo_panelLogs [after_seq, max]                               -> interfaces::LogPage
//
// Bad or out-of-bound params are kInvalidParams.

#include <cstddef>

#include "ordo/rpc/server.h"

namespace ordo::node { class Node; }

namespace ordo::interfaces {

inline constexpr size_t panel_timings_max = 2048;
inline constexpr size_t panel_blocks_max = 1024;
inline constexpr size_t panel_mempool_top_max = 1024;
inline constexpr size_t panel_log_lines_max = 1000;

// `node` must outlive the dispatcher's use of these handlers.
void RegisterPanelRpcMethods(const node::Node& node, rpc::Dispatcher& dispatcher);

}  // namespace ordo::interfaces
