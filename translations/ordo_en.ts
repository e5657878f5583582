<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>Ordo control panel: runs and shows a sequencer node</source>
        <translation>Ordo control panel: runs and shows a sequencer node</translation>
    </message>
    <message>
        <source>Run the embedded local network without asking</source>
        <translation>Run the embedded local network without asking</translation>
    </message>
    <message>
        <source>Join the network of this genesis file</source>
        <translation>Join the network of this genesis file</translation>
    </message>
    <message>
        <source>Peers to join, host:port,...</source>
        <translation>Peers to join, host:port,...</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Data directory</translation>
    </message>
    <message>
        <source>JSON-RPC port of the first node</source>
        <translation>JSON-RPC port of the first node</translation>
    </message>
    <message>
        <source>P2P port of the first node</source>
        <translation>P2P port of the first node</translation>
    </message>
    <message>
        <source>Language: en, de, es, zh_CN</source>
        <translation>Language: en, de, es, zh_CN</translation>
    </message>
    <message>
        <source>Theme: system, light, dark</source>
        <translation>Theme: system, light, dark</translation>
    </message>
    <message>
        <source>Ordo</source>
        <translation>Ordo</translation>
    </message>
    <message>
        <source>--rpc-port needs a port number</source>
        <translation>--rpc-port needs a port number</translation>
    </message>
    <message>
        <source>--p2p-port needs a port number</source>
        <translation>--p2p-port needs a port number</translation>
    </message>
    <message>
        <source>Starting the node…</source>
        <translation>Starting the node…</translation>
    </message>
    <message>
        <source>The node could not start:
%1</source>
        <translation>The node could not start:
%1</translation>
    </message>
    <message>
        <source>ordod not found at %1</source>
        <translation>ordod not found at %1</translation>
    </message>
    <message>
        <source>ordod init failed: %1</source>
        <translation>ordod init failed: %1</translation>
    </message>
    <message>
        <source>cannot start %1</source>
        <translation>cannot start %1</translation>
    </message>
    <message>
        <source> (see %1/ordod.out)</source>
        <translation> (see %1/ordod.out)</translation>
    </message>
    <message>
        <source>Control a headless ordod over JSON-RPC</source>
        <translation>Control a headless ordod over JSON-RPC</translation>
    </message>
    <message>
        <source>Home directory of the ordod to control</source>
        <translation>Home directory of the ordod to control</translation>
    </message>
</context>
<context>
    <name>ordo::ui::AlertCenter</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Blocks missed network-wide</source>
        <translation>Blocks missed network-wide</translation>
    </message>
    <message>
        <source>Your validator %1 missed %2 of the last %3 heights, and so did %4 of %5 validators: the network as a whole is struggling, not only this node.</source>
        <translation>Your validator %1 missed %2 of the last %3 heights, and so did %4 of %5 validators: the network as a whole is struggling, not only this node.</translation>
    </message>
    <message>
        <source>Your validator is missing blocks</source>
        <translation>Your validator is missing blocks</translation>
    </message>
    <message>
        <source>Your validator %1 missed %2 of the last %3 heights while the other validators signed: check this node&apos;s connectivity, clock and load.</source>
        <translation>Your validator %1 missed %2 of the last %3 heights while the other validators signed: check this node&apos;s connectivity, clock and load.</translation>
    </message>
    <message>
        <source>Validator %1 is missing blocks</source>
        <translation>Validator %1 is missing blocks</translation>
    </message>
    <message>
        <source>%1 (%2% of the voting power) missed %3 of the last %4 heights; its last signature is at height %5. Its node may be down or cut off; the network keeps going while more than 2/3 of the power signs.</source>
        <translation>%1 (%2% of the voting power) missed %3 of the last %4 heights; its last signature is at height %5. Its node may be down or cut off; the network keeps going while more than 2/3 of the power signs.</translation>
    </message>
    <message>
        <source>No peers</source>
        <translation>No peers</translation>
    </message>
    <message>
        <source>Too few peers</source>
        <translation>Too few peers</translation>
    </message>
    <message>
        <source>Connected to %1 peer(s); reaching a quorum needs at least %2 other validator(s). Check the network, the firewall and the peer list.</source>
        <translation>Connected to %1 peer(s); reaching a quorum needs at least %2 other validator(s). Check the network, the firewall and the peer list.</translation>
    </message>
    <message>
        <source>Node stalled</source>
        <translation>Node stalled</translation>
    </message>
    <message>
        <source>No block committed for %1 s (the threshold is %2 s). Deciding height %3, round %4, step %5.</source>
        <translation>No block committed for %1 s (the threshold is %2 s). Deciding height %3, round %4, step %5.</translation>
    </message>
    <message>
        <source>Node behind the network</source>
        <translation>Node behind the network</translation>
    </message>
    <message>
        <source>This node is at height %1, %2 blocks behind the best peer (%3), and is not catching up.</source>
        <translation>This node is at height %1, %2 blocks behind the best peer (%3), and is not catching up.</translation>
    </message>
    <message>
        <source>Disk space low</source>
        <translation>Disk space low</translation>
    </message>
    <message>
        <source>%1 free on the file system of the data directory %2. The node stops writing blocks when it is full.</source>
        <translation>%1 free on the file system of the data directory %2. The node stops writing blocks when it is full.</translation>
    </message>
    <message>
        <source>Clock drift</source>
        <translation>Clock drift</translation>
    </message>
    <message>
        <source>Blocks arrive %1 ms %2 the proposer&apos;s clock; more than %3 ms suggests this machine&apos;s clock is wrong. Enable time synchronisation (NTP).</source>
        <translation>Blocks arrive %1 ms %2 the proposer&apos;s clock; more than %3 ms suggests this machine&apos;s clock is wrong. Enable time synchronisation (NTP).</translation>
    </message>
    <message>
        <source>after</source>
        <translation>after</translation>
    </message>
    <message>
        <source>before</source>
        <translation>before</translation>
    </message>
    <message>
        <source>Equivocation by %1 at height %2</source>
        <translation>Equivocation by %1 at height %2</translation>
    </message>
    <message>
        <source>%1 at height %2, round %3 by validator %4 (key %5, power %6). The offender is slashed once the evidence is in a block.</source>
        <translation>%1 at height %2, round %3 by validator %4 (key %5, power %6). The offender is slashed once the evidence is in a block.</translation>
    </message>
</context>
<context>
    <name>ordo::ui::AlertTableModel</name>
    <message>
        <source>Raised %1, %2 %3</source>
        <translation>Raised %1, %2 %3</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>recovered</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>Raised %1</translation>
    </message>
    <message>
        <source>How many times this alert has been raised</source>
        <translation>How many times this alert has been raised</translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <translation>%1 (acknowledged)</translation>
    </message>
    <message>
        <source>%1 (recovered)</source>
        <translation>%1 (recovered)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Info, Warning or Critical</source>
        <translation>Info, Warning or Critical</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>What was measured, and what to check</source>
        <translation>What was measured, and what to check</translation>
    </message>
    <message>
        <source>When the alert was raised</source>
        <translation>When the alert was raised</translation>
    </message>
    <message>
        <source>When the alert cleared</source>
        <translation>When the alert cleared</translation>
    </message>
</context>
<context>
    <name>ordo::ui::AlertsPage</name>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Severity:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Show only alerts of one severity</source>
        <translation>Show only alerts of one severity</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>Clear the selected alerts: they move to the history and stay quiet until their condition recovers and goes bad again</source>
        <translation>Clear the selected alerts: they move to the history and stay quiet until their condition recovers and goes bad again</translation>
    </message>
    <message>
        <source>Clear &amp;history</source>
        <translation>Clear &amp;history</translation>
    </message>
    <message>
        <source>Forget every past alert</source>
        <translation>Forget every past alert</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Active alerts</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>No alerts — everything looks healthy</source>
        <translation>No alerts — everything looks healthy</translation>
    </message>
    <message>
        <source>No past alerts</source>
        <translation>No past alerts</translation>
    </message>
</context>
<context>
    <name>ordo::ui::BannedPeerTableModel</name>
    <message>
        <source>until unbanned</source>
        <translation>until unbanned</translation>
    </message>
    <message>
        <source>Peer id %1</source>
        <translation>Peer id %1</translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation>Peer id</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Digest of the banned peer&apos;s node key</source>
        <translation>Digest of the banned peer&apos;s node key</translation>
    </message>
    <message>
        <source>Why the peer was banned (by the operator or for misbehaviour)</source>
        <translation>Why the peer was banned (by the operator or for misbehaviour)</translation>
    </message>
    <message>
        <source>When the ban ends; bans by the operator last until lifted</source>
        <translation>When the ban ends; bans by the operator last until lifted</translation>
    </message>
</context>
<context>
    <name>ordo::ui::BlockTableModel</name>
    <message>
        <source>Height start to durable commit on this node</source>
        <translation>Height start to durable commit on this node</translation>
    </message>
    <message>
        <source>Fetched by block sync: no latency observed</source>
        <translation>Fetched by block sync: no latency observed</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Txs</source>
        <translation>Txs</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latency (ms)</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Block height</source>
        <translation>Block height</translation>
    </message>
    <message>
        <source>Block header time, local time zone</source>
        <translation>Block header time, local time zone</translation>
    </message>
    <message>
        <source>Transactions in the block</source>
        <translation>Transactions in the block</translation>
    </message>
    <message>
        <source>The validator that proposed the block</source>
        <translation>The validator that proposed the block</translation>
    </message>
    <message>
        <source>The round in which the block was decided</source>
        <translation>The round in which the block was decided</translation>
    </message>
    <message>
        <source>Height start to durable commit on this node, in milliseconds</source>
        <translation>Height start to durable commit on this node, in milliseconds</translation>
    </message>
    <message>
        <source>Block hash (hover a cell for the full hash)</source>
        <translation>Block hash (hover a cell for the full hash)</translation>
    </message>
</context>
<context>
    <name>ordo::ui::BlocksPage</name>
    <message>
        <source>The most recent committed blocks. Select one to see its header and certificate.</source>
        <translation>The most recent committed blocks. Select one to see its header and certificate.</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Collecting data…</translation>
    </message>
    <message>
        <source>Select a block to see its header, transactions and commit certificate.</source>
        <translation>Select a block to see its header, transactions and commit certificate.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Block height</source>
        <translation>Block height</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Hash of the block header</source>
        <translation>Hash of the block header</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Hash of the previous block</source>
        <translation>Hash of the previous block</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Block header time</source>
        <translation>Block header time</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>The validator that proposed it</source>
        <translation>The validator that proposed it</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>The round in which it was decided</source>
        <translation>The round in which it was decided</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Transactions in the block</source>
        <translation>Transactions in the block</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Gas used</translation>
    </message>
    <message>
        <source>Gas used by its transactions</source>
        <translation>Gas used by its transactions</translation>
    </message>
    <message>
        <source>Base fee</source>
        <translation>Base fee</translation>
    </message>
    <message>
        <source>EIP-1559 base fee, in wei</source>
        <translation>EIP-1559 base fee, in wei</translation>
    </message>
    <message>
        <source>State root</source>
        <translation>State root</translation>
    </message>
    <message>
        <source>Root of the state after the block</source>
        <translation>Root of the state after the block</translation>
    </message>
    <message>
        <source>Txs root</source>
        <translation>Txs root</translation>
    </message>
    <message>
        <source>Root of its transaction list</source>
        <translation>Root of its transaction list</translation>
    </message>
    <message>
        <source>Receipts root</source>
        <translation>Receipts root</translation>
    </message>
    <message>
        <source>Root of its receipts</source>
        <translation>Root of its receipts</translation>
    </message>
    <message>
        <source>Validators hash</source>
        <translation>Validators hash</translation>
    </message>
    <message>
        <source>Hash of the validator set that decided it</source>
        <translation>Hash of the validator set that decided it</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Equivocation evidence included</source>
        <translation>Equivocation evidence included</translation>
    </message>
    <message>
        <source>Transaction hashes</source>
        <translation>Transaction hashes</translation>
    </message>
    <message>
        <source>Hashes of the transactions in this block, in block order.</source>
        <translation>Hashes of the transactions in this block, in block order.</translation>
    </message>
    <message>
        <source>Commit certificate</source>
        <translation>Commit certificate</translation>
    </message>
    <message>
        <source>Voting power of the precommits that committed this block, against the total power. More than 2/3 is needed.</source>
        <translation>Voting power of the precommits that committed this block, against the total power. More than 2/3 is needed.</translation>
    </message>
    <message>
        <source>Validator</source>
        <translation>Validator</translation>
    </message>
    <message>
        <source>Moniker</source>
        <translation>Moniker</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>The precommit signatures in the certificate.</source>
        <translation>The precommit signatures in the certificate.</translation>
    </message>
    <message>
        <source>No blocks committed yet.</source>
        <translation>No blocks committed yet.</translation>
    </message>
    <message>
        <source>Loading block %1…</source>
        <translation>Loading block %1…</translation>
    </message>
    <message>
        <source>Block %1 is not in this node&apos;s store: it may have been pruned, or the node restarted from a snapshot.</source>
        <translation>Block %1 is not in this node&apos;s store: it may have been pruned, or the node restarted from a snapshot.</translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
    <message>
        <source>%1 wei</source>
        <translation>%1 wei</translation>
    </message>
    <message>
        <source>No transactions in this block.</source>
        <translation>No transactions in this block.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>No commit certificate stored for this block yet (it arrives with the next block).</source>
        <translation>No commit certificate stored for this block yet (it arrives with the next block).</translation>
    </message>
    <message>
        <source>Round %1 · %2 signatures · signed power %3 of %4 (%5 %)</source>
        <translation>Round %1 · %2 signatures · signed power %3 of %4 (%5 %)</translation>
    </message>
</context>
<context>
    <name>ordo::ui::ConsensusPage</name>
    <message>
        <source>propose</source>
        <translation>propose</translation>
    </message>
    <message>
        <source>prevote</source>
        <translation>prevote</translation>
    </message>
    <message>
        <source>precommit</source>
        <translation>precommit</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>commit</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>Last </source>
        <translation>Last </translation>
    </message>
    <message>
        <source> heights</source>
        <translation> heights</translation>
    </message>
    <message>
        <source>How many of the most recent heights the charts show (the page keeps up to %1).</source>
        <translation>How many of the most recent heights the charts show (the page keeps up to %1).</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Range:</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Freeze the charts; data keeps being collected and shows on resume.</source>
        <translation>Freeze the charts; data keeps being collected and shows on resume.</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>R&amp;eset</translation>
    </message>
    <message>
        <source>Forget the heights collected so far and start again from the next one.</source>
        <translation>Forget the heights collected so far and start again from the next one.</translation>
    </message>
    <message>
        <source>Export PN&amp;G…</source>
        <translation>Export PN&amp;G…</translation>
    </message>
    <message>
        <source>Save the four charts as one PNG image.</source>
        <translation>Save the four charts as one PNG image.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the phase timings of the heights shown as CSV.</source>
        <translation>Save the phase timings of the heights shown as CSV.</translation>
    </message>
    <message>
        <source>Heights shown out of the heights collected by this page.</source>
        <translation>Heights shown out of the heights collected by this page.</translation>
    </message>
    <message>
        <source>Phase durations per height</source>
        <translation>Phase durations per height</translation>
    </message>
    <message>
        <source>height</source>
        <translation>height</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Time spent in each consensus phase of every committed height, stacked: propose, prevote, precommit, then commit (execution and storage).</source>
        <translation>Time spent in each consensus phase of every committed height, stacked: propose, prevote, precommit, then commit (execution and storage).</translation>
    </message>
    <message>
        <source>Rounds per height</source>
        <translation>Rounds per height</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>rounds</translation>
    </message>
    <message>
        <source>How many rounds each height needed; more than one means a round timed out.</source>
        <translation>How many rounds each height needed; more than one means a round timed out.</translation>
    </message>
    <message>
        <source>Commit latency</source>
        <translation>Commit latency</translation>
    </message>
    <message>
        <source>heights</source>
        <translation>heights</translation>
    </message>
    <message>
        <source>Distribution of the time from height start to durable commit, over the heights shown that this node decided itself (synced heights are left out).</source>
        <translation>Distribution of the time from height start to durable commit, over the heights shown that this node decided itself (synced heights are left out).</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Live round</source>
        <translation>Live round</translation>
    </message>
    <message>
        <source>ms since round start</source>
        <translation>ms since round start</translation>
    </message>
    <message>
        <source>voting power</source>
        <translation>voting power</translation>
    </message>
    <message>
        <source>Prevote and precommit power received in the current round, against the 2/3 quorum. Dashed verticals mark timeouts of this round.</source>
        <translation>Prevote and precommit power received in the current round, against the 2/3 quorum. Dashed verticals mark timeouts of this round.</translation>
    </message>
    <message>
        <source>prevotes</source>
        <translation>prevotes</translation>
    </message>
    <message>
        <source>precommits</source>
        <translation>precommits</translation>
    </message>
    <message>
        <source>2/3 quorum</source>
        <translation>2/3 quorum</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Collecting data…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Res&amp;ume</translation>
    </message>
    <message>
        <source>%1 of %2 heights</source>
        <translation>%1 of %2 heights</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>p50 %1 ms</source>
        <translation>p50 %1 ms</translation>
    </message>
    <message>
        <source>p99 %1 ms</source>
        <translation>p99 %1 ms</translation>
    </message>
    <message>
        <source>2/3 quorum (%1)</source>
        <translation>2/3 quorum (%1)</translation>
    </message>
    <message>
        <source>%1 at height %2 round %3</source>
        <translation>%1 at height %2 round %3</translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation>timeout %1</translation>
    </message>
    <message>
        <source>Height %1 · round %2 · %3 — prevotes %4 / %5 (nil %6) · precommits %7 / %5 (nil %8) · quorum %9</source>
        <translation>Height %1 · round %2 · %3 — prevotes %4 / %5 (nil %6) · precommits %7 / %5 (nil %8) · quorum %9</translation>
    </message>
    <message>
        <source>No recent timeouts</source>
        <translation>No recent timeouts</translation>
    </message>
    <message>
        <source>Recent timeouts: %1</source>
        <translation>Recent timeouts: %1</translation>
    </message>
    <message>
        <source>Export phase timings</source>
        <translation>Export phase timings</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Export charts</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>ordo::ui::EvidenceTableModel</name>
    <message>
        <source>Duplicate prevote</source>
        <translation>Duplicate prevote</translation>
    </message>
    <message>
        <source>Duplicate precommit</source>
        <translation>Duplicate precommit</translation>
    </message>
    <message>
        <source>Double proposal</source>
        <translation>Double proposal</translation>
    </message>
    <message>
        <source>Validator %1, key %2</source>
        <translation>Validator %1, key %2</translation>
    </message>
    <message>
        <source>Committed in block %1</source>
        <translation>Committed in block %1</translation>
    </message>
    <message>
        <source>Seen by this node, not yet included in a block</source>
        <translation>Seen by this node, not yet included in a block</translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
    <message>
        <source>at height %1</source>
        <translation>at height %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Offender</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Included</translation>
    </message>
    <message>
        <source>What the offender signed twice</source>
        <translation>What the offender signed twice</translation>
    </message>
    <message>
        <source>Height of the conflicting votes or proposals</source>
        <translation>Height of the conflicting votes or proposals</translation>
    </message>
    <message>
        <source>Round of the conflicting votes or proposals</source>
        <translation>Round of the conflicting votes or proposals</translation>
    </message>
    <message>
        <source>The validator that equivocated (moniker and key prefix)</source>
        <translation>The validator that equivocated (moniker and key prefix)</translation>
    </message>
    <message>
        <source>The offender&apos;s voting power</source>
        <translation>The offender&apos;s voting power</translation>
    </message>
    <message>
        <source>When this node first saw the evidence, local time</source>
        <translation>When this node first saw the evidence, local time</translation>
    </message>
    <message>
        <source>The block that includes the evidence, or pending</source>
        <translation>The block that includes the evidence, or pending</translation>
    </message>
</context>
<context>
    <name>ordo::ui::FirstRunDialog</name>
    <message>
        <source>Choose the ordod home directory.</source>
        <translation>Choose the ordod home directory.</translation>
    </message>
    <message>
        <source>Choose a data directory.</source>
        <translation>Choose a data directory.</translation>
    </message>
    <message>
        <source>%1 is a file, not a directory.</source>
        <translation>%1 is a file, not a directory.</translation>
    </message>
    <message>
        <source>Choose the genesis file</source>
        <translation>Choose the genesis file</translation>
    </message>
    <message>
        <source>Choose the ordod program</source>
        <translation>Choose the ordod program</translation>
    </message>
    <message>
        <source>Choose the ordod home</source>
        <translation>Choose the ordod home</translation>
    </message>
    <message>
        <source>Choose the data directory</source>
        <translation>Choose the data directory</translation>
    </message>
    <message>
        <source>Welcome to Ordo</source>
        <translation>Welcome to Ordo</translation>
    </message>
    <message>
        <source>Choose what this panel runs. You can change it later in Settings.</source>
        <translation>Choose what this panel runs. You can change it later in Settings.</translation>
    </message>
    <message>
        <source>Run a &amp;local network</source>
        <translation>Run a &amp;local network</translation>
    </message>
    <message>
        <source>Your node plus three companion validators in this process, over loopback; live consensus within seconds.</source>
        <translation>Your node plus three companion validators in this process, over loopback; live consensus within seconds.</translation>
    </message>
    <message>
        <source>&amp;Join a network</source>
        <translation>&amp;Join a network</translation>
    </message>
    <message>
        <source>One node that joins an existing network: it needs the network&apos;s genesis file and the addresses of a few of its nodes.</source>
        <translation>One node that joins an existing network: it needs the network&apos;s genesis file and the addresses of a few of its nodes.</translation>
    </message>
    <message>
        <source>Start the headless &amp;ordod</source>
        <translation>Start the headless &amp;ordod</translation>
    </message>
    <message>
        <source>Start the ordod daemon from its home directory and watch it from here.</source>
        <translation>Start the ordod daemon from its home directory and watch it from here.</translation>
    </message>
    <message>
        <source>&amp;Genesis file:</source>
        <translation>&amp;Genesis file:</translation>
    </message>
    <message>
        <source>genesis.json</source>
        <translation>genesis.json</translation>
    </message>
    <message>
        <source>The network&apos;s genesis file: chain id, validators and initial balances</source>
        <translation>The network&apos;s genesis file: chain id, validators and initial balances</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>&amp;Peers:</source>
        <translation>&amp;Peers:</translation>
    </message>
    <message>
        <source>host:port, host:port, …</source>
        <translation>host:port, host:port, …</translation>
    </message>
    <message>
        <source>Nodes of the network to connect to first, separated by commas</source>
        <translation>Nodes of the network to connect to first, separated by commas</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>/usr/bin/ordod</source>
        <translation>/usr/bin/ordod</translation>
    </message>
    <message>
        <source>The ordod program</source>
        <translation>The ordod program</translation>
    </message>
    <message>
        <source>&amp;Home:</source>
        <translation>&amp;Home:</translation>
    </message>
    <message>
        <source>The home directory written by &quot;ordod init&quot;</source>
        <translation>The home directory written by &quot;ordod init&quot;</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>&amp;Data directory:</translation>
    </message>
    <message>
        <source>Where blocks, state and keys are stored; needs at least 1 GiB free</source>
        <translation>Where blocks, state and keys are stored; needs at least 1 GiB free</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Choose a directory</source>
        <translation>Choose a directory</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 free</translation>
    </message>
    <message>
        <source>%1 free — not enough (at least 1 GiB)</source>
        <translation>%1 free — not enough (at least 1 GiB)</translation>
    </message>
</context>
<context>
    <name>ordo::ui::LogModel</name>
    <message>
        <source>TRACE</source>
        <translation>TRACE</translation>
    </message>
    <message>
        <source>DEBUG</source>
        <translation>DEBUG</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRITICAL</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Local time the line was written</source>
        <translation>Local time the line was written</translation>
    </message>
    <message>
        <source>Severity of the line</source>
        <translation>Severity of the line</translation>
    </message>
    <message>
        <source>The node that wrote the line</source>
        <translation>The node that wrote the line</translation>
    </message>
    <message>
        <source>What the node reported</source>
        <translation>What the node reported</translation>
    </message>
</context>
<context>
    <name>ordo::ui::LogsPage</name>
    <message>
        <source>debug</source>
        <translation>debug</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>warn</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Collecting data…</translation>
    </message>
    <message>
        <source>Lines shown by the filter, lines kept (at most %1) and lines dropped because the panel fell behind</source>
        <translation>Lines shown by the filter, lines kept (at most %1) and lines dropped because the panel fell behind</translation>
    </message>
    <message>
        <source>Hide lines below this level</source>
        <translation>Hide lines below this level</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug and above</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info and above</translation>
    </message>
    <message>
        <source>Warnings and above</source>
        <translation>Warnings and above</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows only lines whose message or source contains this text (case-insensitive)</source>
        <translation>Shows only lines whose message or source contains this text (case-insensitive)</translation>
    </message>
    <message>
        <source>&amp;Auto-scroll</source>
        <translation>&amp;Auto-scroll</translation>
    </message>
    <message>
        <source>Keep the newest line in view; scrolling up pauses it</source>
        <translation>Keep the newest line in view; scrolling up pauses it</translation>
    </message>
    <message>
        <source>&amp;Open log file</source>
        <translation>&amp;Open log file</translation>
    </message>
    <message>
        <source>Open the node&apos;s log file with the system&apos;s viewer</source>
        <translation>Open the node&apos;s log file with the system&apos;s viewer</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Save the lines shown (after filtering) to a text file</source>
        <translation>Save the lines shown (after filtering) to a text file</translation>
    </message>
    <message numerus="yes">
        <source>Log lines per hour by level over the last %n hour(s)</source>
        <translation>
            <numerusform>Log lines per hour by level over the last %n hour(s)</numerusform>
            <numerusform>Log lines per hour by level over the last %n hour(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>hour (local time)</source>
        <translation>hour (local time)</translation>
    </message>
    <message>
        <source>lines / hour</source>
        <translation>lines / hour</translation>
    </message>
    <message>
        <source>The node does not write a log file</source>
        <translation>The node does not write a log file</translation>
    </message>
    <message>
        <source>Open %1 with the system&apos;s viewer</source>
        <translation>Open %1 with the system&apos;s viewer</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s) shown</source>
        <translation>
            <numerusform>%1 of %n line(s) shown</numerusform>
            <numerusform>%1 of %n line(s) shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 dropped</translation>
    </message>
    <message>
        <source>No line matches the filter</source>
        <translation>No line matches the filter</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Export log</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log)</source>
        <translation>Text files (*.txt *.log)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>ordo::ui::MainWindow</name>
    <message>
        <source>About Ordo</source>
        <translation>About Ordo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ordo&lt;/h3&gt;&lt;p&gt;Control panel of an Ordo decentralized sequencer node: staked sequencers agree on every rollup block by Tendermint BFT consensus.&lt;/p&gt;&lt;p&gt;Qt %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ordo&lt;/h3&gt;&lt;p&gt;Control panel of an Ordo decentralized sequencer node: staked sequencers agree on every rollup block by Tendermint BFT consensus.&lt;/p&gt;&lt;p&gt;Qt %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Stop the node and close the panel</source>
        <translation>Stop the node and close the panel</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Network</translation>
    </message>
    <message>
        <source>Run a &amp;local network</source>
        <translation>Run a &amp;local network</translation>
    </message>
    <message>
        <source>Your node plus three companion validators in this process, over loopback</source>
        <translation>Your node plus three companion validators in this process, over loopback</translation>
    </message>
    <message>
        <source>&amp;Join a network…</source>
        <translation>&amp;Join a network…</translation>
    </message>
    <message>
        <source>Run one node that joins an existing network from its genesis file and peers</source>
        <translation>Run one node that joins an existing network from its genesis file and peers</translation>
    </message>
    <message>
        <source>Start &amp;ordod…</source>
        <translation>Start &amp;ordod…</translation>
    </message>
    <message>
        <source>Start the headless ordod daemon and watch it</source>
        <translation>Start the headless ordod daemon and watch it</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Ordo</source>
        <translation>&amp;About Ordo</translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 … Ctrl+9)</source>
        <translation>Pages (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ordo</source>
        <translation>Ordo</translation>
    </message>
    <message>
        <source>Ordo — %1 — height %2</source>
        <translation>Ordo — %1 — height %2</translation>
    </message>
</context>
<context>
    <name>ordo::ui::MempoolPage</name>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Transactions ready for the next block (their nonce is next)</source>
        <translation>Transactions ready for the next block (their nonce is next)</translation>
    </message>
    <message>
        <source>Transactions waiting for an earlier nonce of their sender</source>
        <translation>Transactions waiting for an earlier nonce of their sender</translation>
    </message>
    <message>
        <source>Bytes held by the mempool against its limit; at the limit the lowest tips are evicted</source>
        <translation>Bytes held by the mempool against its limit; at the limit the lowest tips are evicted</translation>
    </message>
    <message>
        <source>Transactions held (pending and queued) against the mempool&apos;s limit</source>
        <translation>Transactions held (pending and queued) against the mempool&apos;s limit</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Collecting data…</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message numerus="yes">
        <source>Transactions admitted per second over the last %n second(s)</source>
        <translation>
            <numerusform>Transactions admitted per second over the last %n second(s)</numerusform>
            <numerusform>Transactions admitted per second over the last %n second(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Transactions admitted since the node started</source>
        <translation>Transactions admitted since the node started</translation>
    </message>
    <message>
        <source>Transactions dropped to make room for better-paying ones, since the node started</source>
        <translation>Transactions dropped to make room for better-paying ones, since the node started</translation>
    </message>
    <message>
        <source>Transactions dropped because they waited too long, since the node started</source>
        <translation>Transactions dropped because they waited too long, since the node started</translation>
    </message>
    <message>
        <source>Admission rate</source>
        <translation>Admission rate</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>Evicted</source>
        <translation>Evicted</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Rejections</translation>
    </message>
    <message>
        <source>Rejections per second by reason over the last few seconds</source>
        <translation>Rejections per second by reason over the last few seconds</translation>
    </message>
    <message>
        <source>rejections / s</source>
        <translation>rejections / s</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>Top transactions by tip</source>
        <translation>Top transactions by tip</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 tx/s</source>
        <translation>%1 tx/s</translation>
    </message>
    <message>
        <source>No pending transactions</source>
        <translation>No pending transactions</translation>
    </message>
</context>
<context>
    <name>ordo::ui::MempoolTableModel</name>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Tip (gwei)</source>
        <translation>Tip (gwei)</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>Transaction hash</source>
        <translation>Transaction hash</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <source>Sender&apos;s nonce of the transaction</source>
        <translation>Sender&apos;s nonce of the transaction</translation>
    </message>
    <message>
        <source>Effective priority fee at the next block&apos;s base fee, in gwei</source>
        <translation>Effective priority fee at the next block&apos;s base fee, in gwei</translation>
    </message>
    <message>
        <source>Gas limit of the transaction</source>
        <translation>Gas limit of the transaction</translation>
    </message>
    <message>
        <source>Encoded size of the transaction in bytes</source>
        <translation>Encoded size of the transaction in bytes</translation>
    </message>
</context>
<context>
    <name>ordo::ui::MetricCard</name>
    <message>
        <source>Collecting data…</source>
        <translation>Collecting data…</translation>
    </message>
</context>
<context>
    <name>ordo::ui::NodeStatusBar</name>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Waiting for the first status from the node</source>
        <translation>Waiting for the first status from the node</translation>
    </message>
    <message>
        <source>Peers: —</source>
        <translation>Peers: —</translation>
    </message>
    <message>
        <source>Connected peers; click to pause networking</source>
        <translation>Connected peers; click to pause networking</translation>
    </message>
    <message>
        <source>Height: —</source>
        <translation>Height: —</translation>
    </message>
    <message>
        <source>The last committed block</source>
        <translation>The last committed block</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>The node %1 is running on chain %2</source>
        <translation>The node %1 is running on chain %2</translation>
    </message>
    <message>
        <source>The node is not running</source>
        <translation>The node is not running</translation>
    </message>
    <message>
        <source>Network paused</source>
        <translation>Network paused</translation>
    </message>
    <message>
        <source>Peer-to-peer networking is paused; click to resume</source>
        <translation>Peer-to-peer networking is paused; click to resume</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n peer(s)</numerusform>
            <numerusform>%n peer(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected peers; click to pause all peer-to-peer networking</source>
        <translation>Connected peers; click to pause all peer-to-peer networking</translation>
    </message>
    <message>
        <source>Height %1</source>
        <translation>Height %1</translation>
    </message>
    <message>
        <source>The last committed block; deciding height %1, round %2 (%3)</source>
        <translation>The last committed block; deciding height %1, round %2 (%3)</translation>
    </message>
    <message>
        <source>Syncing %1 / %2</source>
        <translation>Syncing %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Catching up with the best peer: %n block(s) to go</source>
        <translation>
            <numerusform>Catching up with the best peer: %n block(s) to go</numerusform>
            <numerusform>Catching up with the best peer: %n block(s) to go</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing, last height %1</source>
        <translation>Signing, last height %1</translation>
    </message>
    <message>
        <source>This node&apos;s validator key is in the active set (power %1 of %2); the double-sign guard last signed at height %3</source>
        <translation>This node&apos;s validator key is in the active set (power %1 of %2); the double-sign guard last signed at height %3</translation>
    </message>
    <message>
        <source>Not a validator</source>
        <translation>Not a validator</translation>
    </message>
    <message>
        <source>This node has no validator key</source>
        <translation>This node has no validator key</translation>
    </message>
    <message>
        <source>This node&apos;s validator key is not in the active set</source>
        <translation>This node&apos;s validator key is not in the active set</translation>
    </message>
</context>
<context>
    <name>ordo::ui::OverviewPage</name>
    <message>
        <source>%1 s ago</source>
        <translation>%1 s ago</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>Prevote</source>
        <translation>Prevote</translation>
    </message>
    <message>
        <source>Precommit</source>
        <translation>Precommit</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Active validator</source>
        <translation>Active validator</translation>
    </message>
    <message>
        <source>Not a validator</source>
        <translation>Not a validator</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>The height being decided, and the last height committed to this node&apos;s store.</source>
        <translation>The height being decided, and the last height committed to this node&apos;s store.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>The consensus round at the current height. Above 0 means earlier rounds timed out.</source>
        <translation>The consensus round at the current height. Above 0 means earlier rounds timed out.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>The Tendermint step of the current round: propose, prevote, precommit or commit.</source>
        <translation>The Tendermint step of the current round: propose, prevote, precommit or commit.</translation>
    </message>
    <message>
        <source>Last block</source>
        <translation>Last block</translation>
    </message>
    <message>
        <source>How long ago the last block was produced (its header time), at the last poll.</source>
        <translation>How long ago the last block was produced (its header time), at the last poll.</translation>
    </message>
    <message>
        <source>Block interval</source>
        <translation>Block interval</translation>
    </message>
    <message>
        <source>Time between the last two blocks, against the configured target interval.</source>
        <translation>Time between the last two blocks, against the configured target interval.</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Connected peers, and the highest height any of them reported.</source>
        <translation>Connected peers, and the highest height any of them reported.</translation>
    </message>
    <message>
        <source>Mempool</source>
        <translation>Mempool</translation>
    </message>
    <message>
        <source>Transactions ready for the next block (pending) and waiting on a nonce gap (queued), with their total size.</source>
        <translation>Transactions ready for the next block (pending) and waiting on a nonce gap (queued), with their total size.</translation>
    </message>
    <message>
        <source>Validator status</source>
        <translation>Validator status</translation>
    </message>
    <message>
        <source>Whether this node&apos;s validator key is in the active validator set.</source>
        <translation>Whether this node&apos;s validator key is in the active validator set.</translation>
    </message>
    <message>
        <source>Own voting power</source>
        <translation>Own voting power</translation>
    </message>
    <message>
        <source>This node&apos;s stake as voting power, and its share of the total power.</source>
        <translation>This node&apos;s stake as voting power, and its share of the total power.</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>The last height the double-sign guard recorded a signature for. The signer refuses to sign twice at a height.</source>
        <translation>The last height the double-sign guard recorded a signature for. The signer refuses to sign twice at a height.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Progress towards the best height a peer reported; the ETA uses the catch-up rate measured over the last polls.</source>
        <translation>Progress towards the best height a peer reported; the ETA uses the catch-up rate measured over the last polls.</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>The chain id, the EVM chain id and the JSON-RPC endpoint of this node.</source>
        <translation>The chain id, the EVM chain id and the JSON-RPC endpoint of this node.</translation>
    </message>
    <message>
        <source>Local validators</source>
        <translation>Local validators</translation>
    </message>
    <message>
        <source>The validators running inside this process (local network mode).</source>
        <translation>The validators running inside this process (local network mode).</translation>
    </message>
    <message>
        <source>Could not change the validator: %1</source>
        <translation>Could not change the validator: %1</translation>
    </message>
    <message>
        <source>Last committed: %1</source>
        <translation>Last committed: %1</translation>
    </message>
    <message>
        <source>Earlier rounds failed: %1</source>
        <translation>Earlier rounds failed: %1</translation>
    </message>
    <message>
        <source>First round</source>
        <translation>First round</translation>
    </message>
    <message>
        <source>Node stopped</source>
        <translation>Node stopped</translation>
    </message>
    <message>
        <source>No block yet</source>
        <translation>No block yet</translation>
    </message>
    <message>
        <source>Height %1</source>
        <translation>Height %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>Networking paused</source>
        <translation>Networking paused</translation>
    </message>
    <message>
        <source>Best peer height %1</source>
        <translation>Best peer height %1</translation>
    </message>
    <message>
        <source>No peer height reported</source>
        <translation>No peer height reported</translation>
    </message>
    <message>
        <source>%1 pending / %2 queued</source>
        <translation>%1 pending / %2 queued</translation>
    </message>
    <message>
        <source>Key %1…</source>
        <translation>Key %1…</translation>
    </message>
    <message>
        <source>No validator key on this node</source>
        <translation>No validator key on this node</translation>
    </message>
    <message>
        <source>Key %1… is not in the active set</source>
        <translation>Key %1… is not in the active set</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>of %1 total</source>
        <translation>of %1 total</translation>
    </message>
    <message>
        <source>Last signed %1</source>
        <translation>Last signed %1</translation>
    </message>
    <message>
        <source>Nothing signed yet</source>
        <translation>Nothing signed yet</translation>
    </message>
    <message>
        <source>Behind the chain by %1 heights</source>
        <translation>Behind the chain by %1 heights</translation>
    </message>
    <message>
        <source>EVM chain id %1 · RPC %2</source>
        <translation>EVM chain id %1 · RPC %2</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>In sync</translation>
    </message>
    <message>
        <source>No peers</source>
        <translation>No peers</translation>
    </message>
    <message>
        <source>Nothing to compare against</source>
        <translation>Nothing to compare against</translation>
    </message>
    <message>
        <source>At the best peer height %1</source>
        <translation>At the best peer height %1</translation>
    </message>
    <message>
        <source>Syncing %1 %</source>
        <translation>Syncing %1 %</translation>
    </message>
    <message>
        <source>ETA %1 at %2 blocks/s</source>
        <translation>ETA %1 at %2 blocks/s</translation>
    </message>
    <message>
        <source>ETA unknown: measuring the catch-up rate</source>
        <translation>ETA unknown: measuring the catch-up rate</translation>
    </message>
    <message>
        <source>%1 blocks behind</source>
        <translation>%1 blocks behind</translation>
    </message>
    <message>
        <source>%1 (this node)</source>
        <translation>%1 (this node)</translation>
    </message>
    <message>
        <source>RPC %1 · P2P %2</source>
        <translation>RPC %1 · P2P %2</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Whether this validator&apos;s node is running in this process.</source>
        <translation>Whether this validator&apos;s node is running in this process.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop %1; the network continues while more than 2/3 of the power runs.</source>
        <translation>Stop %1; the network continues while more than 2/3 of the power runs.</translation>
    </message>
    <message>
        <source>Restart %1 from its data directory.</source>
        <translation>Restart %1 from its data directory.</translation>
    </message>
</context>
<context>
    <name>ordo::ui::Panel</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validators</translation>
    </message>
    <message>
        <source>Mempool</source>
        <translation>Mempool</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <source>Staking &amp; Slashing</source>
        <translation>Staking &amp; Slashing</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ordo::ui::PeerTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Peer id %1
Node key %2</source>
        <translation>Peer id %1
Node key %2</translation>
    </message>
    <message>
        <source>Connected since %1</source>
        <translation>Connected since %1</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>outbound</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>inbound</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation>Peer id</translation>
    </message>
    <message>
        <source>Moniker</source>
        <translation>Moniker</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>RTT (ms)</source>
        <translation>RTT (ms)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Digest of the peer&apos;s node key (first characters; hover a row for all of it)</source>
        <translation>Digest of the peer&apos;s node key (first characters; hover a row for all of it)</translation>
    </message>
    <message>
        <source>Name the peer announced</source>
        <translation>Name the peer announced</translation>
    </message>
    <message>
        <source>Network address of the connection (host:port)</source>
        <translation>Network address of the connection (host:port)</translation>
    </message>
    <message>
        <source>Outbound: this node dialled the peer. Inbound: the peer dialled this node</source>
        <translation>Outbound: this node dialled the peer. Inbound: the peer dialled this node</translation>
    </message>
    <message>
        <source>Voting power of the validator running on the peer; – when it is not a validator</source>
        <translation>Voting power of the validator running on the peer; – when it is not a validator</translation>
    </message>
    <message>
        <source>Last height the peer reported</source>
        <translation>Last height the peer reported</translation>
    </message>
    <message>
        <source>Round-trip time of the last ping, in milliseconds</source>
        <translation>Round-trip time of the last ping, in milliseconds</translation>
    </message>
    <message>
        <source>Bytes received from the peer on this connection</source>
        <translation>Bytes received from the peer on this connection</translation>
    </message>
    <message>
        <source>Bytes sent to the peer on this connection</source>
        <translation>Bytes sent to the peer on this connection</translation>
    </message>
    <message>
        <source>Misbehaviour points; the peer is banned when they reach the limit</source>
        <translation>Misbehaviour points; the peer is banned when they reach the limit</translation>
    </message>
    <message>
        <source>How long the connection has been up</source>
        <translation>How long the connection has been up</translation>
    </message>
</context>
<context>
    <name>ordo::ui::PeersPage</name>
    <message>
        <source>Peers connected to this node right now</source>
        <translation>Peers connected to this node right now</translation>
    </message>
    <message>
        <source>Filter by id, moniker or address (Ctrl+F)</source>
        <translation>Filter by id, moniker or address (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows only the peers whose id, moniker or address contains this text</source>
        <translation>Shows only the peers whose id, moniker or address contains this text</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Collecting data…</translation>
    </message>
    <message>
        <source>Selected peer</source>
        <translation>Selected peer</translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation>Peer id</translation>
    </message>
    <message>
        <source>Digest of the peer&apos;s node key</source>
        <translation>Digest of the peer&apos;s node key</translation>
    </message>
    <message>
        <source>Node key</source>
        <translation>Node key</translation>
    </message>
    <message>
        <source>The peer&apos;s x-only public node key (hex)</source>
        <translation>The peer&apos;s x-only public node key (hex)</translation>
    </message>
    <message>
        <source>Moniker</source>
        <translation>Moniker</translation>
    </message>
    <message>
        <source>Name the peer announced</source>
        <translation>Name the peer announced</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Network address of the connection (host:port)</source>
        <translation>Network address of the connection (host:port)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Outbound: this node dialled the peer. Inbound: the peer dialled this node</source>
        <translation>Outbound: this node dialled the peer. Inbound: the peer dialled this node</translation>
    </message>
    <message>
        <source>Validator power</source>
        <translation>Validator power</translation>
    </message>
    <message>
        <source>Voting power of the validator running on the peer</source>
        <translation>Voting power of the validator running on the peer</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Last height the peer reported</source>
        <translation>Last height the peer reported</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Round-trip time of the last ping</source>
        <translation>Round-trip time of the last ping</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Bytes received from the peer on this connection</source>
        <translation>Bytes received from the peer on this connection</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Bytes sent to the peer on this connection</source>
        <translation>Bytes sent to the peer on this connection</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Misbehaviour points</source>
        <translation>Misbehaviour points</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>When the connection was established</source>
        <translation>When the connection was established</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Disconnect</translation>
    </message>
    <message>
        <source>Drop the connection to the selected peer (it may reconnect)</source>
        <translation>Drop the connection to the selected peer (it may reconnect)</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Ban…</translation>
    </message>
    <message>
        <source>Disconnect the selected peer and refuse it until unbanned</source>
        <translation>Disconnect the selected peer and refuse it until unbanned</translation>
    </message>
    <message>
        <source>Banned peers</source>
        <translation>Banned peers</translation>
    </message>
    <message>
        <source>No banned peers</source>
        <translation>No banned peers</translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation>&amp;Unban</translation>
    </message>
    <message>
        <source>Lift the ban on the selected peer</source>
        <translation>Lift the ban on the selected peer</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) connected</source>
        <translation>
            <numerusform>%n peer(s) connected</numerusform>
            <numerusform>%n peer(s) connected</numerusform>
        </translation>
    </message>
    <message>
        <source>No peers connected</source>
        <translation>No peers connected</translation>
    </message>
    <message>
        <source>No peer matches the filter</source>
        <translation>No peer matches the filter</translation>
    </message>
    <message>
        <source>Select a peer to see its details</source>
        <translation>Select a peer to see its details</translation>
    </message>
    <message>
        <source>not a validator</source>
        <translation>not a validator</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 ago)</translation>
    </message>
    <message>
        <source>Ban peer</source>
        <translation>Ban peer</translation>
    </message>
    <message>
        <source>Ban %1 (%2)?

The peer is disconnected and refused until you unban it.</source>
        <translation>Ban %1 (%2)?

The peer is disconnected and refused until you unban it.</translation>
    </message>
</context>
<context>
    <name>ordo::ui::RejectionTableModel</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Collecting data…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Rate (/s)</source>
        <translation>Rate (/s)</translation>
    </message>
    <message>
        <source>Why the mempool refused the transaction</source>
        <translation>Why the mempool refused the transaction</translation>
    </message>
    <message>
        <source>Transactions refused for this reason since the node started</source>
        <translation>Transactions refused for this reason since the node started</translation>
    </message>
    <message numerus="yes">
        <source>Refusals per second over the last %n second(s)</source>
        <translation>
            <numerusform>Refusals per second over the last %n second(s)</numerusform>
            <numerusform>Refusals per second over the last %n second(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::ui::SettingsPage</name>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Data directory</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Running network</source>
        <translation>Running network</translation>
    </message>
    <message>
        <source>Restart the panel to apply the changed network settings.</source>
        <translation>Restart the panel to apply the changed network settings.</translation>
    </message>
    <message>
        <source>Run a local network</source>
        <translation>Run a local network</translation>
    </message>
    <message>
        <source>Join a network</source>
        <translation>Join a network</translation>
    </message>
    <message>
        <source>Start the headless ordod</source>
        <translation>Start the headless ordod</translation>
    </message>
    <message>
        <source>What the panel starts: a local network of four validators in this process, one node joined to an existing network, or the separate ordod daemon</source>
        <translation>What the panel starts: a local network of four validators in this process, one node joined to an existing network, or the separate ordod daemon</translation>
    </message>
    <message>
        <source>JSON-RPC port of the first node; node i of a local network listens on this + i</source>
        <translation>JSON-RPC port of the first node; node i of a local network listens on this + i</translation>
    </message>
    <message>
        <source>Peer-to-peer port of the first node; node i of a local network listens on this + i</source>
        <translation>Peer-to-peer port of the first node; node i of a local network listens on this + i</translation>
    </message>
    <message>
        <source>genesis.json of the network to join</source>
        <translation>genesis.json of the network to join</translation>
    </message>
    <message>
        <source>The network&apos;s genesis file: chain id, validators and initial balances</source>
        <translation>The network&apos;s genesis file: chain id, validators and initial balances</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>host:port, host:port, …</source>
        <translation>host:port, host:port, …</translation>
    </message>
    <message>
        <source>Nodes of the network to connect to first</source>
        <translation>Nodes of the network to connect to first</translation>
    </message>
    <message>
        <source>/usr/bin/ordod</source>
        <translation>/usr/bin/ordod</translation>
    </message>
    <message>
        <source>The ordod program the panel starts in headless mode</source>
        <translation>The ordod program the panel starts in headless mode</translation>
    </message>
    <message>
        <source>Where blocks, state and keys are stored</source>
        <translation>Where blocks, state and keys are stored</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the data directory</source>
        <translation>Choose the data directory</translation>
    </message>
    <message>
        <source>Free space on the data directory&apos;s file system; the node needs at least 1 GiB</source>
        <translation>Free space on the data directory&apos;s file system; the node needs at least 1 GiB</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s colours, or use a light or dark palette</source>
        <translation>Follow the desktop&apos;s colours, or use a light or dark palette</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>The panel&apos;s language; applies at once</source>
        <translation>The panel&apos;s language; applies at once</translation>
    </message>
    <message>
        <source>The chain id of the network this node runs</source>
        <translation>The chain id of the network this node runs</translation>
    </message>
    <message>
        <source>Where wallets and tools reach this node&apos;s Ethereum JSON-RPC</source>
        <translation>Where wallets and tools reach this node&apos;s Ethereum JSON-RPC</translation>
    </message>
    <message>
        <source>How the running node was started</source>
        <translation>How the running node was started</translation>
    </message>
    <message>
        <source>The data directory the running node uses</source>
        <translation>The data directory the running node uses</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>&amp;RPC port base:</source>
        <translation>&amp;RPC port base:</translation>
    </message>
    <message>
        <source>&amp;P2P port base:</source>
        <translation>&amp;P2P port base:</translation>
    </message>
    <message>
        <source>&amp;Genesis file:</source>
        <translation>&amp;Genesis file:</translation>
    </message>
    <message>
        <source>P&amp;eers:</source>
        <translation>P&amp;eers:</translation>
    </message>
    <message>
        <source>ordod &amp;program:</source>
        <translation>ordod &amp;program:</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Directory:</translation>
    </message>
    <message>
        <source>Free space:</source>
        <translation>Free space:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation>Chain id:</translation>
    </message>
    <message>
        <source>RPC URL:</source>
        <translation>RPC URL:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Data directory:</translation>
    </message>
    <message>
        <source>Set by the command line (%1); the stored value applies when started without it.</source>
        <translation>Set by the command line (%1); the stored value applies when started without it.</translation>
    </message>
    <message>
        <source>Choose a directory</source>
        <translation>Choose a directory</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 free</translation>
    </message>
    <message>
        <source>%1 free — %2</source>
        <translation>%1 free — %2</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Collecting data…</translation>
    </message>
    <message>
        <source>%1 (EVM chain id %2)</source>
        <translation>%1 (EVM chain id %2)</translation>
    </message>
    <message>
        <source>RPC is off</source>
        <translation>RPC is off</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Local network</translation>
    </message>
    <message>
        <source>Joined network</source>
        <translation>Joined network</translation>
    </message>
    <message>
        <source>Choose the genesis file</source>
        <translation>Choose the genesis file</translation>
    </message>
    <message>
        <source>Genesis (*.json);;All files (*)</source>
        <translation>Genesis (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the ordod program</source>
        <translation>Choose the ordod program</translation>
    </message>
    <message>
        <source>Headless ordod over JSON-RPC</source>
        <translation>Headless ordod over JSON-RPC</translation>
    </message>
</context>
<context>
    <name>ordo::ui::StakeTableModel</name>
    <message>
        <source>%1 (this node)</source>
        <translation>%1 (this node)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Validator</source>
        <translation>Validator</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Voting power</source>
        <translation>Voting power</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>The validator&apos;s moniker</source>
        <translation>The validator&apos;s moniker</translation>
    </message>
    <message>
        <source>The validator&apos;s x-only public key (hover for all of it)</source>
        <translation>The validator&apos;s x-only public key (hover for all of it)</translation>
    </message>
    <message>
        <source>Stake bonded by the validator, as voting power</source>
        <translation>Stake bonded by the validator, as voting power</translation>
    </message>
    <message>
        <source>Share of the total voting power</source>
        <translation>Share of the total voting power</translation>
    </message>
</context>
<context>
    <name>ordo::ui::StakingPage</name>
    <message>
        <source>Collecting data…</source>
        <translation>Collecting data…</translation>
    </message>
    <message>
        <source>Own stake</source>
        <translation>Own stake</translation>
    </message>
    <message>
        <source>This node&apos;s bonded stake as voting power, and its share of the total power.</source>
        <translation>This node&apos;s bonded stake as voting power, and its share of the total power.</translation>
    </message>
    <message>
        <source>Network stake</source>
        <translation>Network stake</translation>
    </message>
    <message>
        <source>The total voting power of the active validator set, and its size.</source>
        <translation>The total voting power of the active validator set, and its size.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Equivocations this node has seen or committed, and how many still wait to be included in a block.</source>
        <translation>Equivocations this node has seen or committed, and how many still wait to be included in a block.</translation>
    </message>
    <message>
        <source>Stake of every validator in the active set; your own row is bold.</source>
        <translation>Stake of every validator in the active set; your own row is bold.</translation>
    </message>
    <message>
        <source>Conflicting votes or proposals signed by one validator, newest first.</source>
        <translation>Conflicting votes or proposals signed by one validator, newest first.</translation>
    </message>
    <message>
        <source>The latest evidence announced by the node.</source>
        <translation>The latest evidence announced by the node.</translation>
    </message>
    <message>
        <source>Validator set stake</source>
        <translation>Validator set stake</translation>
    </message>
    <message>
        <source>Equivocation evidence</source>
        <translation>Equivocation evidence</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>In the active set</source>
        <translation>In the active set</translation>
    </message>
    <message>
        <source>No validator key on this node</source>
        <translation>No validator key on this node</translation>
    </message>
    <message>
        <source>Not in the active set</source>
        <translation>Not in the active set</translation>
    </message>
    <message>
        <source>%1 validators</source>
        <translation>%1 validators</translation>
    </message>
    <message>
        <source>The node reports no validator set.</source>
        <translation>The node reports no validator set.</translation>
    </message>
    <message>
        <source>New evidence: %1 by %2 at height %3, round %4.</source>
        <translation>New evidence: %1 by %2 at height %3, round %4.</translation>
    </message>
    <message>
        <source>%1 pending inclusion</source>
        <translation>%1 pending inclusion</translation>
    </message>
    <message>
        <source>No equivocation seen. Evidence appears here when a validator signs two conflicting votes or proposals.</source>
        <translation>No equivocation seen. Evidence appears here when a validator signs two conflicting votes or proposals.</translation>
    </message>
</context>
<context>
    <name>ordo::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>(and %n more alert(s) since the last notification)</source>
        <translation>
            <numerusform>(and %n more alert(s) since the last notification)</numerusform>
            <numerusform>(and %n more alert(s) since the last notification)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more alert(s)</source>
        <translation>
            <numerusform>%n more alert(s)</numerusform>
            <numerusform>%n more alert(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1. Open the Alerts page for all of them.</source>
        <translation>Latest: %1. Open the Alerts page for all of them.</translation>
    </message>
    <message>
        <source>Ordo control panel</source>
        <translation>Ordo control panel</translation>
    </message>
    <message>
        <source>Recovered: %1</source>
        <translation>Recovered: %1</translation>
    </message>
    <message>
        <source>The condition has cleared.</source>
        <translation>The condition has cleared.</translation>
    </message>
</context>
<context>
    <name>ordo::ui::ValidatorTableModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Not in set</source>
        <translation>Not in set</translation>
    </message>
    <message>
        <source>Validator key %1</source>
        <translation>Validator key %1</translation>
    </message>
    <message>
        <source>This node&apos;s validator</source>
        <translation>This node&apos;s validator</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <extracomment>Marks the operator&apos;s own validator in the validator list.</extracomment>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>none seen</source>
        <translation>none seen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Blocks the validator missed / heights observed in the window.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Moniker</source>
        <translation>Moniker</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Power %</source>
        <translation>Power %</translation>
    </message>
    <message>
        <source>Proposer priority</source>
        <translation>Proposer priority</translation>
    </message>
    <message>
        <source>Last signed</source>
        <translation>Last signed</translation>
    </message>
    <message>
        <source>Missed / window</source>
        <translation>Missed / window</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name of the validator</source>
        <translation>Name of the validator</translation>
    </message>
    <message>
        <source>The validator&apos;s x-only public key (first characters; hover a row for all of it)</source>
        <translation>The validator&apos;s x-only public key (first characters; hover a row for all of it)</translation>
    </message>
    <message>
        <source>Voting power (stake) of the validator</source>
        <translation>Voting power (stake) of the validator</translation>
    </message>
    <message>
        <source>Share of the total voting power</source>
        <translation>Share of the total voting power</translation>
    </message>
    <message>
        <source>Proposer priority: the validator with the highest priority proposes next</source>
        <translation>Proposer priority: the validator with the highest priority proposes next</translation>
    </message>
    <message>
        <source>Last height whose commit certificate carries this validator&apos;s signature</source>
        <translation>Last height whose commit certificate carries this validator&apos;s signature</translation>
    </message>
    <message>
        <source>Heights whose commit certificate lacks this validator&apos;s signature, out of the heights observed in the recent window</source>
        <translation>Heights whose commit certificate lacks this validator&apos;s signature, out of the heights observed in the recent window</translation>
    </message>
    <message>
        <source>Active: in the validator set and voting</source>
        <translation>Active: in the validator set and voting</translation>
    </message>
</context>
<context>
    <name>ordo::ui::ValidatorsPage</name>
    <message>
        <source>Size and total voting power of the validator set</source>
        <translation>Size and total voting power of the validator set</translation>
    </message>
    <message>
        <source>Whether this node&apos;s key is in the validator set, with its share of the power</source>
        <translation>Whether this node&apos;s key is in the validator set, with its share of the power</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Collecting data…</translation>
    </message>
    <message>
        <source>No validator set known yet</source>
        <translation>No validator set known yet</translation>
    </message>
    <message numerus="yes">
        <source>%n validator(s), total power %1</source>
        <translation>
            <numerusform>%n validator(s), total power %1</numerusform>
            <numerusform>%n validator(s), total power %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This node validates with power %1 (%2 %)</source>
        <translation>This node validates with power %1 (%2 %)</translation>
    </message>
    <message>
        <source>This node&apos;s validator key is not in the active set</source>
        <translation>This node&apos;s validator key is not in the active set</translation>
    </message>
    <message>
        <source>This node has no validator key</source>
        <translation>This node has no validator key</translation>
    </message>
</context>
</TS>
