<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <source>Ordo control panel: runs and shows a sequencer node</source>
        <translation>Ordo-Kontrollzentrum: betreibt und zeigt einen Sequencer-Knoten</translation>
    </message>
    <message>
        <source>Run the embedded local network without asking</source>
        <translation>Das eingebettete lokale Netzwerk ohne Rückfrage starten</translation>
    </message>
    <message>
        <source>Join the network of this genesis file</source>
        <translation>Dem Netzwerk dieser Genesis-Datei beitreten</translation>
    </message>
    <message>
        <source>Peers to join, host:port,...</source>
        <translation>Gegenstellen für den Beitritt, host:port,...</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>JSON-RPC port of the first node</source>
        <translation>JSON-RPC-Port des ersten Knotens</translation>
    </message>
    <message>
        <source>P2P port of the first node</source>
        <translation>P2P-Port des ersten Knotens</translation>
    </message>
    <message>
        <source>Language: en, de, es, zh_CN</source>
        <translation>Sprache: en, de, es, zh_CN</translation>
    </message>
    <message>
        <source>Theme: system, light, dark</source>
        <translation>Farbschema: system, light, dark</translation>
    </message>
    <message>
        <source>Ordo</source>
        <translation>Ordo</translation>
    </message>
    <message>
        <source>--rpc-port needs a port number</source>
        <translation>--rpc-port benötigt eine Portnummer</translation>
    </message>
    <message>
        <source>--p2p-port needs a port number</source>
        <translation>--p2p-port benötigt eine Portnummer</translation>
    </message>
    <message>
        <source>Starting the node…</source>
        <translation>Knoten wird gestartet…</translation>
    </message>
    <message>
        <source>The node could not start:
%1</source>
        <translation>Der Knoten konnte nicht starten:
%1</translation>
    </message>
    <message>
        <source>ordod not found at %1</source>
        <translation>ordod nicht gefunden unter %1</translation>
    </message>
    <message>
        <source>ordod init failed: %1</source>
        <translation>ordod init fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot start %1</source>
        <translation>%1 kann nicht gestartet werden</translation>
    </message>
    <message>
        <source> (see %1/ordod.out)</source>
        <translation> (siehe %1/ordod.out)</translation>
    </message>
    <message>
        <source>Control a headless ordod over JSON-RPC</source>
        <translation>Einen ordod ohne Oberfläche über JSON-RPC steuern</translation>
    </message>
    <message>
        <source>Home directory of the ordod to control</source>
        <translation>Home-Verzeichnis des zu steuernden ordod</translation>
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
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Blocks missed network-wide</source>
        <translation>Netzwerkweit verpasste Blöcke</translation>
    </message>
    <message>
        <source>Your validator %1 missed %2 of the last %3 heights, and so did %4 of %5 validators: the network as a whole is struggling, not only this node.</source>
        <translation>Ihr Validator %1 hat %2 der letzten %3 Höhen verpasst, ebenso %4 von %5 Validatoren: Das Netzwerk als Ganzes hat Probleme, nicht nur dieser Knoten.</translation>
    </message>
    <message>
        <source>Your validator is missing blocks</source>
        <translation>Ihr Validator verpasst Blöcke</translation>
    </message>
    <message>
        <source>Your validator %1 missed %2 of the last %3 heights while the other validators signed: check this node&apos;s connectivity, clock and load.</source>
        <translation>Ihr Validator %1 hat %2 der letzten %3 Höhen verpasst, während die anderen Validatoren signiert haben: Prüfen Sie Verbindung, Uhr und Auslastung dieses Knotens.</translation>
    </message>
    <message>
        <source>Validator %1 is missing blocks</source>
        <translation>Validator %1 verpasst Blöcke</translation>
    </message>
    <message>
        <source>%1 (%2% of the voting power) missed %3 of the last %4 heights; its last signature is at height %5. Its node may be down or cut off; the network keeps going while more than 2/3 of the power signs.</source>
        <translation>%1 (%2% des Stimmgewichts) hat %3 der letzten %4 Höhen verpasst; seine letzte Signatur liegt auf Höhe %5. Sein Knoten ist womöglich ausgefallen oder abgeschnitten; das Netzwerk läuft weiter, solange mehr als 2/3 des Stimmgewichts signieren.</translation>
    </message>
    <message>
        <source>No peers</source>
        <translation>Keine Gegenstellen</translation>
    </message>
    <message>
        <source>Too few peers</source>
        <translation>Zu wenige Gegenstellen</translation>
    </message>
    <message>
        <source>Connected to %1 peer(s); reaching a quorum needs at least %2 other validator(s). Check the network, the firewall and the peer list.</source>
        <translation>Mit %1 Gegenstelle(n) verbunden; für ein Quorum sind mindestens %2 weitere Validator(en) nötig. Prüfen Sie Netzwerk, Firewall und Gegenstellenliste.</translation>
    </message>
    <message>
        <source>Node stalled</source>
        <translation>Knoten steht still</translation>
    </message>
    <message>
        <source>No block committed for %1 s (the threshold is %2 s). Deciding height %3, round %4, step %5.</source>
        <translation>Seit %1 s kein Block festgeschrieben (Schwelle: %2 s). Entscheidet Höhe %3, Runde %4, Schritt %5.</translation>
    </message>
    <message>
        <source>Node behind the network</source>
        <translation>Knoten hinter dem Netzwerk zurück</translation>
    </message>
    <message>
        <source>This node is at height %1, %2 blocks behind the best peer (%3), and is not catching up.</source>
        <translation>Dieser Knoten ist auf Höhe %1, %2 Blöcke hinter der besten Gegenstelle (%3), und holt nicht auf.</translation>
    </message>
    <message>
        <source>Disk space low</source>
        <translation>Wenig Speicherplatz</translation>
    </message>
    <message>
        <source>%1 free on the file system of the data directory %2. The node stops writing blocks when it is full.</source>
        <translation>%1 frei im Dateisystem des Datenverzeichnisses %2. Ist es voll, schreibt der Knoten keine Blöcke mehr.</translation>
    </message>
    <message>
        <source>Clock drift</source>
        <translation>Uhrabweichung</translation>
    </message>
    <message>
        <source>Blocks arrive %1 ms %2 the proposer&apos;s clock; more than %3 ms suggests this machine&apos;s clock is wrong. Enable time synchronisation (NTP).</source>
        <translation>Blöcke treffen %1 ms %2 ein, gemessen an der Uhr des Proposers; mehr als %3 ms deutet darauf hin, dass die Uhr dieses Rechners falsch geht. Aktivieren Sie die Zeitsynchronisation (NTP).</translation>
    </message>
    <message>
        <source>after</source>
        <translation>zu spät</translation>
    </message>
    <message>
        <source>before</source>
        <translation>zu früh</translation>
    </message>
    <message>
        <source>Equivocation by %1 at height %2</source>
        <translation>Doppelsignatur von %1 auf Höhe %2</translation>
    </message>
    <message>
        <source>%1 at height %2, round %3 by validator %4 (key %5, power %6). The offender is slashed once the evidence is in a block.</source>
        <translation>%1 auf Höhe %2, Runde %3 von Validator %4 (Schlüssel %5, Stimmgewicht %6). Der Täter wird per Slashing bestraft, sobald der Beweis in einem Block ist.</translation>
    </message>
</context>
<context>
    <name>ordo::ui::AlertTableModel</name>
    <message>
        <source>Raised %1, %2 %3</source>
        <translation>Ausgelöst: %1, %2: %3</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>quittiert</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>Ausgelöst: %1</translation>
    </message>
    <message>
        <source>How many times this alert has been raised</source>
        <translation>Wie oft dieser Alarm ausgelöst wurde</translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <translation>%1 (quittiert)</translation>
    </message>
    <message>
        <source>%1 (recovered)</source>
        <translation>%1 (behoben)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Info, Warning or Critical</source>
        <translation>Info, Warnung oder Kritisch</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
    <message>
        <source>What was measured, and what to check</source>
        <translation>Was gemessen wurde und was zu prüfen ist</translation>
    </message>
    <message>
        <source>When the alert was raised</source>
        <translation>Wann der Alarm ausgelöst wurde</translation>
    </message>
    <message>
        <source>When the alert cleared</source>
        <translation>Wann der Alarm behoben wurde</translation>
    </message>
</context>
<context>
    <name>ordo::ui::AlertsPage</name>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Show only alerts of one severity</source>
        <translation>Nur Alarme eines Schweregrads anzeigen</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Quittieren</translation>
    </message>
    <message>
        <source>Clear the selected alerts: they move to the history and stay quiet until their condition recovers and goes bad again</source>
        <translation>Ausgewählte Alarme quittieren: Sie wandern in den Verlauf und bleiben still, bis sich ihr Zustand erholt und erneut verschlechtert</translation>
    </message>
    <message>
        <source>Clear &amp;history</source>
        <translation>&amp;Verlauf löschen</translation>
    </message>
    <message>
        <source>Forget every past alert</source>
        <translation>Alle vergangenen Alarme vergessen</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Aktive Alarme</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No alerts — everything looks healthy</source>
        <translation>Keine Alarme — alles sieht gesund aus</translation>
    </message>
    <message>
        <source>No past alerts</source>
        <translation>Keine vergangenen Alarme</translation>
    </message>
</context>
<context>
    <name>ordo::ui::BannedPeerTableModel</name>
    <message>
        <source>until unbanned</source>
        <translation>bis zur Entsperrung</translation>
    </message>
    <message>
        <source>Peer id %1</source>
        <translation>Gegenstellen-ID %1</translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation>Gegenstellen-ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Digest of the banned peer&apos;s node key</source>
        <translation>Hash des Knotenschlüssels der gesperrten Gegenstelle</translation>
    </message>
    <message>
        <source>Why the peer was banned (by the operator or for misbehaviour)</source>
        <translation>Warum die Gegenstelle gesperrt wurde (vom Betreiber oder wegen Fehlverhaltens)</translation>
    </message>
    <message>
        <source>When the ban ends; bans by the operator last until lifted</source>
        <translation>Wann die Sperre endet; Sperren durch den Betreiber gelten bis zur Aufhebung</translation>
    </message>
</context>
<context>
    <name>ordo::ui::BlockTableModel</name>
    <message>
        <source>Height start to durable commit on this node</source>
        <translation>Vom Beginn der Höhe bis zum dauerhaften Commit auf diesem Knoten</translation>
    </message>
    <message>
        <source>Fetched by block sync: no latency observed</source>
        <translation>Per Blocksynchronisation geholt: keine Latenz gemessen</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Txs</source>
        <translation>Tx</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Block height</source>
        <translation>Blockhöhe</translation>
    </message>
    <message>
        <source>Block header time, local time zone</source>
        <translation>Zeit im Blockheader, lokale Zeitzone</translation>
    </message>
    <message>
        <source>Transactions in the block</source>
        <translation>Transaktionen im Block</translation>
    </message>
    <message>
        <source>The validator that proposed the block</source>
        <translation>Der Validator, der den Block vorgeschlagen hat</translation>
    </message>
    <message>
        <source>The round in which the block was decided</source>
        <translation>Die Runde, in der der Block entschieden wurde</translation>
    </message>
    <message>
        <source>Height start to durable commit on this node, in milliseconds</source>
        <translation>Vom Beginn der Höhe bis zum dauerhaften Commit auf diesem Knoten, in Millisekunden</translation>
    </message>
    <message>
        <source>Block hash (hover a cell for the full hash)</source>
        <translation>Blockhash (vollständiger Hash beim Überfahren einer Zelle)</translation>
    </message>
</context>
<context>
    <name>ordo::ui::BlocksPage</name>
    <message>
        <source>The most recent committed blocks. Select one to see its header and certificate.</source>
        <translation>Die zuletzt festgeschriebenen Blöcke. Wählen Sie einen aus, um Header und Zertifikat zu sehen.</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Daten werden gesammelt…</translation>
    </message>
    <message>
        <source>Select a block to see its header, transactions and commit certificate.</source>
        <translation>Wählen Sie einen Block aus, um Header, Transaktionen und Commit-Zertifikat zu sehen.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Block height</source>
        <translation>Blockhöhe</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Hash of the block header</source>
        <translation>Hash des Blockheaders</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <source>Hash of the previous block</source>
        <translation>Hash des vorherigen Blocks</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Block header time</source>
        <translation>Zeit im Blockheader</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>The validator that proposed it</source>
        <translation>Der Validator, der ihn vorgeschlagen hat</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>The round in which it was decided</source>
        <translation>Die Runde, in der er entschieden wurde</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Transactions in the block</source>
        <translation>Transaktionen im Block</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Verbrauchtes Gas</translation>
    </message>
    <message>
        <source>Gas used by its transactions</source>
        <translation>Von seinen Transaktionen verbrauchtes Gas</translation>
    </message>
    <message>
        <source>Base fee</source>
        <translation>Basisgebühr</translation>
    </message>
    <message>
        <source>EIP-1559 base fee, in wei</source>
        <translation>EIP-1559-Basisgebühr, in wei</translation>
    </message>
    <message>
        <source>State root</source>
        <translation>State-Root</translation>
    </message>
    <message>
        <source>Root of the state after the block</source>
        <translation>Wurzel des Zustands nach dem Block</translation>
    </message>
    <message>
        <source>Txs root</source>
        <translation>Tx-Root</translation>
    </message>
    <message>
        <source>Root of its transaction list</source>
        <translation>Wurzel seiner Transaktionsliste</translation>
    </message>
    <message>
        <source>Receipts root</source>
        <translation>Receipts-Root</translation>
    </message>
    <message>
        <source>Root of its receipts</source>
        <translation>Wurzel seiner Receipts</translation>
    </message>
    <message>
        <source>Validators hash</source>
        <translation>Validatoren-Hash</translation>
    </message>
    <message>
        <source>Hash of the validator set that decided it</source>
        <translation>Hash des Validatorensets, das ihn entschieden hat</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweise</translation>
    </message>
    <message>
        <source>Equivocation evidence included</source>
        <translation>Enthaltene Doppelsignatur-Beweise</translation>
    </message>
    <message>
        <source>Transaction hashes</source>
        <translation>Transaktions-Hashes</translation>
    </message>
    <message>
        <source>Hashes of the transactions in this block, in block order.</source>
        <translation>Hashes der Transaktionen in diesem Block, in Blockreihenfolge.</translation>
    </message>
    <message>
        <source>Commit certificate</source>
        <translation>Commit-Zertifikat</translation>
    </message>
    <message>
        <source>Voting power of the precommits that committed this block, against the total power. More than 2/3 is needed.</source>
        <translation>Stimmgewicht der Precommits, die diesen Block festgeschrieben haben, im Verhältnis zum Gesamtgewicht. Nötig sind mehr als 2/3.</translation>
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
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>The precommit signatures in the certificate.</source>
        <translation>Die Precommit-Signaturen im Zertifikat.</translation>
    </message>
    <message>
        <source>No blocks committed yet.</source>
        <translation>Noch keine Blöcke festgeschrieben.</translation>
    </message>
    <message>
        <source>Loading block %1…</source>
        <translation>Block %1 wird geladen…</translation>
    </message>
    <message>
        <source>Block %1 is not in this node&apos;s store: it may have been pruned, or the node restarted from a snapshot.</source>
        <translation>Block %1 ist nicht im Speicher dieses Knotens: Er wurde vielleicht durch Pruning entfernt, oder der Knoten wurde aus einem Snapshot neu gestartet.</translation>
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
        <translation>Keine Transaktionen in diesem Block.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>No commit certificate stored for this block yet (it arrives with the next block).</source>
        <translation>Für diesen Block ist noch kein Commit-Zertifikat gespeichert (es kommt mit dem nächsten Block).</translation>
    </message>
    <message>
        <source>Round %1 · %2 signatures · signed power %3 of %4 (%5 %)</source>
        <translation>Runde %1 · %2 Signaturen · signiertes Gewicht %3 von %4 (%5 %)</translation>
    </message>
</context>
<context>
    <name>ordo::ui::ConsensusPage</name>
    <message>
        <source>propose</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>prevote</source>
        <translation>Prevote</translation>
    </message>
    <message>
        <source>precommit</source>
        <translation>Precommit</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>Last </source>
        <translation>Letzte </translation>
    </message>
    <message>
        <source> heights</source>
        <translation> Höhen</translation>
    </message>
    <message>
        <source>How many of the most recent heights the charts show (the page keeps up to %1).</source>
        <translation>Wie viele der jüngsten Höhen die Diagramme zeigen (die Seite speichert bis zu %1).</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Freeze the charts; data keeps being collected and shows on resume.</source>
        <translation>Diagramme einfrieren; Daten werden weiter gesammelt und beim Fortsetzen angezeigt.</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Forget the heights collected so far and start again from the next one.</source>
        <translation>Bisher gesammelte Höhen vergessen und bei der nächsten neu beginnen.</translation>
    </message>
    <message>
        <source>Export PN&amp;G…</source>
        <translation>PN&amp;G exportieren…</translation>
    </message>
    <message>
        <source>Save the four charts as one PNG image.</source>
        <translation>Die vier Diagramme als ein PNG-Bild speichern.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the phase timings of the heights shown as CSV.</source>
        <translation>Die Phasenzeiten der angezeigten Höhen als CSV speichern.</translation>
    </message>
    <message>
        <source>Heights shown out of the heights collected by this page.</source>
        <translation>Angezeigte Höhen von den auf dieser Seite gesammelten Höhen.</translation>
    </message>
    <message>
        <source>Phase durations per height</source>
        <translation>Phasendauer pro Höhe</translation>
    </message>
    <message>
        <source>height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Time spent in each consensus phase of every committed height, stacked: propose, prevote, precommit, then commit (execution and storage).</source>
        <translation>Zeit in jeder Konsensphase jeder festgeschriebenen Höhe, gestapelt: Propose, Prevote, Precommit, dann Commit (Ausführung und Speicherung).</translation>
    </message>
    <message>
        <source>Rounds per height</source>
        <translation>Runden pro Höhe</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>How many rounds each height needed; more than one means a round timed out.</source>
        <translation>Wie viele Runden jede Höhe brauchte; mehr als eine bedeutet, dass eine Runde in ein Timeout lief.</translation>
    </message>
    <message>
        <source>Commit latency</source>
        <translation>Commit-Latenz</translation>
    </message>
    <message>
        <source>heights</source>
        <translation>Höhen</translation>
    </message>
    <message>
        <source>Distribution of the time from height start to durable commit, over the heights shown that this node decided itself (synced heights are left out).</source>
        <translation>Verteilung der Zeit vom Beginn der Höhe bis zum dauerhaften Commit über die angezeigten Höhen, die dieser Knoten selbst entschieden hat (synchronisierte Höhen sind ausgenommen).</translation>
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
        <translation>Laufende Runde</translation>
    </message>
    <message>
        <source>ms since round start</source>
        <translation>ms seit Rundenbeginn</translation>
    </message>
    <message>
        <source>voting power</source>
        <translation>Stimmgewicht</translation>
    </message>
    <message>
        <source>Prevote and precommit power received in the current round, against the 2/3 quorum. Dashed verticals mark timeouts of this round.</source>
        <translation>In der laufenden Runde empfangenes Prevote- und Precommit-Gewicht im Vergleich zum 2/3-Quorum. Gestrichelte Senkrechten markieren Timeouts dieser Runde.</translation>
    </message>
    <message>
        <source>prevotes</source>
        <translation>Prevotes</translation>
    </message>
    <message>
        <source>precommits</source>
        <translation>Precommits</translation>
    </message>
    <message>
        <source>2/3 quorum</source>
        <translation>2/3-Quorum</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Daten werden gesammelt…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>%1 of %2 heights</source>
        <translation>%1 von %2 Höhen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
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
        <translation>2/3-Quorum (%1)</translation>
    </message>
    <message>
        <source>%1 at height %2 round %3</source>
        <translation>%1 auf Höhe %2, Runde %3</translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation>Timeout %1</translation>
    </message>
    <message>
        <source>Height %1 · round %2 · %3 — prevotes %4 / %5 (nil %6) · precommits %7 / %5 (nil %8) · quorum %9</source>
        <translation>Höhe %1 · Runde %2 · %3 — Prevotes %4 / %5 (nil %6) · Precommits %7 / %5 (nil %8) · Quorum %9</translation>
    </message>
    <message>
        <source>No recent timeouts</source>
        <translation>Keine Timeouts in letzter Zeit</translation>
    </message>
    <message>
        <source>Recent timeouts: %1</source>
        <translation>Letzte Timeouts: %1</translation>
    </message>
    <message>
        <source>Export phase timings</source>
        <translation>Phasenzeiten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ordo::ui::EvidenceTableModel</name>
    <message>
        <source>Duplicate prevote</source>
        <translation>Doppeltes Prevote</translation>
    </message>
    <message>
        <source>Duplicate precommit</source>
        <translation>Doppeltes Precommit</translation>
    </message>
    <message>
        <source>Double proposal</source>
        <translation>Doppelter Vorschlag</translation>
    </message>
    <message>
        <source>Validator %1, key %2</source>
        <translation>Validator %1, Schlüssel %2</translation>
    </message>
    <message>
        <source>Committed in block %1</source>
        <translation>In Block %1 festgeschrieben</translation>
    </message>
    <message>
        <source>Seen by this node, not yet included in a block</source>
        <translation>Von diesem Knoten gesehen, noch in keinem Block enthalten</translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
    <message>
        <source>at height %1</source>
        <translation>auf Höhe %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Täter</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>What the offender signed twice</source>
        <translation>Was der Täter doppelt signiert hat</translation>
    </message>
    <message>
        <source>Height of the conflicting votes or proposals</source>
        <translation>Höhe der widersprüchlichen Stimmen oder Vorschläge</translation>
    </message>
    <message>
        <source>Round of the conflicting votes or proposals</source>
        <translation>Runde der widersprüchlichen Stimmen oder Vorschläge</translation>
    </message>
    <message>
        <source>The validator that equivocated (moniker and key prefix)</source>
        <translation>Der doppelt signierende Validator (Moniker und Schlüsselpräfix)</translation>
    </message>
    <message>
        <source>The offender&apos;s voting power</source>
        <translation>Stimmgewicht des Täters</translation>
    </message>
    <message>
        <source>When this node first saw the evidence, local time</source>
        <translation>Wann dieser Knoten den Beweis zuerst gesehen hat, Ortszeit</translation>
    </message>
    <message>
        <source>The block that includes the evidence, or pending</source>
        <translation>Der Block, der den Beweis enthält, oder ausstehend</translation>
    </message>
</context>
<context>
    <name>ordo::ui::FirstRunDialog</name>
    <message>
        <source>Choose the ordod home directory.</source>
        <translation>Wählen Sie das Home-Verzeichnis von ordod.</translation>
    </message>
    <message>
        <source>Choose a data directory.</source>
        <translation>Wählen Sie ein Datenverzeichnis.</translation>
    </message>
    <message>
        <source>%1 is a file, not a directory.</source>
        <translation>%1 ist eine Datei, kein Verzeichnis.</translation>
    </message>
    <message>
        <source>Choose the genesis file</source>
        <translation>Genesis-Datei wählen</translation>
    </message>
    <message>
        <source>Choose the ordod program</source>
        <translation>ordod-Programm wählen</translation>
    </message>
    <message>
        <source>Choose the ordod home</source>
        <translation>ordod-Home wählen</translation>
    </message>
    <message>
        <source>Choose the data directory</source>
        <translation>Datenverzeichnis wählen</translation>
    </message>
    <message>
        <source>Welcome to Ordo</source>
        <translation>Willkommen bei Ordo</translation>
    </message>
    <message>
        <source>Choose what this panel runs. You can change it later in Settings.</source>
        <translation>Wählen Sie, was dieses Panel ausführt. Sie können das später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Run a &amp;local network</source>
        <translation>&amp;Lokales Netzwerk betreiben</translation>
    </message>
    <message>
        <source>Your node plus three companion validators in this process, over loopback; live consensus within seconds.</source>
        <translation>Ihr Knoten plus drei begleitende Validatoren in diesem Prozess, über Loopback; laufender Konsens innerhalb von Sekunden.</translation>
    </message>
    <message>
        <source>&amp;Join a network</source>
        <translation>Einem Netzwerk &amp;beitreten</translation>
    </message>
    <message>
        <source>One node that joins an existing network: it needs the network&apos;s genesis file and the addresses of a few of its nodes.</source>
        <translation>Ein Knoten, der einem bestehenden Netzwerk beitritt: Er braucht die Genesis-Datei des Netzwerks und die Adressen einiger seiner Knoten.</translation>
    </message>
    <message>
        <source>Start the headless &amp;ordod</source>
        <translation>Headless-&amp;ordod starten</translation>
    </message>
    <message>
        <source>Start the ordod daemon from its home directory and watch it from here.</source>
        <translation>Den ordod-Daemon aus seinem Home-Verzeichnis starten und von hier aus beobachten.</translation>
    </message>
    <message>
        <source>&amp;Genesis file:</source>
        <translation>&amp;Genesis-Datei:</translation>
    </message>
    <message>
        <source>genesis.json</source>
        <translation>genesis.json</translation>
    </message>
    <message>
        <source>The network&apos;s genesis file: chain id, validators and initial balances</source>
        <translation>Die Genesis-Datei des Netzwerks: Chain-ID, Validatoren und Anfangsguthaben</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Peers:</source>
        <translation>G&amp;egenstellen:</translation>
    </message>
    <message>
        <source>host:port, host:port, …</source>
        <translation>host:port, host:port, …</translation>
    </message>
    <message>
        <source>Nodes of the network to connect to first, separated by commas</source>
        <translation>Knoten des Netzwerks, mit denen zuerst verbunden wird, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>/usr/bin/ordod</source>
        <translation>/usr/bin/ordod</translation>
    </message>
    <message>
        <source>The ordod program</source>
        <translation>Das ordod-Programm</translation>
    </message>
    <message>
        <source>&amp;Home:</source>
        <translation>&amp;Home:</translation>
    </message>
    <message>
        <source>The home directory written by &quot;ordod init&quot;</source>
        <translation>Das von „ordod init“ angelegte Home-Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>Daten&amp;verzeichnis:</translation>
    </message>
    <message>
        <source>Where blocks, state and keys are stored; needs at least 1 GiB free</source>
        <translation>Wo Blöcke, Zustand und Schlüssel gespeichert werden; mindestens 1 GiB frei nötig</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Choose a directory</source>
        <translation>Verzeichnis wählen</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 frei</translation>
    </message>
    <message>
        <source>%1 free — not enough (at least 1 GiB)</source>
        <translation>%1 frei — nicht genug (mindestens 1 GiB)</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Local time the line was written</source>
        <translation>Ortszeit, zu der die Zeile geschrieben wurde</translation>
    </message>
    <message>
        <source>Severity of the line</source>
        <translation>Schweregrad der Zeile</translation>
    </message>
    <message>
        <source>The node that wrote the line</source>
        <translation>Der Knoten, der die Zeile geschrieben hat</translation>
    </message>
    <message>
        <source>What the node reported</source>
        <translation>Was der Knoten gemeldet hat</translation>
    </message>
</context>
<context>
    <name>ordo::ui::LogsPage</name>
    <message>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Daten werden gesammelt…</translation>
    </message>
    <message>
        <source>Lines shown by the filter, lines kept (at most %1) and lines dropped because the panel fell behind</source>
        <translation>Vom Filter angezeigte Zeilen, gespeicherte Zeilen (höchstens %1) und verworfene Zeilen, weil das Panel nicht nachkam</translation>
    </message>
    <message>
        <source>Hide lines below this level</source>
        <translation>Zeilen unterhalb dieser Stufe ausblenden</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and above</source>
        <translation>Warnungen und höher</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Shows only lines whose message or source contains this text (case-insensitive)</source>
        <translation>Zeigt nur Zeilen, deren Meldung oder Quelle diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>&amp;Auto-scroll</source>
        <translation>&amp;Automatisch scrollen</translation>
    </message>
    <message>
        <source>Keep the newest line in view; scrolling up pauses it</source>
        <translation>Die neueste Zeile sichtbar halten; Hochscrollen pausiert dies</translation>
    </message>
    <message>
        <source>&amp;Open log file</source>
        <translation>Log-Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the node&apos;s log file with the system&apos;s viewer</source>
        <translation>Die Log-Datei des Knotens mit dem Systembetrachter öffnen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the lines shown (after filtering) to a text file</source>
        <translation>Die angezeigten Zeilen (nach dem Filtern) in eine Textdatei speichern</translation>
    </message>
    <message numerus="yes">
        <source>Log lines per hour by level over the last %n hour(s)</source>
        <translation>
            <numerusform>Log-Zeilen pro Stunde nach Stufe (Zeitraum: %n Stunde)</numerusform>
            <numerusform>Log-Zeilen pro Stunde nach Stufe (Zeitraum: %n Stunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>hour (local time)</source>
        <translation>Stunde (Ortszeit)</translation>
    </message>
    <message>
        <source>lines / hour</source>
        <translation>Zeilen / Stunde</translation>
    </message>
    <message>
        <source>The node does not write a log file</source>
        <translation>Der Knoten schreibt keine Log-Datei</translation>
    </message>
    <message>
        <source>Open %1 with the system&apos;s viewer</source>
        <translation>%1 mit dem Systembetrachter öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s) shown</source>
        <translation>
            <numerusform>%1 von %n Zeile angezeigt</numerusform>
            <numerusform>%1 von %n Zeilen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 verworfen</translation>
    </message>
    <message>
        <source>No line matches the filter</source>
        <translation>Keine Zeile passt zum Filter</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Log exportieren</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log)</source>
        <translation>Textdateien (*.txt *.log)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ordo::ui::MainWindow</name>
    <message>
        <source>About Ordo</source>
        <translation>Über Ordo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ordo&lt;/h3&gt;&lt;p&gt;Control panel of an Ordo decentralized sequencer node: staked sequencers agree on every rollup block by Tendermint BFT consensus.&lt;/p&gt;&lt;p&gt;Qt %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ordo&lt;/h3&gt;&lt;p&gt;Kontrollzentrum eines dezentralen Ordo-Sequencer-Knotens: Sequencer mit Stake einigen sich per Tendermint-BFT-Konsens auf jeden Rollup-Block.&lt;/p&gt;&lt;p&gt;Qt %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Stop the node and close the panel</source>
        <translation>Knoten stoppen und Panel schließen</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>Run a &amp;local network</source>
        <translation>&amp;Lokales Netzwerk betreiben</translation>
    </message>
    <message>
        <source>Your node plus three companion validators in this process, over loopback</source>
        <translation>Ihr Knoten plus drei begleitende Validatoren in diesem Prozess, über Loopback</translation>
    </message>
    <message>
        <source>&amp;Join a network…</source>
        <translation>Einem Netzwerk &amp;beitreten…</translation>
    </message>
    <message>
        <source>Run one node that joins an existing network from its genesis file and peers</source>
        <translation>Einen Knoten betreiben, der einem bestehenden Netzwerk über dessen Genesis-Datei und Gegenstellen beitritt</translation>
    </message>
    <message>
        <source>Start &amp;ordod…</source>
        <translation>&amp;ordod starten…</translation>
    </message>
    <message>
        <source>Start the headless ordod daemon and watch it</source>
        <translation>Den Headless-Daemon ordod starten und beobachten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Ordo</source>
        <translation>&amp;Über Ordo</translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 … Ctrl+9)</source>
        <translation>Seiten (Strg+1 … Strg+9)</translation>
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
        <translation>Ordo — %1 — Höhe %2</translation>
    </message>
</context>
<context>
    <name>ordo::ui::MempoolPage</name>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Transactions ready for the next block (their nonce is next)</source>
        <translation>Transaktionen, bereit für den nächsten Block (ihre Nonce ist die nächste)</translation>
    </message>
    <message>
        <source>Transactions waiting for an earlier nonce of their sender</source>
        <translation>Transaktionen, die auf eine frühere Nonce ihres Absenders warten</translation>
    </message>
    <message>
        <source>Bytes held by the mempool against its limit; at the limit the lowest tips are evicted</source>
        <translation>Vom Mempool belegte Bytes im Verhältnis zum Limit; am Limit werden die niedrigsten Tips verdrängt</translation>
    </message>
    <message>
        <source>Transactions held (pending and queued) against the mempool&apos;s limit</source>
        <translation>Gehaltene Transaktionen (ausstehend und wartend) im Verhältnis zum Limit des Mempools</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Daten werden gesammelt…</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Durchfluss</translation>
    </message>
    <message numerus="yes">
        <source>Transactions admitted per second over the last %n second(s)</source>
        <translation>
            <numerusform>Aufgenommene Transaktionen pro Sekunde (Zeitraum: %n Sekunde)</numerusform>
            <numerusform>Aufgenommene Transaktionen pro Sekunde (Zeitraum: %n Sekunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Transactions admitted since the node started</source>
        <translation>Seit dem Start des Knotens aufgenommene Transaktionen</translation>
    </message>
    <message>
        <source>Transactions dropped to make room for better-paying ones, since the node started</source>
        <translation>Seit dem Start des Knotens verdrängte Transaktionen, um besser zahlenden Platz zu machen</translation>
    </message>
    <message>
        <source>Transactions dropped because they waited too long, since the node started</source>
        <translation>Seit dem Start des Knotens verworfene Transaktionen, weil sie zu lange warteten</translation>
    </message>
    <message>
        <source>Admission rate</source>
        <translation>Aufnahmerate</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Evicted</source>
        <translation>Verdrängt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <source>Rejections per second by reason over the last few seconds</source>
        <translation>Ablehnungen pro Sekunde nach Grund in den letzten Sekunden</translation>
    </message>
    <message>
        <source>rejections / s</source>
        <translation>Ablehnungen / s</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Top transactions by tip</source>
        <translation>Top-Transaktionen nach Tip</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 tx/s</source>
        <translation>%1 tx/s</translation>
    </message>
    <message>
        <source>No pending transactions</source>
        <translation>Keine ausstehenden Transaktionen</translation>
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
        <translation>Von</translation>
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
        <translation>Größe (Bytes)</translation>
    </message>
    <message>
        <source>Transaction hash</source>
        <translation>Transaktionshash</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Sender&apos;s nonce of the transaction</source>
        <translation>Nonce des Absenders für die Transaktion</translation>
    </message>
    <message>
        <source>Effective priority fee at the next block&apos;s base fee, in gwei</source>
        <translation>Effektive Prioritätsgebühr bei der Basisgebühr des nächsten Blocks, in gwei</translation>
    </message>
    <message>
        <source>Gas limit of the transaction</source>
        <translation>Gaslimit der Transaktion</translation>
    </message>
    <message>
        <source>Encoded size of the transaction in bytes</source>
        <translation>Kodierte Größe der Transaktion in Bytes</translation>
    </message>
</context>
<context>
    <name>ordo::ui::MetricCard</name>
    <message>
        <source>Collecting data…</source>
        <translation>Daten werden gesammelt…</translation>
    </message>
</context>
<context>
    <name>ordo::ui::NodeStatusBar</name>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Waiting for the first status from the node</source>
        <translation>Warte auf den ersten Status vom Knoten</translation>
    </message>
    <message>
        <source>Peers: —</source>
        <translation>Gegenstellen: —</translation>
    </message>
    <message>
        <source>Connected peers; click to pause networking</source>
        <translation>Verbundene Gegenstellen; klicken, um das Netzwerk zu pausieren</translation>
    </message>
    <message>
        <source>Height: —</source>
        <translation>Höhe: —</translation>
    </message>
    <message>
        <source>The last committed block</source>
        <translation>Der zuletzt festgeschriebene Block</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>The node %1 is running on chain %2</source>
        <translation>Der Knoten %1 läuft auf Chain %2</translation>
    </message>
    <message>
        <source>The node is not running</source>
        <translation>Der Knoten läuft nicht</translation>
    </message>
    <message>
        <source>Network paused</source>
        <translation>Netzwerk pausiert</translation>
    </message>
    <message>
        <source>Peer-to-peer networking is paused; click to resume</source>
        <translation>Peer-to-Peer-Netzwerk ist pausiert; klicken zum Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n Gegenstelle</numerusform>
            <numerusform>%n Gegenstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected peers; click to pause all peer-to-peer networking</source>
        <translation>Verbundene Gegenstellen; klicken, um das gesamte Peer-to-Peer-Netzwerk zu pausieren</translation>
    </message>
    <message>
        <source>Height %1</source>
        <translation>Höhe %1</translation>
    </message>
    <message>
        <source>The last committed block; deciding height %1, round %2 (%3)</source>
        <translation>Der zuletzt festgeschriebene Block; entscheidet Höhe %1, Runde %2 (%3)</translation>
    </message>
    <message>
        <source>Syncing %1 / %2</source>
        <translation>Synchronisiere %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Catching up with the best peer: %n block(s) to go</source>
        <translation>
            <numerusform>Holt zur besten Gegenstelle auf: noch %n Block</numerusform>
            <numerusform>Holt zur besten Gegenstelle auf: noch %n Blöcke</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing, last height %1</source>
        <translation>Signiert, letzte Höhe %1</translation>
    </message>
    <message>
        <source>This node&apos;s validator key is in the active set (power %1 of %2); the double-sign guard last signed at height %3</source>
        <translation>Der Validatorschlüssel dieses Knotens ist im aktiven Set (Gewicht %1 von %2); der Doppelsignatur-Schutz hat zuletzt auf Höhe %3 signiert</translation>
    </message>
    <message>
        <source>Not a validator</source>
        <translation>Kein Validator</translation>
    </message>
    <message>
        <source>This node has no validator key</source>
        <translation>Dieser Knoten hat keinen Validatorschlüssel</translation>
    </message>
    <message>
        <source>This node&apos;s validator key is not in the active set</source>
        <translation>Der Validatorschlüssel dieses Knotens ist nicht im aktiven Set</translation>
    </message>
</context>
<context>
    <name>ordo::ui::OverviewPage</name>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
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
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Active validator</source>
        <translation>Aktiver Validator</translation>
    </message>
    <message>
        <source>Not a validator</source>
        <translation>Kein Validator</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>The height being decided, and the last height committed to this node&apos;s store.</source>
        <translation>Die Höhe, über die entschieden wird, und die zuletzt im Speicher dieses Knotens festgeschriebene Höhe.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>The consensus round at the current height. Above 0 means earlier rounds timed out.</source>
        <translation>Die Konsensrunde auf der aktuellen Höhe. Über 0 heißt, dass frühere Runden in ein Timeout liefen.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>The Tendermint step of the current round: propose, prevote, precommit or commit.</source>
        <translation>Der Tendermint-Schritt der aktuellen Runde: Propose, Prevote, Precommit oder Commit.</translation>
    </message>
    <message>
        <source>Last block</source>
        <translation>Letzter Block</translation>
    </message>
    <message>
        <source>How long ago the last block was produced (its header time), at the last poll.</source>
        <translation>Wie lange die Erzeugung des letzten Blocks (seine Header-Zeit) bei der letzten Abfrage zurücklag.</translation>
    </message>
    <message>
        <source>Block interval</source>
        <translation>Blockintervall</translation>
    </message>
    <message>
        <source>Time between the last two blocks, against the configured target interval.</source>
        <translation>Zeit zwischen den letzten zwei Blöcken im Vergleich zum eingestellten Zielintervall.</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Gegenstellen</translation>
    </message>
    <message>
        <source>Connected peers, and the highest height any of them reported.</source>
        <translation>Verbundene Gegenstellen und die höchste Höhe, die eine von ihnen gemeldet hat.</translation>
    </message>
    <message>
        <source>Mempool</source>
        <translation>Mempool</translation>
    </message>
    <message>
        <source>Transactions ready for the next block (pending) and waiting on a nonce gap (queued), with their total size.</source>
        <translation>Transaktionen, die für den nächsten Block bereit sind (ausstehend) oder auf eine Nonce-Lücke warten (wartend), mit ihrer Gesamtgröße.</translation>
    </message>
    <message>
        <source>Validator status</source>
        <translation>Validatorstatus</translation>
    </message>
    <message>
        <source>Whether this node&apos;s validator key is in the active validator set.</source>
        <translation>Ob der Validatorschlüssel dieses Knotens im aktiven Validatorenset ist.</translation>
    </message>
    <message>
        <source>Own voting power</source>
        <translation>Eigenes Stimmgewicht</translation>
    </message>
    <message>
        <source>This node&apos;s stake as voting power, and its share of the total power.</source>
        <translation>Der Stake dieses Knotens als Stimmgewicht und sein Anteil am Gesamtgewicht.</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signierer</translation>
    </message>
    <message>
        <source>The last height the double-sign guard recorded a signature for. The signer refuses to sign twice at a height.</source>
        <translation>Die letzte Höhe, für die der Doppelsignatur-Schutz eine Signatur verzeichnet hat. Der Signierer signiert nie zweimal auf derselben Höhe.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Progress towards the best height a peer reported; the ETA uses the catch-up rate measured over the last polls.</source>
        <translation>Fortschritt zur besten von einer Gegenstelle gemeldeten Höhe; die Restzeit nutzt die über die letzten Abfragen gemessene Aufholrate.</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>The chain id, the EVM chain id and the JSON-RPC endpoint of this node.</source>
        <translation>Die Chain-ID, die EVM-Chain-ID und der JSON-RPC-Endpunkt dieses Knotens.</translation>
    </message>
    <message>
        <source>Local validators</source>
        <translation>Lokale Validatoren</translation>
    </message>
    <message>
        <source>The validators running inside this process (local network mode).</source>
        <translation>Die in diesem Prozess laufenden Validatoren (Modus „lokales Netzwerk“).</translation>
    </message>
    <message>
        <source>Could not change the validator: %1</source>
        <translation>Validator konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Last committed: %1</source>
        <translation>Zuletzt festgeschrieben: %1</translation>
    </message>
    <message>
        <source>Earlier rounds failed: %1</source>
        <translation>Frühere Runden gescheitert: %1</translation>
    </message>
    <message>
        <source>First round</source>
        <translation>Erste Runde</translation>
    </message>
    <message>
        <source>Node stopped</source>
        <translation>Knoten gestoppt</translation>
    </message>
    <message>
        <source>No block yet</source>
        <translation>Noch kein Block</translation>
    </message>
    <message>
        <source>Height %1</source>
        <translation>Höhe %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>Networking paused</source>
        <translation>Netzwerk pausiert</translation>
    </message>
    <message>
        <source>Best peer height %1</source>
        <translation>Höhe der besten Gegenstelle %1</translation>
    </message>
    <message>
        <source>No peer height reported</source>
        <translation>Keine Gegenstellen-Höhe gemeldet</translation>
    </message>
    <message>
        <source>%1 pending / %2 queued</source>
        <translation>%1 ausstehend / %2 wartend</translation>
    </message>
    <message>
        <source>Key %1…</source>
        <translation>Schlüssel %1…</translation>
    </message>
    <message>
        <source>No validator key on this node</source>
        <translation>Kein Validatorschlüssel auf diesem Knoten</translation>
    </message>
    <message>
        <source>Key %1… is not in the active set</source>
        <translation>Schlüssel %1… ist nicht im aktiven Set</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>of %1 total</source>
        <translation>von %1 gesamt</translation>
    </message>
    <message>
        <source>Last signed %1</source>
        <translation>Zuletzt signiert: %1</translation>
    </message>
    <message>
        <source>Nothing signed yet</source>
        <translation>Noch nichts signiert</translation>
    </message>
    <message>
        <source>Behind the chain by %1 heights</source>
        <translation>%1 Höhen hinter der Chain</translation>
    </message>
    <message>
        <source>EVM chain id %1 · RPC %2</source>
        <translation>EVM-Chain-ID %1 · RPC %2</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>No peers</source>
        <translation>Keine Gegenstellen</translation>
    </message>
    <message>
        <source>Nothing to compare against</source>
        <translation>Kein Vergleichswert</translation>
    </message>
    <message>
        <source>At the best peer height %1</source>
        <translation>Auf Höhe %1 der besten Gegenstelle</translation>
    </message>
    <message>
        <source>Syncing %1 %</source>
        <translation>Synchronisiere %1 %</translation>
    </message>
    <message>
        <source>ETA %1 at %2 blocks/s</source>
        <translation>Restzeit %1 bei %2 Blöcken/s</translation>
    </message>
    <message>
        <source>ETA unknown: measuring the catch-up rate</source>
        <translation>Restzeit unbekannt: Aufholrate wird gemessen</translation>
    </message>
    <message>
        <source>%1 blocks behind</source>
        <translation>%1 Blöcke zurück</translation>
    </message>
    <message>
        <source>%1 (this node)</source>
        <translation>%1 (dieser Knoten)</translation>
    </message>
    <message>
        <source>RPC %1 · P2P %2</source>
        <translation>RPC %1 · P2P %2</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Whether this validator&apos;s node is running in this process.</source>
        <translation>Ob der Knoten dieses Validators in diesem Prozess läuft.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop %1; the network continues while more than 2/3 of the power runs.</source>
        <translation>%1 stoppen; das Netzwerk läuft weiter, solange mehr als 2/3 des Stimmgewichts laufen.</translation>
    </message>
    <message>
        <source>Restart %1 from its data directory.</source>
        <translation>%1 aus seinem Datenverzeichnis neu starten.</translation>
    </message>
</context>
<context>
    <name>ordo::ui::Panel</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Gegenstellen</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validatoren</translation>
    </message>
    <message>
        <source>Mempool</source>
        <translation>Mempool</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>Staking &amp; Slashing</source>
        <translation>Staking &amp; Slashing</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
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
        <translation>Gegenstellen-ID %1
Knotenschlüssel %2</translation>
    </message>
    <message>
        <source>Connected since %1</source>
        <translation>Verbunden seit %1</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation>Gegenstellen-ID</translation>
    </message>
    <message>
        <source>Moniker</source>
        <translation>Moniker</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>RTT (ms)</source>
        <translation>RTT (ms)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Strafpunkte</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Digest of the peer&apos;s node key (first characters; hover a row for all of it)</source>
        <translation>Hash des Knotenschlüssels der Gegenstelle (Anfang; für den vollständigen Wert über eine Zeile fahren)</translation>
    </message>
    <message>
        <source>Name the peer announced</source>
        <translation>Von der Gegenstelle angekündigter Name</translation>
    </message>
    <message>
        <source>Network address of the connection (host:port)</source>
        <translation>Netzwerkadresse der Verbindung (host:port)</translation>
    </message>
    <message>
        <source>Outbound: this node dialled the peer. Inbound: the peer dialled this node</source>
        <translation>Ausgehend: Dieser Knoten hat die Gegenstelle angewählt. Eingehend: Die Gegenstelle hat diesen Knoten angewählt</translation>
    </message>
    <message>
        <source>Voting power of the validator running on the peer; – when it is not a validator</source>
        <translation>Stimmgewicht des Validators auf der Gegenstelle; –, wenn sie kein Validator ist</translation>
    </message>
    <message>
        <source>Last height the peer reported</source>
        <translation>Letzte von der Gegenstelle gemeldete Höhe</translation>
    </message>
    <message>
        <source>Round-trip time of the last ping, in milliseconds</source>
        <translation>Umlaufzeit des letzten Pings, in Millisekunden</translation>
    </message>
    <message>
        <source>Bytes received from the peer on this connection</source>
        <translation>Von der Gegenstelle auf dieser Verbindung empfangene Bytes</translation>
    </message>
    <message>
        <source>Bytes sent to the peer on this connection</source>
        <translation>An die Gegenstelle auf dieser Verbindung gesendete Bytes</translation>
    </message>
    <message>
        <source>Misbehaviour points; the peer is banned when they reach the limit</source>
        <translation>Strafpunkte für Fehlverhalten; erreichen sie das Limit, wird die Gegenstelle gesperrt</translation>
    </message>
    <message>
        <source>How long the connection has been up</source>
        <translation>Wie lange die Verbindung schon besteht</translation>
    </message>
</context>
<context>
    <name>ordo::ui::PeersPage</name>
    <message>
        <source>Peers connected to this node right now</source>
        <translation>Aktuell mit diesem Knoten verbundene Gegenstellen</translation>
    </message>
    <message>
        <source>Filter by id, moniker or address (Ctrl+F)</source>
        <translation>Nach ID, Moniker oder Adresse filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Shows only the peers whose id, moniker or address contains this text</source>
        <translation>Zeigt nur Gegenstellen, deren ID, Moniker oder Adresse diesen Text enthält</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Daten werden gesammelt…</translation>
    </message>
    <message>
        <source>Selected peer</source>
        <translation>Ausgewählte Gegenstelle</translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation>Gegenstellen-ID</translation>
    </message>
    <message>
        <source>Digest of the peer&apos;s node key</source>
        <translation>Hash des Knotenschlüssels der Gegenstelle</translation>
    </message>
    <message>
        <source>Node key</source>
        <translation>Knotenschlüssel</translation>
    </message>
    <message>
        <source>The peer&apos;s x-only public node key (hex)</source>
        <translation>Öffentlicher x-only-Knotenschlüssel der Gegenstelle (hex)</translation>
    </message>
    <message>
        <source>Moniker</source>
        <translation>Moniker</translation>
    </message>
    <message>
        <source>Name the peer announced</source>
        <translation>Von der Gegenstelle angekündigter Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Network address of the connection (host:port)</source>
        <translation>Netzwerkadresse der Verbindung (host:port)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Outbound: this node dialled the peer. Inbound: the peer dialled this node</source>
        <translation>Ausgehend: Dieser Knoten hat die Gegenstelle angewählt. Eingehend: Die Gegenstelle hat diesen Knoten angewählt</translation>
    </message>
    <message>
        <source>Validator power</source>
        <translation>Validatorgewicht</translation>
    </message>
    <message>
        <source>Voting power of the validator running on the peer</source>
        <translation>Stimmgewicht des Validators auf der Gegenstelle</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Last height the peer reported</source>
        <translation>Letzte von der Gegenstelle gemeldete Höhe</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Round-trip time of the last ping</source>
        <translation>Umlaufzeit des letzten Pings</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Bytes received from the peer on this connection</source>
        <translation>Von der Gegenstelle auf dieser Verbindung empfangene Bytes</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Bytes sent to the peer on this connection</source>
        <translation>An die Gegenstelle auf dieser Verbindung gesendete Bytes</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Strafpunkte</translation>
    </message>
    <message>
        <source>Misbehaviour points</source>
        <translation>Strafpunkte für Fehlverhalten</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>When the connection was established</source>
        <translation>Wann die Verbindung aufgebaut wurde</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Drop the connection to the selected peer (it may reconnect)</source>
        <translation>Die Verbindung zur ausgewählten Gegenstelle trennen (sie kann sich neu verbinden)</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>Disconnect the selected peer and refuse it until unbanned</source>
        <translation>Die ausgewählte Gegenstelle trennen und bis zur Entsperrung abweisen</translation>
    </message>
    <message>
        <source>Banned peers</source>
        <translation>Gesperrte Gegenstellen</translation>
    </message>
    <message>
        <source>No banned peers</source>
        <translation>Keine gesperrten Gegenstellen</translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Lift the ban on the selected peer</source>
        <translation>Die Sperre der ausgewählten Gegenstelle aufheben</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) connected</source>
        <translation>
            <numerusform>%n Gegenstelle verbunden</numerusform>
            <numerusform>%n Gegenstellen verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No peers connected</source>
        <translation>Keine Gegenstellen verbunden</translation>
    </message>
    <message>
        <source>No peer matches the filter</source>
        <translation>Keine Gegenstelle passt zum Filter</translation>
    </message>
    <message>
        <source>Select a peer to see its details</source>
        <translation>Wählen Sie eine Gegenstelle aus, um ihre Details zu sehen</translation>
    </message>
    <message>
        <source>not a validator</source>
        <translation>kein Validator</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (vor %2)</translation>
    </message>
    <message>
        <source>Ban peer</source>
        <translation>Gegenstelle sperren</translation>
    </message>
    <message>
        <source>Ban %1 (%2)?

The peer is disconnected and refused until you unban it.</source>
        <translation>%1 (%2) sperren?

Die Gegenstelle wird getrennt und abgewiesen, bis Sie sie entsperren.</translation>
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
        <translation>Daten werden gesammelt…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Rate (/s)</source>
        <translation>Rate (/s)</translation>
    </message>
    <message>
        <source>Why the mempool refused the transaction</source>
        <translation>Warum der Mempool die Transaktion abgelehnt hat</translation>
    </message>
    <message>
        <source>Transactions refused for this reason since the node started</source>
        <translation>Seit dem Start des Knotens aus diesem Grund abgelehnte Transaktionen</translation>
    </message>
    <message numerus="yes">
        <source>Refusals per second over the last %n second(s)</source>
        <translation>
            <numerusform>Ablehnungen pro Sekunde (Zeitraum: %n Sekunde)</numerusform>
            <numerusform>Ablehnungen pro Sekunde (Zeitraum: %n Sekunden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::ui::SettingsPage</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Running network</source>
        <translation>Laufendes Netzwerk</translation>
    </message>
    <message>
        <source>Restart the panel to apply the changed network settings.</source>
        <translation>Starten Sie das Panel neu, um die geänderten Netzwerkeinstellungen zu übernehmen.</translation>
    </message>
    <message>
        <source>Run a local network</source>
        <translation>Lokales Netzwerk betreiben</translation>
    </message>
    <message>
        <source>Join a network</source>
        <translation>Einem Netzwerk beitreten</translation>
    </message>
    <message>
        <source>Start the headless ordod</source>
        <translation>Headless-ordod starten</translation>
    </message>
    <message>
        <source>What the panel starts: a local network of four validators in this process, one node joined to an existing network, or the separate ordod daemon</source>
        <translation>Was das Panel startet: ein lokales Netzwerk aus vier Validatoren in diesem Prozess, einen Knoten in einem bestehenden Netzwerk oder den separaten ordod-Daemon</translation>
    </message>
    <message>
        <source>JSON-RPC port of the first node; node i of a local network listens on this + i</source>
        <translation>JSON-RPC-Port des ersten Knotens; Knoten i eines lokalen Netzwerks lauscht auf diesem + i</translation>
    </message>
    <message>
        <source>Peer-to-peer port of the first node; node i of a local network listens on this + i</source>
        <translation>Peer-to-Peer-Port des ersten Knotens; Knoten i eines lokalen Netzwerks lauscht auf diesem + i</translation>
    </message>
    <message>
        <source>genesis.json of the network to join</source>
        <translation>genesis.json des Netzwerks, dem beigetreten wird</translation>
    </message>
    <message>
        <source>The network&apos;s genesis file: chain id, validators and initial balances</source>
        <translation>Die Genesis-Datei des Netzwerks: Chain-ID, Validatoren und Anfangsguthaben</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>host:port, host:port, …</source>
        <translation>host:port, host:port, …</translation>
    </message>
    <message>
        <source>Nodes of the network to connect to first</source>
        <translation>Knoten des Netzwerks, mit denen zuerst verbunden wird</translation>
    </message>
    <message>
        <source>/usr/bin/ordod</source>
        <translation>/usr/bin/ordod</translation>
    </message>
    <message>
        <source>The ordod program the panel starts in headless mode</source>
        <translation>Das ordod-Programm, das das Panel im Headless-Modus startet</translation>
    </message>
    <message>
        <source>Where blocks, state and keys are stored</source>
        <translation>Wo Blöcke, Zustand und Schlüssel gespeichert werden</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the data directory</source>
        <translation>Datenverzeichnis wählen</translation>
    </message>
    <message>
        <source>Free space on the data directory&apos;s file system; the node needs at least 1 GiB</source>
        <translation>Freier Speicher im Dateisystem des Datenverzeichnisses; der Knoten braucht mindestens 1 GiB</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s colours, or use a light or dark palette</source>
        <translation>Den Farben des Desktops folgen oder eine helle bzw. dunkle Palette verwenden</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The panel&apos;s language; applies at once</source>
        <translation>Die Sprache des Panels; wird sofort übernommen</translation>
    </message>
    <message>
        <source>The chain id of the network this node runs</source>
        <translation>Die Chain-ID des Netzwerks, das dieser Knoten betreibt</translation>
    </message>
    <message>
        <source>Where wallets and tools reach this node&apos;s Ethereum JSON-RPC</source>
        <translation>Wo Wallets und Werkzeuge das Ethereum-JSON-RPC dieses Knotens erreichen</translation>
    </message>
    <message>
        <source>How the running node was started</source>
        <translation>Wie der laufende Knoten gestartet wurde</translation>
    </message>
    <message>
        <source>The data directory the running node uses</source>
        <translation>Das Datenverzeichnis des laufenden Knotens</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;RPC port base:</source>
        <translation>&amp;RPC-Portbasis:</translation>
    </message>
    <message>
        <source>&amp;P2P port base:</source>
        <translation>&amp;P2P-Portbasis:</translation>
    </message>
    <message>
        <source>&amp;Genesis file:</source>
        <translation>&amp;Genesis-Datei:</translation>
    </message>
    <message>
        <source>P&amp;eers:</source>
        <translation>G&amp;egenstellen:</translation>
    </message>
    <message>
        <source>ordod &amp;program:</source>
        <translation>ordod-Pr&amp;ogramm:</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Verzeichnis:</translation>
    </message>
    <message>
        <source>Free space:</source>
        <translation>Freier Speicher:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation>Chain-ID:</translation>
    </message>
    <message>
        <source>RPC URL:</source>
        <translation>RPC-URL:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Datenverzeichnis:</translation>
    </message>
    <message>
        <source>Set by the command line (%1); the stored value applies when started without it.</source>
        <translation>Per Kommandozeile gesetzt (%1); der gespeicherte Wert gilt beim Start ohne diese Option.</translation>
    </message>
    <message>
        <source>Choose a directory</source>
        <translation>Verzeichnis wählen</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 frei</translation>
    </message>
    <message>
        <source>%1 free — %2</source>
        <translation>%1 frei — %2</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Daten werden gesammelt…</translation>
    </message>
    <message>
        <source>%1 (EVM chain id %2)</source>
        <translation>%1 (EVM-Chain-ID %2)</translation>
    </message>
    <message>
        <source>RPC is off</source>
        <translation>RPC ist aus</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Lokales Netzwerk</translation>
    </message>
    <message>
        <source>Joined network</source>
        <translation>Beigetretenes Netzwerk</translation>
    </message>
    <message>
        <source>Choose the genesis file</source>
        <translation>Genesis-Datei wählen</translation>
    </message>
    <message>
        <source>Genesis (*.json);;All files (*)</source>
        <translation>Genesis (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the ordod program</source>
        <translation>ordod-Programm wählen</translation>
    </message>
    <message>
        <source>Headless ordod over JSON-RPC</source>
        <translation>ordod ohne Oberfläche über JSON-RPC</translation>
    </message>
</context>
<context>
    <name>ordo::ui::StakeTableModel</name>
    <message>
        <source>%1 (this node)</source>
        <translation>%1 (dieser Knoten)</translation>
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
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Voting power</source>
        <translation>Stimmgewicht</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>The validator&apos;s moniker</source>
        <translation>Moniker des Validators</translation>
    </message>
    <message>
        <source>The validator&apos;s x-only public key (hover for all of it)</source>
        <translation>Öffentlicher x-only-Schlüssel des Validators (vollständig beim Überfahren)</translation>
    </message>
    <message>
        <source>Stake bonded by the validator, as voting power</source>
        <translation>Vom Validator gebundener Stake, als Stimmgewicht</translation>
    </message>
    <message>
        <source>Share of the total voting power</source>
        <translation>Anteil am gesamten Stimmgewicht</translation>
    </message>
</context>
<context>
    <name>ordo::ui::StakingPage</name>
    <message>
        <source>Collecting data…</source>
        <translation>Daten werden gesammelt…</translation>
    </message>
    <message>
        <source>Own stake</source>
        <translation>Eigener Stake</translation>
    </message>
    <message>
        <source>This node&apos;s bonded stake as voting power, and its share of the total power.</source>
        <translation>Der gebundene Stake dieses Knotens als Stimmgewicht und sein Anteil am Gesamtgewicht.</translation>
    </message>
    <message>
        <source>Network stake</source>
        <translation>Netzwerk-Stake</translation>
    </message>
    <message>
        <source>The total voting power of the active validator set, and its size.</source>
        <translation>Das gesamte Stimmgewicht des aktiven Validatorensets und seine Größe.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweise</translation>
    </message>
    <message>
        <source>Equivocations this node has seen or committed, and how many still wait to be included in a block.</source>
        <translation>Doppelsignaturen, die dieser Knoten gesehen oder festgeschrieben hat, und wie viele noch auf Aufnahme in einen Block warten.</translation>
    </message>
    <message>
        <source>Stake of every validator in the active set; your own row is bold.</source>
        <translation>Stake jedes Validators im aktiven Set; Ihre eigene Zeile ist fett.</translation>
    </message>
    <message>
        <source>Conflicting votes or proposals signed by one validator, newest first.</source>
        <translation>Widersprüchliche Stimmen oder Vorschläge, die ein Validator signiert hat, neueste zuerst.</translation>
    </message>
    <message>
        <source>The latest evidence announced by the node.</source>
        <translation>Der neueste vom Knoten gemeldete Beweis.</translation>
    </message>
    <message>
        <source>Validator set stake</source>
        <translation>Stake des Validatorensets</translation>
    </message>
    <message>
        <source>Equivocation evidence</source>
        <translation>Doppelsignatur-Beweise</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>In the active set</source>
        <translation>Im aktiven Set</translation>
    </message>
    <message>
        <source>No validator key on this node</source>
        <translation>Kein Validatorschlüssel auf diesem Knoten</translation>
    </message>
    <message>
        <source>Not in the active set</source>
        <translation>Nicht im aktiven Set</translation>
    </message>
    <message>
        <source>%1 validators</source>
        <translation>%1 Validatoren</translation>
    </message>
    <message>
        <source>The node reports no validator set.</source>
        <translation>Der Knoten meldet kein Validatorenset.</translation>
    </message>
    <message>
        <source>New evidence: %1 by %2 at height %3, round %4.</source>
        <translation>Neuer Beweis: %1 von %2 auf Höhe %3, Runde %4.</translation>
    </message>
    <message>
        <source>%1 pending inclusion</source>
        <translation>%1 warten auf Aufnahme</translation>
    </message>
    <message>
        <source>No equivocation seen. Evidence appears here when a validator signs two conflicting votes or proposals.</source>
        <translation>Keine Doppelsignatur gesehen. Beweise erscheinen hier, wenn ein Validator zwei widersprüchliche Stimmen oder Vorschläge signiert.</translation>
    </message>
</context>
<context>
    <name>ordo::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>(and %n more alert(s) since the last notification)</source>
        <translation>
            <numerusform>(und %n weiterer Alarm seit der letzten Benachrichtigung)</numerusform>
            <numerusform>(und %n weitere Alarme seit der letzten Benachrichtigung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more alert(s)</source>
        <translation>
            <numerusform>%n weiterer Alarm</numerusform>
            <numerusform>%n weitere Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1. Open the Alerts page for all of them.</source>
        <translation>Neuester: %1. Alle finden Sie auf der Seite „Alarme“.</translation>
    </message>
    <message>
        <source>Ordo control panel</source>
        <translation>Ordo-Kontrollzentrum</translation>
    </message>
    <message>
        <source>Recovered: %1</source>
        <translation>Behoben: %1</translation>
    </message>
    <message>
        <source>The condition has cleared.</source>
        <translation>Die Ursache ist behoben.</translation>
    </message>
</context>
<context>
    <name>ordo::ui::ValidatorTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not in set</source>
        <translation>Nicht im Set</translation>
    </message>
    <message>
        <source>Validator key %1</source>
        <translation>Validatorschlüssel %1</translation>
    </message>
    <message>
        <source>This node&apos;s validator</source>
        <translation>Validator dieses Knotens</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <extracomment>Marks the operator&apos;s own validator in the validator list.</extracomment>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>none seen</source>
        <translation>keine gesehen</translation>
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
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Power %</source>
        <translation>Gewicht %</translation>
    </message>
    <message>
        <source>Proposer priority</source>
        <translation>Proposer-Priorität</translation>
    </message>
    <message>
        <source>Last signed</source>
        <translation>Zuletzt signiert</translation>
    </message>
    <message>
        <source>Missed / window</source>
        <translation>Verpasst / Fenster</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name of the validator</source>
        <translation>Name des Validators</translation>
    </message>
    <message>
        <source>The validator&apos;s x-only public key (first characters; hover a row for all of it)</source>
        <translation>Öffentlicher x-only-Schlüssel des Validators (Anfang; für den vollständigen Wert über eine Zeile fahren)</translation>
    </message>
    <message>
        <source>Voting power (stake) of the validator</source>
        <translation>Stimmgewicht (Stake) des Validators</translation>
    </message>
    <message>
        <source>Share of the total voting power</source>
        <translation>Anteil am gesamten Stimmgewicht</translation>
    </message>
    <message>
        <source>Proposer priority: the validator with the highest priority proposes next</source>
        <translation>Proposer-Priorität: Der Validator mit der höchsten Priorität schlägt als Nächster vor</translation>
    </message>
    <message>
        <source>Last height whose commit certificate carries this validator&apos;s signature</source>
        <translation>Letzte Höhe, deren Commit-Zertifikat die Signatur dieses Validators trägt</translation>
    </message>
    <message>
        <source>Heights whose commit certificate lacks this validator&apos;s signature, out of the heights observed in the recent window</source>
        <translation>Höhen, deren Commit-Zertifikat die Signatur dieses Validators fehlt, von den im jüngsten Fenster beobachteten Höhen</translation>
    </message>
    <message>
        <source>Active: in the validator set and voting</source>
        <translation>Aktiv: im Validatorenset und stimmt ab</translation>
    </message>
</context>
<context>
    <name>ordo::ui::ValidatorsPage</name>
    <message>
        <source>Size and total voting power of the validator set</source>
        <translation>Größe und gesamtes Stimmgewicht des Validatorensets</translation>
    </message>
    <message>
        <source>Whether this node&apos;s key is in the validator set, with its share of the power</source>
        <translation>Ob der Schlüssel dieses Knotens im Validatorenset ist, mit seinem Anteil am Gewicht</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Daten werden gesammelt…</translation>
    </message>
    <message>
        <source>No validator set known yet</source>
        <translation>Noch kein Validatorenset bekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n validator(s), total power %1</source>
        <translation>
            <numerusform>%n Validator, Gesamtgewicht %1</numerusform>
            <numerusform>%n Validatoren, Gesamtgewicht %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This node validates with power %1 (%2 %)</source>
        <translation>Dieser Knoten validiert mit Gewicht %1 (%2 %)</translation>
    </message>
    <message>
        <source>This node&apos;s validator key is not in the active set</source>
        <translation>Der Validatorschlüssel dieses Knotens ist nicht im aktiven Set</translation>
    </message>
    <message>
        <source>This node has no validator key</source>
        <translation>Dieser Knoten hat keinen Validatorschlüssel</translation>
    </message>
</context>
</TS>
