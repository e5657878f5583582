#include "ordo/interfaces/panel_rpc_methods.h"

#include <memory>
#include <optional>
#include <string>

#include <boost/json.hpp>

#include "interfaces/json_codec.h"
#include "interfaces/node_view.h"
#include "ordo/node/node.h"

namespace ordo::interfaces {

namespace json = boost::json;
using rpc::RpcError;
using rpc::RpcResult;

static_assert(panel_timings_max <= json_timings_max);
static_assert(panel_blocks_max <= json_blocks_max);
static_assert(panel_mempool_top_max <= json_mempool_top_max);
static_assert(panel_log_lines_max <= json_log_lines_max);

namespace {

RpcError InvalidParams(const std::string& msg) { return RpcError{rpc::kInvalidParams, msg, std::nullopt}; }

// A non-negative integer no larger than `max`; nullopt for anything else.
std::optional<uint64_t> Count(const json::value* v, uint64_t max) {
  if (v == nullptr) return std::nullopt;
  if (v->is_int64() && v->get_int64() >= 0 && static_cast<uint64_t>(v->get_int64()) <= max) {
    return static_cast<uint64_t>(v->get_int64());
  }
  if (v->is_uint64() && v->get_uint64() <= max) return v->get_uint64();
  return std::nullopt;
}

const json::value* At(const json::value& params, size_t i) {
  if (!params.is_array() || params.get_array().size() <= i) return nullptr;
  return &params.get_array()[i];
}

RpcResult Snapshot(const node::Node& node, const NodeView& view, const json::value& params) {
  if (!params.is_object()) return InvalidParams("expected an object {timings_max, blocks_max, mempool_top_max}");
  const json::object& o = params.get_object();
  const auto timings = Count(o.if_contains("timings_max"), panel_timings_max);
  const auto blocks = Count(o.if_contains("blocks_max"), panel_blocks_max);
  const auto top = Count(o.if_contains("mempool_top_max"), panel_mempool_top_max);
  if (!timings) return InvalidParams("timings_max must be an integer from 0 to " + std::to_string(panel_timings_max));
  if (!blocks) return InvalidParams("blocks_max must be an integer from 0 to " + std::to_string(panel_blocks_max));
  if (!top) return InvalidParams("mempool_top_max must be an integer from 0 to " + std::to_string(panel_mempool_top_max));
  PanelSnapshot s;
  s.status = view.StatusNow(NodeMode::Joined, node.home());
  s.live = view.LiveRoundNow();
  s.timings = view.Timings(*timings);
  s.peers = view.Peers();
  s.banned = view.BannedPeers();
  s.validators = view.Validators();
  s.mempool = view.Mempool();
  s.mempool_top = view.MempoolTop(*top);
  s.blocks = view.RecentBlocks(*blocks);
  s.evidence = view.Evidence();
  return ToJson(s);
}

RpcResult Logs(const node::Node& node, const json::value& params) {
  const auto after = Count(At(params, 0), UINT64_MAX);
  const auto max = Count(At(params, 1), panel_log_lines_max);
  if (!after) return InvalidParams("after_seq must be a non-negative integer");
  if (!max) return InvalidParams("max must be an integer from 0 to " + std::to_string(panel_log_lines_max));
  LogPage page;
  const std::string& source = node.config().moniker;
  for (const node::LogLine& l : node.RecentLogs(*after, *max, &page.next_seq)) {
    page.lines.push_back(LogEntry{l.time_ms, ToLogLevel(l.level), source, l.message});
  }
  return ToJson(page);
}

}  // namespace

void RegisterPanelRpcMethods(const node::Node& node, rpc::Dispatcher& d) {
  auto view = std::make_shared<NodeView>(node);
  d.Register("ordo_panelSnapshot", [&node, view](const json::value& p) { return Snapshot(node, *view, p); });
  d.Register("ordo_panelBlock", [view](const json::value& p) -> RpcResult {
    const auto height = Count(At(p, 0), UINT64_MAX);
    if (!height) return InvalidParams("expected a block height (a non-negative integer)");
    auto block = view->Block(*height);
    if (!block) return json::value(nullptr);
    return ToJson(*block);
  });
  d.Register("ordo_panelLogs", [&node](const json::value& p) { return Logs(node, p); });
}

}  // namespace ordo::interfaces
