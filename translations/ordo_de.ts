<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <source>Ordo control panel: runs and shows a sequencer node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the embedded local network without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the network of this genesis file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers to join, host:port,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-RPC port of the first node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2P port of the first node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: en, de, es, zh_CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: system, light, dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rpc-port needs a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--p2p-port needs a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node could not start:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::AlertCenter</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks missed network-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your validator %1 missed %2 of the last %3 heights, and so did %4 of %5 validators: the network as a whole is struggling, not only this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your validator is missing blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your validator %1 missed %2 of the last %3 heights while the other validators signed: check this node&apos;s connectivity, clock and load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator %1 is missing blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2% of the voting power) missed %3 of the last %4 heights; its last signature is at height %5. Its node may be down or cut off; the network keeps going while more than 2/3 of the power signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 peer(s); reaching a quorum needs at least %2 other validator(s). Check the network, the firewall and the peer list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No block committed for %1 s (the threshold is %2 s). Deciding height %3, round %4, step %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node behind the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node is at height %1, %2 blocks behind the best peer (%3), and is not catching up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free on the file system of the data directory %2. The node stops writing blocks when it is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks arrive %1 ms %2 the proposer&apos;s clock; more than %3 ms suggests this machine&apos;s clock is wrong. Enable time synchronisation (NTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivocation by %1 at height %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at height %2, round %3 by validator %4 (key %5, power %6). The offender is slashed once the evidence is in a block.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::AlertTableModel</name>
    <message>
        <source>Raised %1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times this alert has been raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (recovered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info, Warning or Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was measured, and what to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the alert was raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the alert cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::AlertsPage</name>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only alerts of one severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selected alerts: they move to the history and stay quiet until their condition recovers and goes bad again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every past alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts — everything looks healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No past alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::BannedPeerTableModel</name>
    <message>
        <source>until unbanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest of the banned peer&apos;s node key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the peer was banned (by the operator or for misbehaviour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the ban ends; bans by the operator last until lifted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::BlockTableModel</name>
    <message>
        <source>Height start to durable commit on this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched by block sync: no latency observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Txs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block header time, local time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions in the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validator that proposed the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round in which the block was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height start to durable commit on this node, in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block hash (hover a cell for the full hash)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::BlocksPage</name>
    <message>
        <source>The most recent committed blocks. Select one to see its header and certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a block to see its header, transactions and commit certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash of the block header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash of the previous block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block header time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validator that proposed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round in which it was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions in the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas used by its transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP-1559 base fee, in wei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root of the state after the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Txs root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root of its transaction list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root of its receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validators hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash of the validator set that decided it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivocation evidence included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashes of the transactions in this block, in block order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting power of the precommits that committed this block, against the total power. More than 2/3 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moniker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The precommit signatures in the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blocks committed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading block %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 is not in this node&apos;s store: it may have been pruned, or the node restarted from a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactions in this block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commit certificate stored for this block yet (it arrives with the next block).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 · %2 signatures · signed power %3 of %4 (%5 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::ConsensusPage</name>
    <message>
        <source>propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prevote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precommit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> heights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the most recent heights the charts show (the page keeps up to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the charts; data keeps being collected and shows on resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the heights collected so far and start again from the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PN&amp;G…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the four charts as one PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the phase timings of the heights shown as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heights shown out of the heights collected by this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase durations per height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent in each consensus phase of every committed height, stacked: propose, prevote, precommit, then commit (execution and storage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds per height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many rounds each height needed; more than one means a round timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of the time from height start to durable commit, over the heights shown that this node decided itself (synced heights are left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms since round start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voting power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevote and precommit power received in the current round, against the 2/3 quorum. Dashed verticals mark timeouts of this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prevotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precommits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2/3 quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 heights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2/3 quorum (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at height %2 round %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height %1 · round %2 · %3 — prevotes %4 / %5 (nil %6) · precommits %7 / %5 (nil %8) · quorum %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent timeouts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export phase timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::EvidenceTableModel</name>
    <message>
        <source>Duplicate prevote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate precommit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator %1, key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed in block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by this node, not yet included in a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the offender signed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the conflicting votes or proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round of the conflicting votes or proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validator that equivocated (moniker and key prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offender&apos;s voting power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this node first saw the evidence, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block that includes the evidence, or pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::FirstRunDialog</name>
    <message>
        <source>Choose the ordod home directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the genesis file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ordod program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ordod home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Ordo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what this panel runs. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a &amp;local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your node plus three companion validators in this process, over loopback; live consensus within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One node that joins an existing network: it needs the network&apos;s genesis file and the addresses of a few of its nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the headless &amp;ordod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the ordod daemon from its home directory and watch it from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Genesis file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genesis.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s genesis file: chain id, validators and initial balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Peers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port, host:port, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes of the network to connect to first, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/usr/bin/ordod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ordod program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home directory written by &quot;ordod init&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where blocks, state and keys are stored; needs at least 1 GiB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free — not enough (at least 1 GiB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::LogModel</name>
    <message>
        <source>TRACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEBUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time the line was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node that wrote the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the node reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::LogsPage</name>
    <message>
        <source>debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines shown by the filter, lines kept (at most %1) and lines dropped because the panel fell behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide lines below this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only lines whose message or source contains this text (case-insensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest line in view; scrolling up pauses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the node&apos;s log file with the system&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lines shown (after filtering) to a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Log lines per hour by level over the last %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>hour (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines / hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node does not write a log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 with the system&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line matches the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::MainWindow</name>
    <message>
        <source>About Ordo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ordo&lt;/h3&gt;&lt;p&gt;Control panel of an Ordo decentralized sequencer node: staked sequencers agree on every rollup block by Tendermint BFT consensus.&lt;/p&gt;&lt;p&gt;Qt %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the node and close the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a &amp;local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your node plus three companion validators in this process, over loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join a network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one node that joins an existing network from its genesis file and peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;ordod…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the headless ordod daemon and watch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Ordo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 … Ctrl+9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordo — %1 — height %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::MempoolPage</name>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions ready for the next block (their nonce is next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions waiting for an earlier nonce of their sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes held by the mempool against its limit; at the limit the lowest tips are evicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions held (pending and queued) against the mempool&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Transactions admitted per second over the last %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Transactions admitted since the node started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions dropped to make room for better-paying ones, since the node started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions dropped because they waited too long, since the node started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejections per second by reason over the last few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejections / s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top transactions by tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tx/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending transactions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::MempoolTableModel</name>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip (gwei)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s nonce of the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective priority fee at the next block&apos;s base fee, in gwei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas limit of the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoded size of the transaction in bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::MetricCard</name>
    <message>
        <source>Collecting data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::NodeStatusBar</name>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first status from the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected peers; click to pause networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last committed block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node %1 is running on chain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer-to-peer networking is paused; click to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connected peers; click to pause all peer-to-peer networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last committed block; deciding height %1, round %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Catching up with the best peer: %n block(s) to go</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signing, last height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node&apos;s validator key is in the active set (power %1 of %2); the double-sign guard last signed at height %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node has no validator key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node&apos;s validator key is not in the active set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::OverviewPage</name>
    <message>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precommit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The height being decided, and the last height committed to this node&apos;s store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consensus round at the current height. Above 0 means earlier rounds timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tendermint step of the current round: propose, prevote, precommit or commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long ago the last block was produced (its header time), at the last poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between the last two blocks, against the configured target interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected peers, and the highest height any of them reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mempool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions ready for the next block (pending) and waiting on a nonce gap (queued), with their total size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this node&apos;s validator key is in the active validator set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own voting power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node&apos;s stake as voting power, and its share of the total power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last height the double-sign guard recorded a signature for. The signer refuses to sign twice at a height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress towards the best height a peer reported; the ETA uses the catch-up rate measured over the last polls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain id, the EVM chain id and the JSON-RPC endpoint of this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local validators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validators running inside this process (local network mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the validator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last committed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier rounds failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No block yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best peer height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peer height reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending / %2 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No validator key on this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1… is not in the active set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last signed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind the chain by %1 heights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVM chain id %1 · RPC %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the best peer height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1 at %2 blocks/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA unknown: measuring the catch-up rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocks behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPC %1 · P2P %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this validator&apos;s node is running in this process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1; the network continues while more than 2/3 of the power runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1 from its data directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::Panel</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mempool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staking &amp; Slashing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::PeerTableModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer id %1
Node key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moniker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest of the peer&apos;s node key (first characters; hover a row for all of it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the peer announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network address of the connection (host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound: this node dialled the peer. Inbound: the peer dialled this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting power of the validator running on the peer; – when it is not a validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last height the peer reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip time of the last ping, in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes received from the peer on this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes sent to the peer on this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misbehaviour points; the peer is banned when they reach the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the connection has been up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::PeersPage</name>
    <message>
        <source>Peers connected to this node right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by id, moniker or address (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the peers whose id, moniker or address contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest of the peer&apos;s node key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer&apos;s x-only public node key (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moniker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the peer announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network address of the connection (host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound: this node dialled the peer. Inbound: the peer dialled this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting power of the validator running on the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last height the peer reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip time of the last ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes received from the peer on this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes sent to the peer on this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misbehaviour points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the connection was established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the connection to the selected peer (it may reconnect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the selected peer and refuse it until unbanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No banned peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the ban on the selected peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) connected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No peers connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peer matches the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a peer to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban %1 (%2)?

The peer is disconnected and refused until you unban it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::RejectionTableModel</name>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the mempool refused the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions refused for this reason since the node started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refusals per second over the last %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::ui::SettingsPage</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the panel to apply the changed network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the headless ordod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the panel starts: a local network of four validators in this process, one node joined to an existing network, or the separate ordod daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-RPC port of the first node; node i of a local network listens on this + i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer-to-peer port of the first node; node i of a local network listens on this + i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genesis.json of the network to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s genesis file: chain id, validators and initial balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port, host:port, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes of the network to connect to first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/usr/bin/ordod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ordod program the panel starts in headless mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where blocks, state and keys are stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space on the data directory&apos;s file system; the node needs at least 1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s colours, or use a light or dark palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel&apos;s language; applies at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain id of the network this node runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where wallets and tools reach this node&apos;s Ethereum JSON-RPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the running node was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory the running node uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RPC port base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;P2P port base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Genesis file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordod &amp;program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPC URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the command line (%1); the stored value applies when started without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (EVM chain id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPC is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the genesis file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genesis (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ordod program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::StakeTableModel</name>
    <message>
        <source>%1 (this node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validator&apos;s moniker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validator&apos;s x-only public key (hover for all of it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake bonded by the validator, as voting power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the total voting power</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::StakingPage</name>
    <message>
        <source>Collecting data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node&apos;s bonded stake as voting power, and its share of the total power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total voting power of the active validator set, and its size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivocations this node has seen or committed, and how many still wait to be included in a block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake of every validator in the active set; your own row is bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting votes or proposals signed by one validator, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest evidence announced by the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator set stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivocation evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the active set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No validator key on this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the active set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 validators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node reports no validator set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New evidence: %1 by %2 at height %3, round %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No equivocation seen. Evidence appears here when a validator signs two conflicting votes or proposals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>(and %n more alert(s) since the last notification)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1. Open the Alerts page for all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordo control panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition has cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::ValidatorTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node&apos;s validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <extracomment>Marks the operator&apos;s own validator in the validator list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Blocks the validator missed / heights observed in the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moniker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed / window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validator&apos;s x-only public key (first characters; hover a row for all of it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting power (stake) of the validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the total voting power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer priority: the validator with the highest priority proposes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last height whose commit certificate carries this validator&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heights whose commit certificate lacks this validator&apos;s signature, out of the heights observed in the recent window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: in the validator set and voting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ordo::ui::ValidatorsPage</name>
    <message>
        <source>Size and total voting power of the validator set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this node&apos;s key is in the validator set, with its share of the power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No validator set known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n validator(s), total power %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This node validates with power %1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node&apos;s validator key is not in the active set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node has no validator key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
