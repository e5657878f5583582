<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>Ordo control panel: runs and shows a sequencer node</source>
        <translation>Ordo 控制面板：运行并显示一个排序器节点</translation>
    </message>
    <message>
        <source>Run the embedded local network without asking</source>
        <translation>不经询问直接运行内置本地网络</translation>
    </message>
    <message>
        <source>Join the network of this genesis file</source>
        <translation>加入此创世文件所定义的网络</translation>
    </message>
    <message>
        <source>Peers to join, host:port,...</source>
        <translation>要加入的节点，host:port,...</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>JSON-RPC port of the first node</source>
        <translation>第一个节点的 JSON-RPC 端口</translation>
    </message>
    <message>
        <source>P2P port of the first node</source>
        <translation>第一个节点的 P2P 端口</translation>
    </message>
    <message>
        <source>Language: en, de, es, zh_CN</source>
        <translation>语言：en, de, es, zh_CN</translation>
    </message>
    <message>
        <source>Theme: system, light, dark</source>
        <translation>主题：system, light, dark</translation>
    </message>
    <message>
        <source>Ordo</source>
        <translation>Ordo</translation>
    </message>
    <message>
        <source>--rpc-port needs a port number</source>
        <translation>--rpc-port 需要一个端口号</translation>
    </message>
    <message>
        <source>--p2p-port needs a port number</source>
        <translation>--p2p-port 需要一个端口号</translation>
    </message>
    <message>
        <source>Starting the node…</source>
        <translation>正在启动节点…</translation>
    </message>
    <message>
        <source>The node could not start:
%1</source>
        <translation>节点无法启动：
%1</translation>
    </message>
    <message>
        <source>ordod not found at %1</source>
        <translation>在 %1 未找到 ordod</translation>
    </message>
    <message>
        <source>ordod init failed: %1</source>
        <translation>ordod init 失败：%1</translation>
    </message>
    <message>
        <source>cannot start %1</source>
        <translation>无法启动 %1</translation>
    </message>
    <message>
        <source> (see %1/ordod.out)</source>
        <translation>（见 %1/ordod.out）</translation>
    </message>
    <message>
        <source>Control a headless ordod over JSON-RPC</source>
        <translation>通过 JSON-RPC 控制无界面的 ordod</translation>
    </message>
    <message>
        <source>Home directory of the ordod to control</source>
        <translation>要控制的 ordod 的主目录</translation>
    </message>
</context>
<context>
    <name>ordo::ui::AlertCenter</name>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Blocks missed network-wide</source>
        <translation>全网出块缺失</translation>
    </message>
    <message>
        <source>Your validator %1 missed %2 of the last %3 heights, and so did %4 of %5 validators: the network as a whole is struggling, not only this node.</source>
        <translation>您的验证者 %1 在最近 %3 个高度中缺失了 %2 个，%5 个验证者中有 %4 个也是如此：整个网络运行困难，而不仅是本节点。</translation>
    </message>
    <message>
        <source>Your validator is missing blocks</source>
        <translation>您的验证者正在缺失区块</translation>
    </message>
    <message>
        <source>Your validator %1 missed %2 of the last %3 heights while the other validators signed: check this node&apos;s connectivity, clock and load.</source>
        <translation>您的验证者 %1 在最近 %3 个高度中缺失了 %2 个，而其他验证者均已签名：请检查本节点的网络连接、时钟和负载。</translation>
    </message>
    <message>
        <source>Validator %1 is missing blocks</source>
        <translation>验证者 %1 正在缺失区块</translation>
    </message>
    <message>
        <source>%1 (%2% of the voting power) missed %3 of the last %4 heights; its last signature is at height %5. Its node may be down or cut off; the network keeps going while more than 2/3 of the power signs.</source>
        <translation>%1（占投票权 %2%）在最近 %4 个高度中缺失了 %3 个；其最后一次签名位于高度 %5。其节点可能已宕机或被断开；只要超过 2/3 的投票权参与签名，网络就会继续运行。</translation>
    </message>
    <message>
        <source>No peers</source>
        <translation>无节点</translation>
    </message>
    <message>
        <source>Too few peers</source>
        <translation>节点过少</translation>
    </message>
    <message>
        <source>Connected to %1 peer(s); reaching a quorum needs at least %2 other validator(s). Check the network, the firewall and the peer list.</source>
        <translation>已连接 %1 个节点；达成法定票数至少需要 %2 个其他验证者。请检查网络、防火墙和节点列表。</translation>
    </message>
    <message>
        <source>Node stalled</source>
        <translation>节点停滞</translation>
    </message>
    <message>
        <source>No block committed for %1 s (the threshold is %2 s). Deciding height %3, round %4, step %5.</source>
        <translation>已有 %1 s 未提交区块（阈值为 %2 s）。正在决定高度 %3，轮次 %4，步骤 %5。</translation>
    </message>
    <message>
        <source>Node behind the network</source>
        <translation>节点落后于网络</translation>
    </message>
    <message>
        <source>This node is at height %1, %2 blocks behind the best peer (%3), and is not catching up.</source>
        <translation>本节点位于高度 %1，落后最佳节点（%3）%2 个区块，且未能追上。</translation>
    </message>
    <message>
        <source>Disk space low</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <source>%1 free on the file system of the data directory %2. The node stops writing blocks when it is full.</source>
        <translation>数据目录 %2 所在文件系统剩余 %1。磁盘写满后节点将停止写入区块。</translation>
    </message>
    <message>
        <source>Clock drift</source>
        <translation>时钟偏差</translation>
    </message>
    <message>
        <source>Blocks arrive %1 ms %2 the proposer&apos;s clock; more than %3 ms suggests this machine&apos;s clock is wrong. Enable time synchronisation (NTP).</source>
        <translation>区块到达时间比提议者的时钟%2 %1 ms；超过 %3 ms 说明本机时钟可能有误。请启用时间同步（NTP）。</translation>
    </message>
    <message>
        <source>after</source>
        <translation>晚</translation>
    </message>
    <message>
        <source>before</source>
        <translation>早</translation>
    </message>
    <message>
        <source>Equivocation by %1 at height %2</source>
        <translation>%1 在高度 %2 双签</translation>
    </message>
    <message>
        <source>%1 at height %2, round %3 by validator %4 (key %5, power %6). The offender is slashed once the evidence is in a block.</source>
        <translation>验证者 %4（密钥 %5，投票权 %6）在高度 %2、轮次 %3 %1。证据被打包进区块后，作恶者将被罚没。</translation>
    </message>
</context>
<context>
    <name>ordo::ui::AlertTableModel</name>
    <message>
        <source>Raised %1, %2 %3</source>
        <translation>触发于 %1，%2于 %3</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>触发于 %1</translation>
    </message>
    <message>
        <source>How many times this alert has been raised</source>
        <translation>此告警被触发的次数</translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <translation>%1（已确认）</translation>
    </message>
    <message>
        <source>%1 (recovered)</source>
        <translation>%1（已恢复）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>清除时间</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Info, Warning or Critical</source>
        <translation>信息、警告或严重</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>出了什么问题</translation>
    </message>
    <message>
        <source>What was measured, and what to check</source>
        <translation>测量到了什么，以及应检查什么</translation>
    </message>
    <message>
        <source>When the alert was raised</source>
        <translation>告警触发的时间</translation>
    </message>
    <message>
        <source>When the alert cleared</source>
        <translation>告警清除的时间</translation>
    </message>
</context>
<context>
    <name>ordo::ui::AlertsPage</name>
    <message>
        <source>&amp;Severity:</source>
        <translation>严重程度(&amp;S)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Show only alerts of one severity</source>
        <translation>仅显示某一严重程度的告警</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>Clear the selected alerts: they move to the history and stay quiet until their condition recovers and goes bad again</source>
        <translation>清除所选告警：它们将移入历史记录，在其条件恢复后再次变坏之前不会再提醒</translation>
    </message>
    <message>
        <source>Clear &amp;history</source>
        <translation>清除历史(&amp;H)</translation>
    </message>
    <message>
        <source>Forget every past alert</source>
        <translation>清除所有历史告警</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>当前告警</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>No alerts — everything looks healthy</source>
        <translation>无告警 — 一切正常</translation>
    </message>
    <message>
        <source>No past alerts</source>
        <translation>无历史告警</translation>
    </message>
</context>
<context>
    <name>ordo::ui::BannedPeerTableModel</name>
    <message>
        <source>until unbanned</source>
        <translation>直至解除封禁</translation>
    </message>
    <message>
        <source>Peer id %1</source>
        <translation>节点 ID %1</translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation>节点 ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Digest of the banned peer&apos;s node key</source>
        <translation>被封禁节点的节点密钥摘要</translation>
    </message>
    <message>
        <source>Why the peer was banned (by the operator or for misbehaviour)</source>
        <translation>封禁原因（由操作员封禁或因不当行为）</translation>
    </message>
    <message>
        <source>When the ban ends; bans by the operator last until lifted</source>
        <translation>封禁结束时间；操作员设置的封禁持续到手动解除</translation>
    </message>
</context>
<context>
    <name>ordo::ui::BlockTableModel</name>
    <message>
        <source>Height start to durable commit on this node</source>
        <translation>从高度开始到本节点持久提交的时间</translation>
    </message>
    <message>
        <source>Fetched by block sync: no latency observed</source>
        <translation>通过区块同步获取：未观测到延迟</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Txs</source>
        <translation>交易数</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>提议者</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟 (ms)</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <source>Block height</source>
        <translation>区块高度</translation>
    </message>
    <message>
        <source>Block header time, local time zone</source>
        <translation>区块头时间，本地时区</translation>
    </message>
    <message>
        <source>Transactions in the block</source>
        <translation>区块中的交易</translation>
    </message>
    <message>
        <source>The validator that proposed the block</source>
        <translation>提议该区块的验证者</translation>
    </message>
    <message>
        <source>The round in which the block was decided</source>
        <translation>决定该区块的轮次</translation>
    </message>
    <message>
        <source>Height start to durable commit on this node, in milliseconds</source>
        <translation>从高度开始到本节点持久提交的时间，单位毫秒</translation>
    </message>
    <message>
        <source>Block hash (hover a cell for the full hash)</source>
        <translation>区块哈希（鼠标悬停单元格可查看完整哈希）</translation>
    </message>
</context>
<context>
    <name>ordo::ui::BlocksPage</name>
    <message>
        <source>The most recent committed blocks. Select one to see its header and certificate.</source>
        <translation>最近提交的区块。选择一个区块可查看其区块头和证书。</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>正在收集数据…</translation>
    </message>
    <message>
        <source>Select a block to see its header, transactions and commit certificate.</source>
        <translation>选择一个区块以查看其区块头、交易和提交证书。</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>区块头</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Block height</source>
        <translation>区块高度</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <source>Hash of the block header</source>
        <translation>区块头的哈希</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父区块</translation>
    </message>
    <message>
        <source>Hash of the previous block</source>
        <translation>上一个区块的哈希</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Block header time</source>
        <translation>区块头时间</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>提议者</translation>
    </message>
    <message>
        <source>The validator that proposed it</source>
        <translation>提议该区块的验证者</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>The round in which it was decided</source>
        <translation>决定该区块的轮次</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Transactions in the block</source>
        <translation>区块中的交易</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>已用 Gas</translation>
    </message>
    <message>
        <source>Gas used by its transactions</source>
        <translation>其交易消耗的 Gas</translation>
    </message>
    <message>
        <source>Base fee</source>
        <translation>基础费用</translation>
    </message>
    <message>
        <source>EIP-1559 base fee, in wei</source>
        <translation>EIP-1559 基础费用，单位 wei</translation>
    </message>
    <message>
        <source>State root</source>
        <translation>状态根</translation>
    </message>
    <message>
        <source>Root of the state after the block</source>
        <translation>区块执行后的状态根</translation>
    </message>
    <message>
        <source>Txs root</source>
        <translation>交易根</translation>
    </message>
    <message>
        <source>Root of its transaction list</source>
        <translation>其交易列表的根</translation>
    </message>
    <message>
        <source>Receipts root</source>
        <translation>收据根</translation>
    </message>
    <message>
        <source>Root of its receipts</source>
        <translation>其收据的根</translation>
    </message>
    <message>
        <source>Validators hash</source>
        <translation>验证者集哈希</translation>
    </message>
    <message>
        <source>Hash of the validator set that decided it</source>
        <translation>决定该区块的验证者集的哈希</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Equivocation evidence included</source>
        <translation>包含的双签证据</translation>
    </message>
    <message>
        <source>Transaction hashes</source>
        <translation>交易哈希</translation>
    </message>
    <message>
        <source>Hashes of the transactions in this block, in block order.</source>
        <translation>该区块中交易的哈希，按区块内顺序排列。</translation>
    </message>
    <message>
        <source>Commit certificate</source>
        <translation>提交证书</translation>
    </message>
    <message>
        <source>Voting power of the precommits that committed this block, against the total power. More than 2/3 is needed.</source>
        <translation>提交该区块的预提交所占投票权与总投票权之比。需要超过 2/3。</translation>
    </message>
    <message>
        <source>Validator</source>
        <translation>验证者</translation>
    </message>
    <message>
        <source>Moniker</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>投票权</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>The precommit signatures in the certificate.</source>
        <translation>证书中的预提交签名。</translation>
    </message>
    <message>
        <source>No blocks committed yet.</source>
        <translation>尚未提交任何区块。</translation>
    </message>
    <message>
        <source>Loading block %1…</source>
        <translation>正在加载区块 %1…</translation>
    </message>
    <message>
        <source>Block %1 is not in this node&apos;s store: it may have been pruned, or the node restarted from a snapshot.</source>
        <translation>区块 %1 不在本节点的存储中：它可能已被修剪，或节点是从快照重启的。</translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1（%2…）</translation>
    </message>
    <message>
        <source>%1 wei</source>
        <translation>%1 wei</translation>
    </message>
    <message>
        <source>No transactions in this block.</source>
        <translation>该区块中没有交易。</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 条</translation>
    </message>
    <message>
        <source>No commit certificate stored for this block yet (it arrives with the next block).</source>
        <translation>该区块尚未存储提交证书（它会随下一个区块到达）。</translation>
    </message>
    <message>
        <source>Round %1 · %2 signatures · signed power %3 of %4 (%5 %)</source>
        <translation>轮次 %1 · %2 个签名 · 已签名投票权 %3 / %4（%5 %）</translation>
    </message>
</context>
<context>
    <name>ordo::ui::ConsensusPage</name>
    <message>
        <source>propose</source>
        <translation>提议</translation>
    </message>
    <message>
        <source>prevote</source>
        <translation>预投票</translation>
    </message>
    <message>
        <source>precommit</source>
        <translation>预提交</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Last </source>
        <translation>最近 </translation>
    </message>
    <message>
        <source> heights</source>
        <translation> 个高度</translation>
    </message>
    <message>
        <source>How many of the most recent heights the charts show (the page keeps up to %1).</source>
        <translation>图表显示最近多少个高度（本页最多保留 %1 个）。</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Freeze the charts; data keeps being collected and shows on resume.</source>
        <translation>冻结图表；数据仍在收集，恢复后显示。</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>重置(&amp;E)</translation>
    </message>
    <message>
        <source>Forget the heights collected so far and start again from the next one.</source>
        <translation>丢弃已收集的高度，从下一个高度重新开始。</translation>
    </message>
    <message>
        <source>Export PN&amp;G…</source>
        <translation>导出 PNG(&amp;G)…</translation>
    </message>
    <message>
        <source>Save the four charts as one PNG image.</source>
        <translation>将四张图表保存为一张 PNG 图片。</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the phase timings of the heights shown as CSV.</source>
        <translation>将所显示高度的阶段耗时保存为 CSV。</translation>
    </message>
    <message>
        <source>Heights shown out of the heights collected by this page.</source>
        <translation>所显示的高度数 / 本页已收集的高度数。</translation>
    </message>
    <message>
        <source>Phase durations per height</source>
        <translation>每个高度的阶段耗时</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Time spent in each consensus phase of every committed height, stacked: propose, prevote, precommit, then commit (execution and storage).</source>
        <translation>每个已提交高度在各共识阶段所花的时间（堆叠显示）：提议、预投票、预提交，然后是提交（执行和存储）。</translation>
    </message>
    <message>
        <source>Rounds per height</source>
        <translation>每个高度的轮次</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>How many rounds each height needed; more than one means a round timed out.</source>
        <translation>每个高度所需的轮次数；多于一轮表示有轮次超时。</translation>
    </message>
    <message>
        <source>Commit latency</source>
        <translation>提交延迟</translation>
    </message>
    <message>
        <source>heights</source>
        <translation>高度数</translation>
    </message>
    <message>
        <source>Distribution of the time from height start to durable commit, over the heights shown that this node decided itself (synced heights are left out).</source>
        <translation>从高度开始到持久提交的时间分布，仅统计所显示高度中由本节点自行决定的高度（同步获得的高度不计入）。</translation>
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
        <translation>当前轮次</translation>
    </message>
    <message>
        <source>ms since round start</source>
        <translation>自轮次开始的 ms</translation>
    </message>
    <message>
        <source>voting power</source>
        <translation>投票权</translation>
    </message>
    <message>
        <source>Prevote and precommit power received in the current round, against the 2/3 quorum. Dashed verticals mark timeouts of this round.</source>
        <translation>当前轮次收到的预投票和预提交投票权，与 2/3 法定票数对比。虚线竖线标记本轮的超时。</translation>
    </message>
    <message>
        <source>prevotes</source>
        <translation>预投票</translation>
    </message>
    <message>
        <source>precommits</source>
        <translation>预提交</translation>
    </message>
    <message>
        <source>2/3 quorum</source>
        <translation>2/3 法定票数</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>正在收集数据…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <source>%1 of %2 heights</source>
        <translation>%1 / %2 个高度</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
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
        <translation>2/3 法定票数（%1）</translation>
    </message>
    <message>
        <source>%1 at height %2 round %3</source>
        <translation>%1，高度 %2 轮次 %3</translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>Height %1 · round %2 · %3 — prevotes %4 / %5 (nil %6) · precommits %7 / %5 (nil %8) · quorum %9</source>
        <translation>高度 %1 · 轮次 %2 · %3 — 预投票 %4 / %5（nil %6）· 预提交 %7 / %5（nil %8）· 法定票数 %9</translation>
    </message>
    <message>
        <source>No recent timeouts</source>
        <translation>近期无超时</translation>
    </message>
    <message>
        <source>Recent timeouts: %1</source>
        <translation>近期超时：%1</translation>
    </message>
    <message>
        <source>Export phase timings</source>
        <translation>导出阶段耗时</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>ordo::ui::EvidenceTableModel</name>
    <message>
        <source>Duplicate prevote</source>
        <translation>重复预投票</translation>
    </message>
    <message>
        <source>Duplicate precommit</source>
        <translation>重复预提交</translation>
    </message>
    <message>
        <source>Double proposal</source>
        <translation>双重提议</translation>
    </message>
    <message>
        <source>Validator %1, key %2</source>
        <translation>验证者 %1，密钥 %2</translation>
    </message>
    <message>
        <source>Committed in block %1</source>
        <translation>已包含在区块 %1 中</translation>
    </message>
    <message>
        <source>Seen by this node, not yet included in a block</source>
        <translation>本节点已发现，尚未包含在区块中</translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1（%2…）</translation>
    </message>
    <message>
        <source>at height %1</source>
        <translation>高度 %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>作恶者</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>投票权</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>包含于</translation>
    </message>
    <message>
        <source>What the offender signed twice</source>
        <translation>作恶者重复签名的内容</translation>
    </message>
    <message>
        <source>Height of the conflicting votes or proposals</source>
        <translation>冲突投票或提议所在的高度</translation>
    </message>
    <message>
        <source>Round of the conflicting votes or proposals</source>
        <translation>冲突投票或提议所在的轮次</translation>
    </message>
    <message>
        <source>The validator that equivocated (moniker and key prefix)</source>
        <translation>双签的验证者（名称和密钥前缀）</translation>
    </message>
    <message>
        <source>The offender&apos;s voting power</source>
        <translation>作恶者的投票权</translation>
    </message>
    <message>
        <source>When this node first saw the evidence, local time</source>
        <translation>本节点首次发现该证据的时间（本地时间）</translation>
    </message>
    <message>
        <source>The block that includes the evidence, or pending</source>
        <translation>包含该证据的区块，或“待处理”</translation>
    </message>
</context>
<context>
    <name>ordo::ui::FirstRunDialog</name>
    <message>
        <source>Choose the ordod home directory.</source>
        <translation>请选择 ordod 主目录。</translation>
    </message>
    <message>
        <source>Choose a data directory.</source>
        <translation>请选择数据目录。</translation>
    </message>
    <message>
        <source>%1 is a file, not a directory.</source>
        <translation>%1 是文件，而不是目录。</translation>
    </message>
    <message>
        <source>Choose the genesis file</source>
        <translation>选择创世文件</translation>
    </message>
    <message>
        <source>Choose the ordod program</source>
        <translation>选择 ordod 程序</translation>
    </message>
    <message>
        <source>Choose the ordod home</source>
        <translation>选择 ordod 主目录</translation>
    </message>
    <message>
        <source>Choose the data directory</source>
        <translation>选择数据目录</translation>
    </message>
    <message>
        <source>Welcome to Ordo</source>
        <translation>欢迎使用 Ordo</translation>
    </message>
    <message>
        <source>Choose what this panel runs. You can change it later in Settings.</source>
        <translation>选择此面板要运行的内容。之后可在“设置”中更改。</translation>
    </message>
    <message>
        <source>Run a &amp;local network</source>
        <translation>运行本地网络(&amp;L)</translation>
    </message>
    <message>
        <source>Your node plus three companion validators in this process, over loopback; live consensus within seconds.</source>
        <translation>您的节点加上三个配套验证者，在本进程中通过回环地址运行；几秒钟内即可看到实时共识。</translation>
    </message>
    <message>
        <source>&amp;Join a network</source>
        <translation>加入网络(&amp;J)</translation>
    </message>
    <message>
        <source>One node that joins an existing network: it needs the network&apos;s genesis file and the addresses of a few of its nodes.</source>
        <translation>一个加入现有网络的节点：需要该网络的创世文件以及其中几个节点的地址。</translation>
    </message>
    <message>
        <source>Start the headless &amp;ordod</source>
        <translation>启动无界面 ordod(&amp;O)</translation>
    </message>
    <message>
        <source>Start the ordod daemon from its home directory and watch it from here.</source>
        <translation>从主目录启动 ordod 守护进程，并在此处监控。</translation>
    </message>
    <message>
        <source>&amp;Genesis file:</source>
        <translation>创世文件(&amp;G)：</translation>
    </message>
    <message>
        <source>genesis.json</source>
        <translation>genesis.json</translation>
    </message>
    <message>
        <source>The network&apos;s genesis file: chain id, validators and initial balances</source>
        <translation>网络的创世文件：链 ID、验证者和初始余额</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Peers:</source>
        <translation>节点(&amp;P)：</translation>
    </message>
    <message>
        <source>host:port, host:port, …</source>
        <translation>host:port, host:port, …</translation>
    </message>
    <message>
        <source>Nodes of the network to connect to first, separated by commas</source>
        <translation>首先连接的网络节点，以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>程序(&amp;P)：</translation>
    </message>
    <message>
        <source>/usr/bin/ordod</source>
        <translation>/usr/bin/ordod</translation>
    </message>
    <message>
        <source>The ordod program</source>
        <translation>ordod 程序</translation>
    </message>
    <message>
        <source>&amp;Home:</source>
        <translation>主目录(&amp;H)：</translation>
    </message>
    <message>
        <source>The home directory written by &quot;ordod init&quot;</source>
        <translation>由 &quot;ordod init&quot; 写入的主目录</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>数据目录(&amp;D)：</translation>
    </message>
    <message>
        <source>Where blocks, state and keys are stored; needs at least 1 GiB free</source>
        <translation>区块、状态和密钥的存储位置；至少需要 1 GiB 可用空间</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>Choose a directory</source>
        <translation>选择目录</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>可用 %1</translation>
    </message>
    <message>
        <source>%1 free — not enough (at least 1 GiB)</source>
        <translation>可用 %1 — 空间不足（至少需要 1 GiB）</translation>
    </message>
</context>
<context>
    <name>ordo::ui::LogModel</name>
    <message>
        <source>TRACE</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>DEBUG</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Local time the line was written</source>
        <translation>写入该行的本地时间</translation>
    </message>
    <message>
        <source>Severity of the line</source>
        <translation>该行的严重程度</translation>
    </message>
    <message>
        <source>The node that wrote the line</source>
        <translation>写入该行的节点</translation>
    </message>
    <message>
        <source>What the node reported</source>
        <translation>节点报告的内容</translation>
    </message>
</context>
<context>
    <name>ordo::ui::LogsPage</name>
    <message>
        <source>debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>正在收集数据…</translation>
    </message>
    <message>
        <source>Lines shown by the filter, lines kept (at most %1) and lines dropped because the panel fell behind</source>
        <translation>筛选后显示的行数、保留的行数（最多 %1）以及因面板处理不及而丢弃的行数</translation>
    </message>
    <message>
        <source>Hide lines below this level</source>
        <translation>隐藏低于此级别的行</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>调试及以上</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>Warnings and above</source>
        <translation>警告及以上</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows only lines whose message or source contains this text (case-insensitive)</source>
        <translation>仅显示消息或来源包含此文本的行（不区分大小写）</translation>
    </message>
    <message>
        <source>&amp;Auto-scroll</source>
        <translation>自动滚动(&amp;A)</translation>
    </message>
    <message>
        <source>Keep the newest line in view; scrolling up pauses it</source>
        <translation>保持最新一行可见；向上滚动时暂停</translation>
    </message>
    <message>
        <source>&amp;Open log file</source>
        <translation>打开日志文件(&amp;O)</translation>
    </message>
    <message>
        <source>Open the node&apos;s log file with the system&apos;s viewer</source>
        <translation>用系统查看器打开节点的日志文件</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the lines shown (after filtering) to a text file</source>
        <translation>将显示的行（筛选后）保存到文本文件</translation>
    </message>
    <message numerus="yes">
        <source>Log lines per hour by level over the last %n hour(s)</source>
        <translation>
            <numerusform>最近 %n 小时内各级别每小时的日志行数</numerusform>
        </translation>
    </message>
    <message>
        <source>hour (local time)</source>
        <translation>小时（本地时间）</translation>
    </message>
    <message>
        <source>lines / hour</source>
        <translation>行 / 小时</translation>
    </message>
    <message>
        <source>The node does not write a log file</source>
        <translation>节点未写入日志文件</translation>
    </message>
    <message>
        <source>Open %1 with the system&apos;s viewer</source>
        <translation>用系统查看器打开 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s) shown</source>
        <translation>
            <numerusform>显示 %1 / %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>已丢弃 %1</translation>
    </message>
    <message>
        <source>No line matches the filter</source>
        <translation>没有匹配筛选条件的行</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>导出日志</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log)</source>
        <translation>文本文件 (*.txt *.log)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ordo::ui::MainWindow</name>
    <message>
        <source>About Ordo</source>
        <translation>关于 Ordo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ordo&lt;/h3&gt;&lt;p&gt;Control panel of an Ordo decentralized sequencer node: staked sequencers agree on every rollup block by Tendermint BFT consensus.&lt;/p&gt;&lt;p&gt;Qt %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ordo&lt;/h3&gt;&lt;p&gt;Ordo 去中心化排序器节点的控制面板：质押的排序器通过 Tendermint BFT 共识就每个 rollup 区块达成一致。&lt;/p&gt;&lt;p&gt;Qt %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Stop the node and close the panel</source>
        <translation>停止节点并关闭面板</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>网络(&amp;N)</translation>
    </message>
    <message>
        <source>Run a &amp;local network</source>
        <translation>运行本地网络(&amp;L)</translation>
    </message>
    <message>
        <source>Your node plus three companion validators in this process, over loopback</source>
        <translation>您的节点加上三个配套验证者，在本进程中通过回环地址运行</translation>
    </message>
    <message>
        <source>&amp;Join a network…</source>
        <translation>加入网络(&amp;J)…</translation>
    </message>
    <message>
        <source>Run one node that joins an existing network from its genesis file and peers</source>
        <translation>运行一个节点，通过创世文件和节点列表加入现有网络</translation>
    </message>
    <message>
        <source>Start &amp;ordod…</source>
        <translation>启动 ordod(&amp;O)…</translation>
    </message>
    <message>
        <source>Start the headless ordod daemon and watch it</source>
        <translation>启动无界面 ordod 守护进程并监控它</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Ordo</source>
        <translation>关于 Ordo(&amp;A)</translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 … Ctrl+9)</source>
        <translation>页面 (Ctrl+1 … Ctrl+9)</translation>
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
        <translation>Ordo — %1 — 高度 %2</translation>
    </message>
</context>
<context>
    <name>ordo::ui::MempoolPage</name>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Transactions ready for the next block (their nonce is next)</source>
        <translation>可打包进下一个区块的交易（其 nonce 正好是下一个）</translation>
    </message>
    <message>
        <source>Transactions waiting for an earlier nonce of their sender</source>
        <translation>正在等待发送者更早 nonce 的交易</translation>
    </message>
    <message>
        <source>Bytes held by the mempool against its limit; at the limit the lowest tips are evicted</source>
        <translation>内存池占用的字节数与其上限；达到上限时驱逐小费最低的交易</translation>
    </message>
    <message>
        <source>Transactions held (pending and queued) against the mempool&apos;s limit</source>
        <translation>内存池持有的交易（待处理和排队中）与其上限</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>正在收集数据…</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流量</translation>
    </message>
    <message numerus="yes">
        <source>Transactions admitted per second over the last %n second(s)</source>
        <translation>
            <numerusform>最近 %n 秒内每秒接纳的交易数</numerusform>
        </translation>
    </message>
    <message>
        <source>Transactions admitted since the node started</source>
        <translation>节点启动以来接纳的交易数</translation>
    </message>
    <message>
        <source>Transactions dropped to make room for better-paying ones, since the node started</source>
        <translation>节点启动以来为给出价更高的交易腾出空间而丢弃的交易数</translation>
    </message>
    <message>
        <source>Transactions dropped because they waited too long, since the node started</source>
        <translation>节点启动以来因等待过久而丢弃的交易数</translation>
    </message>
    <message>
        <source>Admission rate</source>
        <translation>接纳速率</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>已接纳</translation>
    </message>
    <message>
        <source>Evicted</source>
        <translation>已驱逐</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Rejections per second by reason over the last few seconds</source>
        <translation>最近几秒内按原因统计的每秒拒绝数</translation>
    </message>
    <message>
        <source>rejections / s</source>
        <translation>拒绝 / s</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Top transactions by tip</source>
        <translation>小费最高的交易</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 tx/s</source>
        <translation>%1 tx/s</translation>
    </message>
    <message>
        <source>No pending transactions</source>
        <translation>无待处理交易</translation>
    </message>
</context>
<context>
    <name>ordo::ui::MempoolTableModel</name>
    <message>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Tip (gwei)</source>
        <translation>小费 (gwei)</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>Transaction hash</source>
        <translation>交易哈希</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>发送方地址</translation>
    </message>
    <message>
        <source>Sender&apos;s nonce of the transaction</source>
        <translation>该交易在发送方账户中的 nonce</translation>
    </message>
    <message>
        <source>Effective priority fee at the next block&apos;s base fee, in gwei</source>
        <translation>按下一区块基础费用计算的实际优先费，单位 gwei</translation>
    </message>
    <message>
        <source>Gas limit of the transaction</source>
        <translation>交易的 Gas 上限</translation>
    </message>
    <message>
        <source>Encoded size of the transaction in bytes</source>
        <translation>交易编码后的字节大小</translation>
    </message>
</context>
<context>
    <name>ordo::ui::MetricCard</name>
    <message>
        <source>Collecting data…</source>
        <translation>正在收集数据…</translation>
    </message>
</context>
<context>
    <name>ordo::ui::NodeStatusBar</name>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Waiting for the first status from the node</source>
        <translation>正在等待节点的首个状态</translation>
    </message>
    <message>
        <source>Peers: —</source>
        <translation>节点：—</translation>
    </message>
    <message>
        <source>Connected peers; click to pause networking</source>
        <translation>已连接节点；点击可暂停网络</translation>
    </message>
    <message>
        <source>Height: —</source>
        <translation>高度：—</translation>
    </message>
    <message>
        <source>The last committed block</source>
        <translation>最近提交的区块</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>The node %1 is running on chain %2</source>
        <translation>节点 %1 正在链 %2 上运行</translation>
    </message>
    <message>
        <source>The node is not running</source>
        <translation>节点未运行</translation>
    </message>
    <message>
        <source>Network paused</source>
        <translation>网络已暂停</translation>
    </message>
    <message>
        <source>Peer-to-peer networking is paused; click to resume</source>
        <translation>点对点网络已暂停；点击可恢复</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected peers; click to pause all peer-to-peer networking</source>
        <translation>已连接节点；点击可暂停所有点对点网络</translation>
    </message>
    <message>
        <source>Height %1</source>
        <translation>高度 %1</translation>
    </message>
    <message>
        <source>The last committed block; deciding height %1, round %2 (%3)</source>
        <translation>最近提交的区块；正在决定高度 %1，轮次 %2（%3）</translation>
    </message>
    <message>
        <source>Syncing %1 / %2</source>
        <translation>同步中 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Catching up with the best peer: %n block(s) to go</source>
        <translation>
            <numerusform>正在追赶最佳节点：还差 %n 个区块</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing, last height %1</source>
        <translation>签名中，最近高度 %1</translation>
    </message>
    <message>
        <source>This node&apos;s validator key is in the active set (power %1 of %2); the double-sign guard last signed at height %3</source>
        <translation>本节点的验证者密钥在活跃集中（投票权 %1 / %2）；防双签保护最近一次签名于高度 %3</translation>
    </message>
    <message>
        <source>Not a validator</source>
        <translation>非验证者</translation>
    </message>
    <message>
        <source>This node has no validator key</source>
        <translation>本节点没有验证者密钥</translation>
    </message>
    <message>
        <source>This node&apos;s validator key is not in the active set</source>
        <translation>本节点的验证者密钥不在活跃集中</translation>
    </message>
</context>
<context>
    <name>ordo::ui::OverviewPage</name>
    <message>
        <source>%1 s ago</source>
        <translation>%1 s 前</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min 前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h 前</translation>
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
        <translation>提议</translation>
    </message>
    <message>
        <source>Prevote</source>
        <translation>预投票</translation>
    </message>
    <message>
        <source>Precommit</source>
        <translation>预提交</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Active validator</source>
        <translation>活跃验证者</translation>
    </message>
    <message>
        <source>Not a validator</source>
        <translation>非验证者</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>The height being decided, and the last height committed to this node&apos;s store.</source>
        <translation>正在决定的高度，以及已提交到本节点存储的最新高度。</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>The consensus round at the current height. Above 0 means earlier rounds timed out.</source>
        <translation>当前高度的共识轮次。大于 0 表示之前的轮次已超时。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>The Tendermint step of the current round: propose, prevote, precommit or commit.</source>
        <translation>当前轮次的 Tendermint 步骤：提议、预投票、预提交或提交。</translation>
    </message>
    <message>
        <source>Last block</source>
        <translation>最新区块</translation>
    </message>
    <message>
        <source>How long ago the last block was produced (its header time), at the last poll.</source>
        <translation>上次轮询时，距最新区块产生（按其区块头时间）已过去多久。</translation>
    </message>
    <message>
        <source>Block interval</source>
        <translation>出块间隔</translation>
    </message>
    <message>
        <source>Time between the last two blocks, against the configured target interval.</source>
        <translation>最近两个区块之间的时间，与配置的目标间隔对比。</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Connected peers, and the highest height any of them reported.</source>
        <translation>已连接节点数，以及其中任一节点报告的最高高度。</translation>
    </message>
    <message>
        <source>Mempool</source>
        <translation>内存池</translation>
    </message>
    <message>
        <source>Transactions ready for the next block (pending) and waiting on a nonce gap (queued), with their total size.</source>
        <translation>可打包进下一个区块的交易（待处理）和因 nonce 缺口而等待的交易（排队中），及其总大小。</translation>
    </message>
    <message>
        <source>Validator status</source>
        <translation>验证者状态</translation>
    </message>
    <message>
        <source>Whether this node&apos;s validator key is in the active validator set.</source>
        <translation>本节点的验证者密钥是否在活跃验证者集中。</translation>
    </message>
    <message>
        <source>Own voting power</source>
        <translation>自身投票权</translation>
    </message>
    <message>
        <source>This node&apos;s stake as voting power, and its share of the total power.</source>
        <translation>本节点的质押对应的投票权，及其占总投票权的比例。</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签名器</translation>
    </message>
    <message>
        <source>The last height the double-sign guard recorded a signature for. The signer refuses to sign twice at a height.</source>
        <translation>防双签保护最近记录签名的高度。签名器拒绝在同一高度签名两次。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Progress towards the best height a peer reported; the ETA uses the catch-up rate measured over the last polls.</source>
        <translation>向节点报告的最佳高度同步的进度；预计时间基于最近几次轮询测得的追赶速度。</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>The chain id, the EVM chain id and the JSON-RPC endpoint of this node.</source>
        <translation>本节点的链 ID、EVM 链 ID 和 JSON-RPC 端点。</translation>
    </message>
    <message>
        <source>Local validators</source>
        <translation>本地验证者</translation>
    </message>
    <message>
        <source>The validators running inside this process (local network mode).</source>
        <translation>在本进程内运行的验证者（本地网络模式）。</translation>
    </message>
    <message>
        <source>Could not change the validator: %1</source>
        <translation>无法更改验证者：%1</translation>
    </message>
    <message>
        <source>Last committed: %1</source>
        <translation>最近提交：%1</translation>
    </message>
    <message>
        <source>Earlier rounds failed: %1</source>
        <translation>之前的轮次失败：%1</translation>
    </message>
    <message>
        <source>First round</source>
        <translation>第一轮</translation>
    </message>
    <message>
        <source>Node stopped</source>
        <translation>节点已停止</translation>
    </message>
    <message>
        <source>No block yet</source>
        <translation>尚无区块</translation>
    </message>
    <message>
        <source>Height %1</source>
        <translation>高度 %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Networking paused</source>
        <translation>网络已暂停</translation>
    </message>
    <message>
        <source>Best peer height %1</source>
        <translation>最佳节点高度 %1</translation>
    </message>
    <message>
        <source>No peer height reported</source>
        <translation>没有节点报告高度</translation>
    </message>
    <message>
        <source>%1 pending / %2 queued</source>
        <translation>%1 待处理 / %2 排队中</translation>
    </message>
    <message>
        <source>Key %1…</source>
        <translation>密钥 %1…</translation>
    </message>
    <message>
        <source>No validator key on this node</source>
        <translation>本节点没有验证者密钥</translation>
    </message>
    <message>
        <source>Key %1… is not in the active set</source>
        <translation>密钥 %1… 不在活跃集中</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（%2 %）</translation>
    </message>
    <message>
        <source>of %1 total</source>
        <translation>总计 %1</translation>
    </message>
    <message>
        <source>Last signed %1</source>
        <translation>最近签名 %1</translation>
    </message>
    <message>
        <source>Nothing signed yet</source>
        <translation>尚未签名</translation>
    </message>
    <message>
        <source>Behind the chain by %1 heights</source>
        <translation>落后链 %1 个高度</translation>
    </message>
    <message>
        <source>EVM chain id %1 · RPC %2</source>
        <translation>EVM 链 ID %1 · RPC %2</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>No peers</source>
        <translation>无节点</translation>
    </message>
    <message>
        <source>Nothing to compare against</source>
        <translation>无可比较的对象</translation>
    </message>
    <message>
        <source>At the best peer height %1</source>
        <translation>已达最佳节点高度 %1</translation>
    </message>
    <message>
        <source>Syncing %1 %</source>
        <translation>同步中 %1 %</translation>
    </message>
    <message>
        <source>ETA %1 at %2 blocks/s</source>
        <translation>预计 %1，速度 %2 区块/s</translation>
    </message>
    <message>
        <source>ETA unknown: measuring the catch-up rate</source>
        <translation>预计时间未知：正在测量追赶速度</translation>
    </message>
    <message>
        <source>%1 blocks behind</source>
        <translation>落后 %1 个区块</translation>
    </message>
    <message>
        <source>%1 (this node)</source>
        <translation>%1（本节点）</translation>
    </message>
    <message>
        <source>RPC %1 · P2P %2</source>
        <translation>RPC %1 · P2P %2</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Whether this validator&apos;s node is running in this process.</source>
        <translation>该验证者的节点是否在本进程中运行。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop %1; the network continues while more than 2/3 of the power runs.</source>
        <translation>停止 %1；只要超过 2/3 的投票权仍在运行，网络就会继续。</translation>
    </message>
    <message>
        <source>Restart %1 from its data directory.</source>
        <translation>从数据目录重新启动 %1。</translation>
    </message>
</context>
<context>
    <name>ordo::ui::Panel</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>验证者</translation>
    </message>
    <message>
        <source>Mempool</source>
        <translation>内存池</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Staking &amp; Slashing</source>
        <translation>质押与罚没</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
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
        <translation>节点 ID %1
节点密钥 %2</translation>
    </message>
    <message>
        <source>Connected since %1</source>
        <translation>连接时间 %1</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>出站</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>入站</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation>节点 ID</translation>
    </message>
    <message>
        <source>Moniker</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>投票权</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>RTT (ms)</source>
        <translation>RTT (ms)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Digest of the peer&apos;s node key (first characters; hover a row for all of it)</source>
        <translation>节点密钥的摘要（前几个字符；悬停某行可查看完整内容）</translation>
    </message>
    <message>
        <source>Name the peer announced</source>
        <translation>节点公布的名称</translation>
    </message>
    <message>
        <source>Network address of the connection (host:port)</source>
        <translation>连接的网络地址 (host:port)</translation>
    </message>
    <message>
        <source>Outbound: this node dialled the peer. Inbound: the peer dialled this node</source>
        <translation>出站：本节点主动连接该节点。入站：该节点主动连接本节点</translation>
    </message>
    <message>
        <source>Voting power of the validator running on the peer; – when it is not a validator</source>
        <translation>该节点上运行的验证者的投票权；非验证者时显示 –</translation>
    </message>
    <message>
        <source>Last height the peer reported</source>
        <translation>该节点报告的最新高度</translation>
    </message>
    <message>
        <source>Round-trip time of the last ping, in milliseconds</source>
        <translation>最近一次 ping 的往返时间，单位毫秒</translation>
    </message>
    <message>
        <source>Bytes received from the peer on this connection</source>
        <translation>此连接上从该节点接收的字节数</translation>
    </message>
    <message>
        <source>Bytes sent to the peer on this connection</source>
        <translation>此连接上发送给该节点的字节数</translation>
    </message>
    <message>
        <source>Misbehaviour points; the peer is banned when they reach the limit</source>
        <translation>不当行为积分；达到上限时该节点将被封禁</translation>
    </message>
    <message>
        <source>How long the connection has been up</source>
        <translation>连接已持续的时间</translation>
    </message>
</context>
<context>
    <name>ordo::ui::PeersPage</name>
    <message>
        <source>Peers connected to this node right now</source>
        <translation>当前连接到本节点的节点</translation>
    </message>
    <message>
        <source>Filter by id, moniker or address (Ctrl+F)</source>
        <translation>按 ID、名称或地址筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows only the peers whose id, moniker or address contains this text</source>
        <translation>仅显示 ID、名称或地址包含此文本的节点</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>正在收集数据…</translation>
    </message>
    <message>
        <source>Selected peer</source>
        <translation>所选节点</translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation>节点 ID</translation>
    </message>
    <message>
        <source>Digest of the peer&apos;s node key</source>
        <translation>节点密钥的摘要</translation>
    </message>
    <message>
        <source>Node key</source>
        <translation>节点密钥</translation>
    </message>
    <message>
        <source>The peer&apos;s x-only public node key (hex)</source>
        <translation>该节点的 x-only 公钥（十六进制）</translation>
    </message>
    <message>
        <source>Moniker</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name the peer announced</source>
        <translation>节点公布的名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Network address of the connection (host:port)</source>
        <translation>连接的网络地址 (host:port)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Outbound: this node dialled the peer. Inbound: the peer dialled this node</source>
        <translation>出站：本节点主动连接该节点。入站：该节点主动连接本节点</translation>
    </message>
    <message>
        <source>Validator power</source>
        <translation>验证者投票权</translation>
    </message>
    <message>
        <source>Voting power of the validator running on the peer</source>
        <translation>该节点上运行的验证者的投票权</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Last height the peer reported</source>
        <translation>该节点报告的最新高度</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Round-trip time of the last ping</source>
        <translation>最近一次 ping 的往返时间</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Bytes received from the peer on this connection</source>
        <translation>此连接上从该节点接收的字节数</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Bytes sent to the peer on this connection</source>
        <translation>此连接上发送给该节点的字节数</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Misbehaviour points</source>
        <translation>不当行为积分</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>When the connection was established</source>
        <translation>连接建立的时间</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>Drop the connection to the selected peer (it may reconnect)</source>
        <translation>断开与所选节点的连接（它可能会重新连接）</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>封禁(&amp;B)…</translation>
    </message>
    <message>
        <source>Disconnect the selected peer and refuse it until unbanned</source>
        <translation>断开所选节点并拒绝其连接，直到解除封禁</translation>
    </message>
    <message>
        <source>Banned peers</source>
        <translation>已封禁节点</translation>
    </message>
    <message>
        <source>No banned peers</source>
        <translation>没有被封禁的节点</translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation>解除封禁(&amp;U)</translation>
    </message>
    <message>
        <source>Lift the ban on the selected peer</source>
        <translation>解除对所选节点的封禁</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) connected</source>
        <translation>
            <numerusform>已连接 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>No peers connected</source>
        <translation>未连接任何节点</translation>
    </message>
    <message>
        <source>No peer matches the filter</source>
        <translation>没有匹配筛选条件的节点</translation>
    </message>
    <message>
        <source>Select a peer to see its details</source>
        <translation>选择一个节点以查看其详情</translation>
    </message>
    <message>
        <source>not a validator</source>
        <translation>非验证者</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1（%2 前）</translation>
    </message>
    <message>
        <source>Ban peer</source>
        <translation>封禁节点</translation>
    </message>
    <message>
        <source>Ban %1 (%2)?

The peer is disconnected and refused until you unban it.</source>
        <translation>封禁 %1 (%2)？

该节点将被断开，并在您解除封禁之前被拒绝连接。</translation>
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
        <translation>正在收集数据…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Rate (/s)</source>
        <translation>速率 (/s)</translation>
    </message>
    <message>
        <source>Why the mempool refused the transaction</source>
        <translation>内存池拒绝该交易的原因</translation>
    </message>
    <message>
        <source>Transactions refused for this reason since the node started</source>
        <translation>节点启动以来因此原因被拒绝的交易数</translation>
    </message>
    <message numerus="yes">
        <source>Refusals per second over the last %n second(s)</source>
        <translation>
            <numerusform>最近 %n 秒内每秒的拒绝数</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::ui::SettingsPage</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Running network</source>
        <translation>当前运行的网络</translation>
    </message>
    <message>
        <source>Restart the panel to apply the changed network settings.</source>
        <translation>重启面板以应用更改后的网络设置。</translation>
    </message>
    <message>
        <source>Run a local network</source>
        <translation>运行本地网络</translation>
    </message>
    <message>
        <source>Join a network</source>
        <translation>加入网络</translation>
    </message>
    <message>
        <source>Start the headless ordod</source>
        <translation>启动无界面 ordod</translation>
    </message>
    <message>
        <source>What the panel starts: a local network of four validators in this process, one node joined to an existing network, or the separate ordod daemon</source>
        <translation>面板启动的内容：在本进程中运行由四个验证者组成的本地网络、加入现有网络的单个节点，或独立的 ordod 守护进程</translation>
    </message>
    <message>
        <source>JSON-RPC port of the first node; node i of a local network listens on this + i</source>
        <translation>第一个节点的 JSON-RPC 端口；本地网络中第 i 个节点监听此端口 + i</translation>
    </message>
    <message>
        <source>Peer-to-peer port of the first node; node i of a local network listens on this + i</source>
        <translation>第一个节点的点对点端口；本地网络中第 i 个节点监听此端口 + i</translation>
    </message>
    <message>
        <source>genesis.json of the network to join</source>
        <translation>要加入的网络的 genesis.json</translation>
    </message>
    <message>
        <source>The network&apos;s genesis file: chain id, validators and initial balances</source>
        <translation>网络的创世文件：链 ID、验证者和初始余额</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>host:port, host:port, …</source>
        <translation>host:port, host:port, …</translation>
    </message>
    <message>
        <source>Nodes of the network to connect to first</source>
        <translation>首先连接的网络节点</translation>
    </message>
    <message>
        <source>/usr/bin/ordod</source>
        <translation>/usr/bin/ordod</translation>
    </message>
    <message>
        <source>The ordod program the panel starts in headless mode</source>
        <translation>面板以无界面模式启动的 ordod 程序</translation>
    </message>
    <message>
        <source>Where blocks, state and keys are stored</source>
        <translation>区块、状态和密钥的存储位置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the data directory</source>
        <translation>选择数据目录</translation>
    </message>
    <message>
        <source>Free space on the data directory&apos;s file system; the node needs at least 1 GiB</source>
        <translation>数据目录所在文件系统的可用空间；节点至少需要 1 GiB</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s colours, or use a light or dark palette</source>
        <translation>跟随桌面配色，或使用浅色或深色调色板</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The panel&apos;s language; applies at once</source>
        <translation>面板的语言；立即生效</translation>
    </message>
    <message>
        <source>The chain id of the network this node runs</source>
        <translation>本节点所运行网络的链 ID</translation>
    </message>
    <message>
        <source>Where wallets and tools reach this node&apos;s Ethereum JSON-RPC</source>
        <translation>钱包和工具访问本节点以太坊 JSON-RPC 的地址</translation>
    </message>
    <message>
        <source>How the running node was started</source>
        <translation>正在运行的节点的启动方式</translation>
    </message>
    <message>
        <source>The data directory the running node uses</source>
        <translation>正在运行的节点使用的数据目录</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;RPC port base:</source>
        <translation>RPC 起始端口(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;P2P port base:</source>
        <translation>P2P 起始端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Genesis file:</source>
        <translation>创世文件(&amp;G)：</translation>
    </message>
    <message>
        <source>P&amp;eers:</source>
        <translation>节点(&amp;E)：</translation>
    </message>
    <message>
        <source>ordod &amp;program:</source>
        <translation>ordod 程序(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>目录(&amp;D)：</translation>
    </message>
    <message>
        <source>Free space:</source>
        <translation>可用空间：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation>链 ID：</translation>
    </message>
    <message>
        <source>RPC URL:</source>
        <translation>RPC URL：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>数据目录：</translation>
    </message>
    <message>
        <source>Set by the command line (%1); the stored value applies when started without it.</source>
        <translation>由命令行设置（%1）；不带该参数启动时使用保存的值。</translation>
    </message>
    <message>
        <source>Choose a directory</source>
        <translation>选择目录</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>可用 %1</translation>
    </message>
    <message>
        <source>%1 free — %2</source>
        <translation>可用 %1 — %2</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>正在收集数据…</translation>
    </message>
    <message>
        <source>%1 (EVM chain id %2)</source>
        <translation>%1（EVM 链 ID %2）</translation>
    </message>
    <message>
        <source>RPC is off</source>
        <translation>RPC 已关闭</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>本地网络</translation>
    </message>
    <message>
        <source>Joined network</source>
        <translation>已加入的网络</translation>
    </message>
    <message>
        <source>Choose the genesis file</source>
        <translation>选择创世文件</translation>
    </message>
    <message>
        <source>Genesis (*.json);;All files (*)</source>
        <translation>创世文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the ordod program</source>
        <translation>选择 ordod 程序</translation>
    </message>
    <message>
        <source>Headless ordod over JSON-RPC</source>
        <translation>通过 JSON-RPC 连接的无界面 ordod</translation>
    </message>
</context>
<context>
    <name>ordo::ui::StakeTableModel</name>
    <message>
        <source>%1 (this node)</source>
        <translation>%1（本节点）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Validator</source>
        <translation>验证者</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Voting power</source>
        <translation>投票权</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>The validator&apos;s moniker</source>
        <translation>验证者的名称</translation>
    </message>
    <message>
        <source>The validator&apos;s x-only public key (hover for all of it)</source>
        <translation>验证者的 x-only 公钥（悬停可查看完整内容）</translation>
    </message>
    <message>
        <source>Stake bonded by the validator, as voting power</source>
        <translation>验证者绑定的质押，以投票权表示</translation>
    </message>
    <message>
        <source>Share of the total voting power</source>
        <translation>占总投票权的比例</translation>
    </message>
</context>
<context>
    <name>ordo::ui::StakingPage</name>
    <message>
        <source>Collecting data…</source>
        <translation>正在收集数据…</translation>
    </message>
    <message>
        <source>Own stake</source>
        <translation>自身质押</translation>
    </message>
    <message>
        <source>This node&apos;s bonded stake as voting power, and its share of the total power.</source>
        <translation>本节点绑定的质押对应的投票权，及其占总投票权的比例。</translation>
    </message>
    <message>
        <source>Network stake</source>
        <translation>网络质押</translation>
    </message>
    <message>
        <source>The total voting power of the active validator set, and its size.</source>
        <translation>活跃验证者集的总投票权及其规模。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Equivocations this node has seen or committed, and how many still wait to be included in a block.</source>
        <translation>本节点发现或已提交的双签，以及仍在等待打包进区块的数量。</translation>
    </message>
    <message>
        <source>Stake of every validator in the active set; your own row is bold.</source>
        <translation>活跃集中每个验证者的质押；您自己的行以粗体显示。</translation>
    </message>
    <message>
        <source>Conflicting votes or proposals signed by one validator, newest first.</source>
        <translation>同一验证者签署的冲突投票或提议，最新的在前。</translation>
    </message>
    <message>
        <source>The latest evidence announced by the node.</source>
        <translation>节点公布的最新证据。</translation>
    </message>
    <message>
        <source>Validator set stake</source>
        <translation>验证者集质押</translation>
    </message>
    <message>
        <source>Equivocation evidence</source>
        <translation>双签证据</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（%2 %）</translation>
    </message>
    <message>
        <source>In the active set</source>
        <translation>在活跃集中</translation>
    </message>
    <message>
        <source>No validator key on this node</source>
        <translation>本节点没有验证者密钥</translation>
    </message>
    <message>
        <source>Not in the active set</source>
        <translation>不在活跃集中</translation>
    </message>
    <message>
        <source>%1 validators</source>
        <translation>%1 个验证者</translation>
    </message>
    <message>
        <source>The node reports no validator set.</source>
        <translation>节点未报告验证者集。</translation>
    </message>
    <message>
        <source>New evidence: %1 by %2 at height %3, round %4.</source>
        <translation>新证据：%2 在高度 %3、轮次 %4 %1。</translation>
    </message>
    <message>
        <source>%1 pending inclusion</source>
        <translation>%1 个待打包</translation>
    </message>
    <message>
        <source>No equivocation seen. Evidence appears here when a validator signs two conflicting votes or proposals.</source>
        <translation>未发现双签。当某个验证者签署两个冲突的投票或提议时，证据将显示在此处。</translation>
    </message>
</context>
<context>
    <name>ordo::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>(and %n more alert(s) since the last notification)</source>
        <translation>
            <numerusform>（自上次通知以来另有 %n 条告警）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more alert(s)</source>
        <translation>
            <numerusform>另有 %n 条告警</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1. Open the Alerts page for all of them.</source>
        <translation>最新：%1。打开“告警”页面查看全部。</translation>
    </message>
    <message>
        <source>Ordo control panel</source>
        <translation>Ordo 控制面板</translation>
    </message>
    <message>
        <source>Recovered: %1</source>
        <translation>已恢复：%1</translation>
    </message>
    <message>
        <source>The condition has cleared.</source>
        <translation>该状况已解除。</translation>
    </message>
</context>
<context>
    <name>ordo::ui::ValidatorTableModel</name>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Not in set</source>
        <translation>不在集合中</translation>
    </message>
    <message>
        <source>Validator key %1</source>
        <translation>验证者密钥 %1</translation>
    </message>
    <message>
        <source>This node&apos;s validator</source>
        <translation>本节点的验证者</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <extracomment>Marks the operator&apos;s own validator in the validator list.</extracomment>
        <translation>%1（您）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>none seen</source>
        <translation>未见</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Blocks the validator missed / heights observed in the window.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Moniker</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>投票权</translation>
    </message>
    <message>
        <source>Power %</source>
        <translation>投票权 %</translation>
    </message>
    <message>
        <source>Proposer priority</source>
        <translation>提议者优先级</translation>
    </message>
    <message>
        <source>Last signed</source>
        <translation>最近签名</translation>
    </message>
    <message>
        <source>Missed / window</source>
        <translation>缺失 / 窗口</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name of the validator</source>
        <translation>验证者的名称</translation>
    </message>
    <message>
        <source>The validator&apos;s x-only public key (first characters; hover a row for all of it)</source>
        <translation>验证者的 x-only 公钥（前几个字符；悬停某行可查看完整内容）</translation>
    </message>
    <message>
        <source>Voting power (stake) of the validator</source>
        <translation>验证者的投票权（质押）</translation>
    </message>
    <message>
        <source>Share of the total voting power</source>
        <translation>占总投票权的比例</translation>
    </message>
    <message>
        <source>Proposer priority: the validator with the highest priority proposes next</source>
        <translation>提议者优先级：优先级最高的验证者下一个提议</translation>
    </message>
    <message>
        <source>Last height whose commit certificate carries this validator&apos;s signature</source>
        <translation>提交证书中包含该验证者签名的最近高度</translation>
    </message>
    <message>
        <source>Heights whose commit certificate lacks this validator&apos;s signature, out of the heights observed in the recent window</source>
        <translation>在最近窗口观测到的高度中，提交证书缺少该验证者签名的高度数</translation>
    </message>
    <message>
        <source>Active: in the validator set and voting</source>
        <translation>活跃：在验证者集中并参与投票</translation>
    </message>
</context>
<context>
    <name>ordo::ui::ValidatorsPage</name>
    <message>
        <source>Size and total voting power of the validator set</source>
        <translation>验证者集的规模和总投票权</translation>
    </message>
    <message>
        <source>Whether this node&apos;s key is in the validator set, with its share of the power</source>
        <translation>本节点的密钥是否在验证者集中，及其投票权占比</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>正在收集数据…</translation>
    </message>
    <message>
        <source>No validator set known yet</source>
        <translation>尚不知道验证者集</translation>
    </message>
    <message numerus="yes">
        <source>%n validator(s), total power %1</source>
        <translation>
            <numerusform>%n 个验证者，总投票权 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This node validates with power %1 (%2 %)</source>
        <translation>本节点以投票权 %1（%2 %）参与验证</translation>
    </message>
    <message>
        <source>This node&apos;s validator key is not in the active set</source>
        <translation>本节点的验证者密钥不在活跃集中</translation>
    </message>
    <message>
        <source>This node has no validator key</source>
        <translation>本节点没有验证者密钥</translation>
    </message>
</context>
</TS>
