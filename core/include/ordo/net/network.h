#pragma once
// Authenticated, encrypted peer-to-peer transport: Boost.Beast WebSocket over TLS 1.3 (OpenSSL).
// After the TLS and WebSocket handshakes each side sends a Hello signed (BIP-340, node key) over
// the TLS exporter value of the connection, so a connection is bound to a node key and a relay
// cannot reuse it. A peer that fails the proof, or speaks another chain id or protocol version,
// is dropped with a logged reason. Peer id = first 20 bytes of SHA-256(node public key), in hex.
//
// Messages are binary frames: [u8 type][payload], at most message_bytes_max. Every peer has a
// bounded send queue, a message-rate limit and a misbehaviour score; crossing the ban threshold
// bans it for ban_duration, and its IP address too (inbound sockets from it are closed at once)
// unless a reserved peer is connected from that address. A failed Hello bans nobody: whoever
// can reach the port could forge it in anyone's name. Thread-safe: the public methods may be called from any thread;
// handlers are called on the network's io_context threads (messages from one peer in order, one
// at a time; different peers concurrently). The io_context must outlive the Network.
//
// One connection per peer id: when two nodes dial each other at once, both keep the connection
// dialled by the lower peer id.

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <boost/asio/io_context.hpp>

#include "ordo/crypto/schnorr.h"
#include "ordo/util/bytes.h"
#include "ordo/util/status.h"

namespace ordo::net {

inline constexpr uint32_t protocol_version = 1;

using PeerId = std::string;  // 40 lowercase hex digits

PeerId PeerIdOf(const crypto::XOnlyPublicKey& node_key);

struct NetConfig {
  std::string chain_id;
  std::string moniker;
  std::string bind_address = "127.0.0.1";
  uint16_t port = 26656;                        // 0: ephemeral (see Network::port)
  std::vector<std::string> persistent_peers;    // "host:port"; dialled with exponential backoff
  size_t inbound_max = 40;                      // admitted inbound peers, reserved ones aside
  size_t outbound_max = 20;
  // Per remote IP address: connections still in their handshake, and admitted inbound peers
  // (reserved ones aside), so that one address cannot take every slot.
  size_t handshakes_per_address_max = 4;
  size_t inbound_per_address_max = 8;
  // Node ids with a slot kept whatever the limits (the genesis validators' node keys); the
  // persistent peers' addresses are reserved too.
  std::vector<std::string> reserved_peers;
  size_t message_bytes_max = 8 * 1024 * 1024;   // frames above this are a protocol violation
  size_t send_queue_max = 4096;                 // messages; a peer that cannot keep up is dropped
  uint32_t messages_per_second_max = 5000;      // per peer, token bucket; excess is flooding
  std::chrono::milliseconds dial_backoff_min{200};
  std::chrono::milliseconds dial_backoff_max{10'000};
  std::chrono::milliseconds ping_interval{2'000};
  std::chrono::milliseconds handshake_timeout{5'000};
  int ban_score = 100;                          // score at which a peer is banned
  std::chrono::seconds ban_duration{600};
};

struct PeerInfo {
  PeerId id;
  crypto::XOnlyPublicKey node_key{};
  std::string moniker;
  std::string address;      // remote "host:port"
  bool outbound = false;
  uint64_t bytes_in = 0;       // every frame, Hello and pings included (WebSocket payload bytes)
  uint64_t bytes_out = 0;
  uint64_t messages_in = 0;    // upper-layer messages only (types 0x00-0xEF)
  uint64_t messages_out = 0;
  double rtt_ms = 0;        // last ping/pong round trip
  int score = 0;            // misbehaviour points
  uint64_t connected_since_ms = 0;  // Unix ms
};

struct BannedPeer {
  PeerId id;
  std::string reason;
  uint64_t until_ms = 0;
  std::string address;  // the IP address banned with it, if any (lifted with it)
};

enum class Misbehaviour { InvalidSignature, UndecodableFrame, OversizeFrame, Flooding, InvalidMessage };
int MisbehaviourPoints(Misbehaviour m);  // InvalidSignature/Oversize/Undecodable: ban at once; Flooding: 20 ...

class Network {
 public:
  // (peer, type, payload): a message from an authenticated peer.
  using MessageHandler = std::function<void(const PeerId&, uint8_t type, Bytes payload)>;
  // A peer connected (true) or disconnected (false). When a simultaneous dial is resolved in
  // favour of the newer connection, `true` may come twice without a `false` in between.
  using PeerHandler = std::function<void(const PeerInfo&, bool connected)>;
  using LogHandler = std::function<void(const std::string& line)>;

  // node_key: this node's identity (copied; the copy is zeroed on destruction).
  Network(boost::asio::io_context& io, NetConfig config, const crypto::SecretKey& node_key, MessageHandler on_message,
          PeerHandler on_peer, LogHandler log);
  ~Network();
  Network(const Network&) = delete;
  Network& operator=(const Network&) = delete;

  // Listens and starts dialling persistent peers. InvalidArgument for a bad config or a second
  // call; IoError when the port cannot be bound.
  [[nodiscard]] Status Start();
  // Closes everything; returns when no handler will run any more. Idempotent; may be called from
  // a handler. Off the io_context threads it also waits (bounded) for the sockets to close.
  void Stop();
  uint16_t port() const;
  PeerId self_id() const;

  // type must be below 0xF0 (the transport's own range); a payload above message_bytes_max is
  // logged and not sent. Sending to a peer that is not connected does nothing.
  void Broadcast(uint8_t type, const Bytes& payload);
  // To every peer but `except` (gossip: never echo a message to the peer it came from).
  void BroadcastExcept(uint8_t type, const Bytes& payload, const PeerId& except);
  void Send(const PeerId& peer, uint8_t type, const Bytes& payload);
  // One frame to each of `peers` that is connected (the others are skipped).
  void Multicast(const std::vector<PeerId>& peers, uint8_t type, const Bytes& payload);
  // Adds misbehaviour points (and bans at ban_score) for something the upper layer found wrong.
  void Report(const PeerId& peer, Misbehaviour what, const std::string& detail);

  std::vector<PeerInfo> Peers() const;
  // The ids of the connected peers, sorted: cheaper than Peers() when only the ids are needed.
  std::vector<PeerId> ConnectedIds() const;
  std::vector<BannedPeer> Banned() const;
  void Disconnect(const PeerId& peer);
  void Ban(const PeerId& peer, const std::string& reason);
  void Unban(const PeerId& peer);
  // Drops all connections and stops dialling until resumed (the panel's "pause networking").
  void SetPaused(bool paused);

 private:
  struct Impl;
  std::shared_ptr<Impl> m_impl;
};

}  // namespace ordo::net
