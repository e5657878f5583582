<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>main</name>
    <message>
        <source>Ordo control panel: runs and shows a sequencer node</source>
        <translation>Panel de control Ordo: ejecuta y muestra un nodo secuenciador</translation>
    </message>
    <message>
        <source>Run the embedded local network without asking</source>
        <translation>Ejecutar la red local integrada sin preguntar</translation>
    </message>
    <message>
        <source>Join the network of this genesis file</source>
        <translation>Unirse a la red de este archivo génesis</translation>
    </message>
    <message>
        <source>Peers to join, host:port,...</source>
        <translation>Pares a los que conectarse, host:port,...</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Directorio de datos</translation>
    </message>
    <message>
        <source>JSON-RPC port of the first node</source>
        <translation>Puerto JSON-RPC del primer nodo</translation>
    </message>
    <message>
        <source>P2P port of the first node</source>
        <translation>Puerto P2P del primer nodo</translation>
    </message>
    <message>
        <source>Language: en, de, es, zh_CN</source>
        <translation>Idioma: en, de, es, zh_CN</translation>
    </message>
    <message>
        <source>Theme: system, light, dark</source>
        <translation>Tema: system, light, dark</translation>
    </message>
    <message>
        <source>Ordo</source>
        <translation>Ordo</translation>
    </message>
    <message>
        <source>--rpc-port needs a port number</source>
        <translation>--rpc-port necesita un número de puerto</translation>
    </message>
    <message>
        <source>--p2p-port needs a port number</source>
        <translation>--p2p-port necesita un número de puerto</translation>
    </message>
    <message>
        <source>Starting the node…</source>
        <translation>Iniciando el nodo…</translation>
    </message>
    <message>
        <source>The node could not start:
%1</source>
        <translation>No se pudo iniciar el nodo:
%1</translation>
    </message>
    <message>
        <source>ordod not found at %1</source>
        <translation>ordod no encontrado en %1</translation>
    </message>
    <message>
        <source>ordod init failed: %1</source>
        <translation>ordod init falló: %1</translation>
    </message>
    <message>
        <source>cannot start %1</source>
        <translation>no se puede iniciar %1</translation>
    </message>
    <message>
        <source> (see %1/ordod.out)</source>
        <translation> (ver %1/ordod.out)</translation>
    </message>
    <message>
        <source>Control a headless ordod over JSON-RPC</source>
        <translation>Controlar un ordod sin interfaz por JSON-RPC</translation>
    </message>
    <message>
        <source>Home directory of the ordod to control</source>
        <translation>Directorio raíz del ordod a controlar</translation>
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
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Blocks missed network-wide</source>
        <translation>Bloques perdidos en toda la red</translation>
    </message>
    <message>
        <source>Your validator %1 missed %2 of the last %3 heights, and so did %4 of %5 validators: the network as a whole is struggling, not only this node.</source>
        <translation>Su validador %1 no firmó %2 de las últimas %3 alturas, y lo mismo les ocurrió a %4 de %5 validadores: es la red entera la que tiene problemas, no solo este nodo.</translation>
    </message>
    <message>
        <source>Your validator is missing blocks</source>
        <translation>Su validador está perdiendo bloques</translation>
    </message>
    <message>
        <source>Your validator %1 missed %2 of the last %3 heights while the other validators signed: check this node&apos;s connectivity, clock and load.</source>
        <translation>Su validador %1 no firmó %2 de las últimas %3 alturas mientras los demás validadores sí firmaron: compruebe la conectividad, el reloj y la carga de este nodo.</translation>
    </message>
    <message>
        <source>Validator %1 is missing blocks</source>
        <translation>El validador %1 está perdiendo bloques</translation>
    </message>
    <message>
        <source>%1 (%2% of the voting power) missed %3 of the last %4 heights; its last signature is at height %5. Its node may be down or cut off; the network keeps going while more than 2/3 of the power signs.</source>
        <translation>%1 (%2% del poder de voto) no firmó %3 de las últimas %4 alturas; su última firma está en la altura %5. Puede que su nodo esté caído o aislado; la red sigue funcionando mientras firme más de 2/3 del poder.</translation>
    </message>
    <message>
        <source>No peers</source>
        <translation>Sin pares</translation>
    </message>
    <message>
        <source>Too few peers</source>
        <translation>Muy pocos pares</translation>
    </message>
    <message>
        <source>Connected to %1 peer(s); reaching a quorum needs at least %2 other validator(s). Check the network, the firewall and the peer list.</source>
        <translation>Conectado a %1 par(es); alcanzar el quórum requiere al menos %2 validador(es) más. Compruebe la red, el cortafuegos y la lista de pares.</translation>
    </message>
    <message>
        <source>Node stalled</source>
        <translation>Nodo estancado</translation>
    </message>
    <message>
        <source>No block committed for %1 s (the threshold is %2 s). Deciding height %3, round %4, step %5.</source>
        <translation>Ningún bloque confirmado en %1 s (el umbral es %2 s). Decidiendo altura %3, ronda %4, paso %5.</translation>
    </message>
    <message>
        <source>Node behind the network</source>
        <translation>Nodo por detrás de la red</translation>
    </message>
    <message>
        <source>This node is at height %1, %2 blocks behind the best peer (%3), and is not catching up.</source>
        <translation>Este nodo está en la altura %1, %2 bloques por detrás del mejor par (%3), y no se está poniendo al día.</translation>
    </message>
    <message>
        <source>Disk space low</source>
        <translation>Poco espacio en disco</translation>
    </message>
    <message>
        <source>%1 free on the file system of the data directory %2. The node stops writing blocks when it is full.</source>
        <translation>%1 libres en el sistema de archivos del directorio de datos %2. El nodo deja de escribir bloques cuando se llena.</translation>
    </message>
    <message>
        <source>Clock drift</source>
        <translation>Desfase del reloj</translation>
    </message>
    <message>
        <source>Blocks arrive %1 ms %2 the proposer&apos;s clock; more than %3 ms suggests this machine&apos;s clock is wrong. Enable time synchronisation (NTP).</source>
        <translation>Los bloques llegan %1 ms %2 según el reloj del proponente; más de %3 ms indica que el reloj de esta máquina está mal. Active la sincronización horaria (NTP).</translation>
    </message>
    <message>
        <source>after</source>
        <translation>tarde</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>Equivocation by %1 at height %2</source>
        <translation>Equivocación de %1 en la altura %2</translation>
    </message>
    <message>
        <source>%1 at height %2, round %3 by validator %4 (key %5, power %6). The offender is slashed once the evidence is in a block.</source>
        <translation>%1 en la altura %2, ronda %3, del validador %4 (clave %5, poder %6). El infractor es penalizado en cuanto la evidencia entra en un bloque.</translation>
    </message>
</context>
<context>
    <name>ordo::ui::AlertTableModel</name>
    <message>
        <source>Raised %1, %2 %3</source>
        <translation>Generada %1, %2 %3</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>reconocida</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>recuperada</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>Generada %1</translation>
    </message>
    <message>
        <source>How many times this alert has been raised</source>
        <translation>Cuántas veces se ha generado esta alerta</translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <translation>%1 (reconocida)</translation>
    </message>
    <message>
        <source>%1 (recovered)</source>
        <translation>%1 (recuperada)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Info, Warning or Critical</source>
        <translation>Info, Aviso o Crítica</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué falla</translation>
    </message>
    <message>
        <source>What was measured, and what to check</source>
        <translation>Qué se midió y qué comprobar</translation>
    </message>
    <message>
        <source>When the alert was raised</source>
        <translation>Cuándo se generó la alerta</translation>
    </message>
    <message>
        <source>When the alert cleared</source>
        <translation>Cuándo se resolvió la alerta</translation>
    </message>
</context>
<context>
    <name>ordo::ui::AlertsPage</name>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Show only alerts of one severity</source>
        <translation>Mostrar solo las alertas de una gravedad</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Reconocer</translation>
    </message>
    <message>
        <source>Clear the selected alerts: they move to the history and stay quiet until their condition recovers and goes bad again</source>
        <translation>Descartar las alertas seleccionadas: pasan al historial y permanecen en silencio hasta que su condición se recupere y vuelva a empeorar</translation>
    </message>
    <message>
        <source>Clear &amp;history</source>
        <translation>Borrar &amp;historial</translation>
    </message>
    <message>
        <source>Forget every past alert</source>
        <translation>Olvidar todas las alertas pasadas</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Alertas activas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No alerts — everything looks healthy</source>
        <translation>Sin alertas — todo parece en orden</translation>
    </message>
    <message>
        <source>No past alerts</source>
        <translation>No hay alertas pasadas</translation>
    </message>
</context>
<context>
    <name>ordo::ui::BannedPeerTableModel</name>
    <message>
        <source>until unbanned</source>
        <translation>hasta levantar el veto</translation>
    </message>
    <message>
        <source>Peer id %1</source>
        <translation>Id. de par %1</translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation>Id. de par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Digest of the banned peer&apos;s node key</source>
        <translation>Resumen (digest) de la clave de nodo del par vetado</translation>
    </message>
    <message>
        <source>Why the peer was banned (by the operator or for misbehaviour)</source>
        <translation>Por qué se vetó al par (por el operador o por mal comportamiento)</translation>
    </message>
    <message>
        <source>When the ban ends; bans by the operator last until lifted</source>
        <translation>Cuándo termina el veto; los vetos del operador duran hasta que se levantan</translation>
    </message>
</context>
<context>
    <name>ordo::ui::BlockTableModel</name>
    <message>
        <source>Height start to durable commit on this node</source>
        <translation>Desde el inicio de la altura hasta la confirmación persistente en este nodo</translation>
    </message>
    <message>
        <source>Fetched by block sync: no latency observed</source>
        <translation>Obtenido por sincronización de bloques: sin latencia observada</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Txs</source>
        <translation>Txs</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proponente</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latencia (ms)</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Block height</source>
        <translation>Altura del bloque</translation>
    </message>
    <message>
        <source>Block header time, local time zone</source>
        <translation>Hora de la cabecera del bloque, zona horaria local</translation>
    </message>
    <message>
        <source>Transactions in the block</source>
        <translation>Transacciones del bloque</translation>
    </message>
    <message>
        <source>The validator that proposed the block</source>
        <translation>El validador que propuso el bloque</translation>
    </message>
    <message>
        <source>The round in which the block was decided</source>
        <translation>La ronda en la que se decidió el bloque</translation>
    </message>
    <message>
        <source>Height start to durable commit on this node, in milliseconds</source>
        <translation>Desde el inicio de la altura hasta la confirmación persistente en este nodo, en milisegundos</translation>
    </message>
    <message>
        <source>Block hash (hover a cell for the full hash)</source>
        <translation>Hash del bloque (pase el cursor sobre una celda para verlo completo)</translation>
    </message>
</context>
<context>
    <name>ordo::ui::BlocksPage</name>
    <message>
        <source>The most recent committed blocks. Select one to see its header and certificate.</source>
        <translation>Los últimos bloques confirmados. Seleccione uno para ver su cabecera y su certificado.</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Recopilando datos…</translation>
    </message>
    <message>
        <source>Select a block to see its header, transactions and commit certificate.</source>
        <translation>Seleccione un bloque para ver su cabecera, sus transacciones y su certificado de commit.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Block height</source>
        <translation>Altura del bloque</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Hash of the block header</source>
        <translation>Hash de la cabecera del bloque</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Padre</translation>
    </message>
    <message>
        <source>Hash of the previous block</source>
        <translation>Hash del bloque anterior</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Block header time</source>
        <translation>Hora de la cabecera del bloque</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proponente</translation>
    </message>
    <message>
        <source>The validator that proposed it</source>
        <translation>El validador que lo propuso</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>The round in which it was decided</source>
        <translation>La ronda en la que se decidió</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>Transactions in the block</source>
        <translation>Transacciones del bloque</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Gas usado</translation>
    </message>
    <message>
        <source>Gas used by its transactions</source>
        <translation>Gas usado por sus transacciones</translation>
    </message>
    <message>
        <source>Base fee</source>
        <translation>Tarifa base</translation>
    </message>
    <message>
        <source>EIP-1559 base fee, in wei</source>
        <translation>Tarifa base EIP-1559, en wei</translation>
    </message>
    <message>
        <source>State root</source>
        <translation>Raíz de estado</translation>
    </message>
    <message>
        <source>Root of the state after the block</source>
        <translation>Raíz del estado tras el bloque</translation>
    </message>
    <message>
        <source>Txs root</source>
        <translation>Raíz de txs</translation>
    </message>
    <message>
        <source>Root of its transaction list</source>
        <translation>Raíz de su lista de transacciones</translation>
    </message>
    <message>
        <source>Receipts root</source>
        <translation>Raíz de recibos</translation>
    </message>
    <message>
        <source>Root of its receipts</source>
        <translation>Raíz de sus recibos</translation>
    </message>
    <message>
        <source>Validators hash</source>
        <translation>Hash de validadores</translation>
    </message>
    <message>
        <source>Hash of the validator set that decided it</source>
        <translation>Hash del conjunto de validadores que lo decidió</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Equivocation evidence included</source>
        <translation>Evidencia de equivocación incluida</translation>
    </message>
    <message>
        <source>Transaction hashes</source>
        <translation>Hashes de transacciones</translation>
    </message>
    <message>
        <source>Hashes of the transactions in this block, in block order.</source>
        <translation>Hashes de las transacciones de este bloque, en el orden del bloque.</translation>
    </message>
    <message>
        <source>Commit certificate</source>
        <translation>Certificado de commit</translation>
    </message>
    <message>
        <source>Voting power of the precommits that committed this block, against the total power. More than 2/3 is needed.</source>
        <translation>Poder de voto de los precommits que confirmaron este bloque, frente al poder total. Se necesita más de 2/3.</translation>
    </message>
    <message>
        <source>Validator</source>
        <translation>Validador</translation>
    </message>
    <message>
        <source>Moniker</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Poder</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>The precommit signatures in the certificate.</source>
        <translation>Las firmas de precommit del certificado.</translation>
    </message>
    <message>
        <source>No blocks committed yet.</source>
        <translation>Aún no hay bloques confirmados.</translation>
    </message>
    <message>
        <source>Loading block %1…</source>
        <translation>Cargando el bloque %1…</translation>
    </message>
    <message>
        <source>Block %1 is not in this node&apos;s store: it may have been pruned, or the node restarted from a snapshot.</source>
        <translation>El bloque %1 no está en el almacén de este nodo: puede que se haya podado o que el nodo se reiniciara desde una instantánea.</translation>
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
        <translation>No hay transacciones en este bloque.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>No commit certificate stored for this block yet (it arrives with the next block).</source>
        <translation>Aún no hay certificado de commit guardado para este bloque (llega con el siguiente bloque).</translation>
    </message>
    <message>
        <source>Round %1 · %2 signatures · signed power %3 of %4 (%5 %)</source>
        <translation>Ronda %1 · %2 firmas · poder firmado %3 de %4 (%5 %)</translation>
    </message>
</context>
<context>
    <name>ordo::ui::ConsensusPage</name>
    <message>
        <source>propose</source>
        <translation>propuesta</translation>
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
        <translation>sin iniciar</translation>
    </message>
    <message>
        <source>Last </source>
        <translation>Últimas </translation>
    </message>
    <message>
        <source> heights</source>
        <translation> alturas</translation>
    </message>
    <message>
        <source>How many of the most recent heights the charts show (the page keeps up to %1).</source>
        <translation>Cuántas de las alturas más recientes muestran los gráficos (la página guarda hasta %1).</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Rango:</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Freeze the charts; data keeps being collected and shows on resume.</source>
        <translation>Congelar los gráficos; los datos se siguen recopilando y se muestran al reanudar.</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>R&amp;establecer</translation>
    </message>
    <message>
        <source>Forget the heights collected so far and start again from the next one.</source>
        <translation>Olvidar las alturas recopiladas hasta ahora y empezar de nuevo desde la siguiente.</translation>
    </message>
    <message>
        <source>Export PN&amp;G…</source>
        <translation>Exportar PN&amp;G…</translation>
    </message>
    <message>
        <source>Save the four charts as one PNG image.</source>
        <translation>Guardar los cuatro gráficos como una sola imagen PNG.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the phase timings of the heights shown as CSV.</source>
        <translation>Guardar como CSV los tiempos de fase de las alturas mostradas.</translation>
    </message>
    <message>
        <source>Heights shown out of the heights collected by this page.</source>
        <translation>Alturas mostradas del total de alturas recopiladas por esta página.</translation>
    </message>
    <message>
        <source>Phase durations per height</source>
        <translation>Duración de las fases por altura</translation>
    </message>
    <message>
        <source>height</source>
        <translation>altura</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Time spent in each consensus phase of every committed height, stacked: propose, prevote, precommit, then commit (execution and storage).</source>
        <translation>Tiempo empleado en cada fase del consenso de cada altura confirmada, apilado: propuesta, prevote, precommit y después commit (ejecución y almacenamiento).</translation>
    </message>
    <message>
        <source>Rounds per height</source>
        <translation>Rondas por altura</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>rondas</translation>
    </message>
    <message>
        <source>How many rounds each height needed; more than one means a round timed out.</source>
        <translation>Cuántas rondas necesitó cada altura; más de una significa que una ronda agotó su tiempo.</translation>
    </message>
    <message>
        <source>Commit latency</source>
        <translation>Latencia de commit</translation>
    </message>
    <message>
        <source>heights</source>
        <translation>alturas</translation>
    </message>
    <message>
        <source>Distribution of the time from height start to durable commit, over the heights shown that this node decided itself (synced heights are left out).</source>
        <translation>Distribución del tiempo desde el inicio de la altura hasta la confirmación persistente, sobre las alturas mostradas que decidió este propio nodo (se excluyen las alturas sincronizadas).</translation>
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
        <translation>Ronda en curso</translation>
    </message>
    <message>
        <source>ms since round start</source>
        <translation>ms desde el inicio de la ronda</translation>
    </message>
    <message>
        <source>voting power</source>
        <translation>poder de voto</translation>
    </message>
    <message>
        <source>Prevote and precommit power received in the current round, against the 2/3 quorum. Dashed verticals mark timeouts of this round.</source>
        <translation>Poder de prevote y precommit recibido en la ronda actual, frente al quórum de 2/3. Las líneas verticales discontinuas marcan los tiempos agotados de esta ronda.</translation>
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
        <translation>quórum de 2/3</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Recopilando datos…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Re&amp;anudar</translation>
    </message>
    <message>
        <source>%1 of %2 heights</source>
        <translation>%1 de %2 alturas</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
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
        <translation>quórum de 2/3 (%1)</translation>
    </message>
    <message>
        <source>%1 at height %2 round %3</source>
        <translation>%1 en la altura %2, ronda %3</translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation>tiempo agotado %1</translation>
    </message>
    <message>
        <source>Height %1 · round %2 · %3 — prevotes %4 / %5 (nil %6) · precommits %7 / %5 (nil %8) · quorum %9</source>
        <translation>Altura %1 · ronda %2 · %3 — prevotes %4 / %5 (nil %6) · precommits %7 / %5 (nil %8) · quórum %9</translation>
    </message>
    <message>
        <source>No recent timeouts</source>
        <translation>Sin tiempos agotados recientes</translation>
    </message>
    <message>
        <source>Recent timeouts: %1</source>
        <translation>Tiempos agotados recientes: %1</translation>
    </message>
    <message>
        <source>Export phase timings</source>
        <translation>Exportar tiempos de fase</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Exportar gráficos</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>ordo::ui::EvidenceTableModel</name>
    <message>
        <source>Duplicate prevote</source>
        <translation>Prevote duplicado</translation>
    </message>
    <message>
        <source>Duplicate precommit</source>
        <translation>Precommit duplicado</translation>
    </message>
    <message>
        <source>Double proposal</source>
        <translation>Propuesta doble</translation>
    </message>
    <message>
        <source>Validator %1, key %2</source>
        <translation>Validador %1, clave %2</translation>
    </message>
    <message>
        <source>Committed in block %1</source>
        <translation>Confirmada en el bloque %1</translation>
    </message>
    <message>
        <source>Seen by this node, not yet included in a block</source>
        <translation>Vista por este nodo, aún no incluida en un bloque</translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
    <message>
        <source>at height %1</source>
        <translation>en la altura %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Infractor</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Poder</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluida</translation>
    </message>
    <message>
        <source>What the offender signed twice</source>
        <translation>Qué firmó dos veces el infractor</translation>
    </message>
    <message>
        <source>Height of the conflicting votes or proposals</source>
        <translation>Altura de los votos o propuestas en conflicto</translation>
    </message>
    <message>
        <source>Round of the conflicting votes or proposals</source>
        <translation>Ronda de los votos o propuestas en conflicto</translation>
    </message>
    <message>
        <source>The validator that equivocated (moniker and key prefix)</source>
        <translation>El validador que cometió la equivocación (alias y prefijo de clave)</translation>
    </message>
    <message>
        <source>The offender&apos;s voting power</source>
        <translation>El poder de voto del infractor</translation>
    </message>
    <message>
        <source>When this node first saw the evidence, local time</source>
        <translation>Cuándo vio este nodo la evidencia por primera vez, hora local</translation>
    </message>
    <message>
        <source>The block that includes the evidence, or pending</source>
        <translation>El bloque que incluye la evidencia, o pendiente</translation>
    </message>
</context>
<context>
    <name>ordo::ui::FirstRunDialog</name>
    <message>
        <source>Choose the ordod home directory.</source>
        <translation>Elija el directorio home de ordod.</translation>
    </message>
    <message>
        <source>Choose a data directory.</source>
        <translation>Elija un directorio de datos.</translation>
    </message>
    <message>
        <source>%1 is a file, not a directory.</source>
        <translation>%1 es un archivo, no un directorio.</translation>
    </message>
    <message>
        <source>Choose the genesis file</source>
        <translation>Elegir el archivo génesis</translation>
    </message>
    <message>
        <source>Choose the ordod program</source>
        <translation>Elegir el programa ordod</translation>
    </message>
    <message>
        <source>Choose the ordod home</source>
        <translation>Elegir el home de ordod</translation>
    </message>
    <message>
        <source>Choose the data directory</source>
        <translation>Elegir el directorio de datos</translation>
    </message>
    <message>
        <source>Welcome to Ordo</source>
        <translation>Bienvenido a Ordo</translation>
    </message>
    <message>
        <source>Choose what this panel runs. You can change it later in Settings.</source>
        <translation>Elija qué ejecuta este panel. Puede cambiarlo más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>Run a &amp;local network</source>
        <translation>Ejecutar una red &amp;local</translation>
    </message>
    <message>
        <source>Your node plus three companion validators in this process, over loopback; live consensus within seconds.</source>
        <translation>Su nodo más tres validadores acompañantes en este proceso, por loopback; consenso en marcha en segundos.</translation>
    </message>
    <message>
        <source>&amp;Join a network</source>
        <translation>&amp;Unirse a una red</translation>
    </message>
    <message>
        <source>One node that joins an existing network: it needs the network&apos;s genesis file and the addresses of a few of its nodes.</source>
        <translation>Un nodo que se une a una red existente: necesita el archivo génesis de la red y las direcciones de algunos de sus nodos.</translation>
    </message>
    <message>
        <source>Start the headless &amp;ordod</source>
        <translation>Iniciar &amp;ordod sin interfaz</translation>
    </message>
    <message>
        <source>Start the ordod daemon from its home directory and watch it from here.</source>
        <translation>Iniciar el demonio ordod desde su directorio home y supervisarlo desde aquí.</translation>
    </message>
    <message>
        <source>&amp;Genesis file:</source>
        <translation>Archivo &amp;génesis:</translation>
    </message>
    <message>
        <source>genesis.json</source>
        <translation>genesis.json</translation>
    </message>
    <message>
        <source>The network&apos;s genesis file: chain id, validators and initial balances</source>
        <translation>El archivo génesis de la red: chain id, validadores y saldos iniciales</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;Peers:</source>
        <translation>&amp;Pares:</translation>
    </message>
    <message>
        <source>host:port, host:port, …</source>
        <translation>host:port, host:port, …</translation>
    </message>
    <message>
        <source>Nodes of the network to connect to first, separated by commas</source>
        <translation>Nodos de la red a los que conectarse primero, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>P&amp;rograma:</translation>
    </message>
    <message>
        <source>/usr/bin/ordod</source>
        <translation>/usr/bin/ordod</translation>
    </message>
    <message>
        <source>The ordod program</source>
        <translation>El programa ordod</translation>
    </message>
    <message>
        <source>&amp;Home:</source>
        <translation>&amp;Home:</translation>
    </message>
    <message>
        <source>The home directory written by &quot;ordod init&quot;</source>
        <translation>El directorio home creado por &quot;ordod init&quot;</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>&amp;Directorio de datos:</translation>
    </message>
    <message>
        <source>Where blocks, state and keys are stored; needs at least 1 GiB free</source>
        <translation>Donde se guardan los bloques, el estado y las claves; necesita al menos 1 GiB libre</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Choose a directory</source>
        <translation>Elegir un directorio</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <source>%1 free — not enough (at least 1 GiB)</source>
        <translation>%1 libres — insuficiente (al menos 1 GiB)</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Local time the line was written</source>
        <translation>Hora local a la que se escribió la línea</translation>
    </message>
    <message>
        <source>Severity of the line</source>
        <translation>Gravedad de la línea</translation>
    </message>
    <message>
        <source>The node that wrote the line</source>
        <translation>El nodo que escribió la línea</translation>
    </message>
    <message>
        <source>What the node reported</source>
        <translation>Lo que informó el nodo</translation>
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
        <translation>Recopilando datos…</translation>
    </message>
    <message>
        <source>Lines shown by the filter, lines kept (at most %1) and lines dropped because the panel fell behind</source>
        <translation>Líneas mostradas por el filtro, líneas guardadas (como máximo %1) y líneas descartadas porque el panel se retrasó</translation>
    </message>
    <message>
        <source>Hide lines below this level</source>
        <translation>Ocultar las líneas por debajo de este nivel</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug y superiores</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info y superiores</translation>
    </message>
    <message>
        <source>Warnings and above</source>
        <translation>Avisos y superiores</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows only lines whose message or source contains this text (case-insensitive)</source>
        <translation>Muestra solo las líneas cuyo mensaje u origen contiene este texto (sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <source>&amp;Auto-scroll</source>
        <translation>&amp;Desplazamiento automático</translation>
    </message>
    <message>
        <source>Keep the newest line in view; scrolling up pauses it</source>
        <translation>Mantener visible la línea más reciente; desplazarse hacia arriba lo pausa</translation>
    </message>
    <message>
        <source>&amp;Open log file</source>
        <translation>&amp;Abrir archivo de registro</translation>
    </message>
    <message>
        <source>Open the node&apos;s log file with the system&apos;s viewer</source>
        <translation>Abrir el archivo de registro del nodo con el visor del sistema</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save the lines shown (after filtering) to a text file</source>
        <translation>Guardar las líneas mostradas (tras filtrar) en un archivo de texto</translation>
    </message>
    <message numerus="yes">
        <source>Log lines per hour by level over the last %n hour(s)</source>
        <translation>
            <numerusform>Líneas de registro por hora y nivel durante %n hora</numerusform>
            <numerusform>Líneas de registro por hora y nivel en las últimas %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>hour (local time)</source>
        <translation>hora (hora local)</translation>
    </message>
    <message>
        <source>lines / hour</source>
        <translation>líneas / hora</translation>
    </message>
    <message>
        <source>The node does not write a log file</source>
        <translation>El nodo no escribe ningún archivo de registro</translation>
    </message>
    <message>
        <source>Open %1 with the system&apos;s viewer</source>
        <translation>Abrir %1 con el visor del sistema</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s) shown</source>
        <translation>
            <numerusform>Se muestran %1 de %n línea</numerusform>
            <numerusform>Se muestran %1 de %n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 descartadas</translation>
    </message>
    <message>
        <source>No line matches the filter</source>
        <translation>Ninguna línea coincide con el filtro</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Exportar registro</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log)</source>
        <translation>Archivos de texto (*.txt *.log)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ordo::ui::MainWindow</name>
    <message>
        <source>About Ordo</source>
        <translation>Acerca de Ordo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ordo&lt;/h3&gt;&lt;p&gt;Control panel of an Ordo decentralized sequencer node: staked sequencers agree on every rollup block by Tendermint BFT consensus.&lt;/p&gt;&lt;p&gt;Qt %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ordo&lt;/h3&gt;&lt;p&gt;Panel de control de un nodo secuenciador descentralizado Ordo: secuenciadores con stake acuerdan cada bloque del rollup mediante el consenso Tendermint BFT.&lt;/p&gt;&lt;p&gt;Qt %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Stop the node and close the panel</source>
        <translation>Detener el nodo y cerrar el panel</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Red</translation>
    </message>
    <message>
        <source>Run a &amp;local network</source>
        <translation>Ejecutar una red &amp;local</translation>
    </message>
    <message>
        <source>Your node plus three companion validators in this process, over loopback</source>
        <translation>Su nodo más tres validadores acompañantes en este proceso, por loopback</translation>
    </message>
    <message>
        <source>&amp;Join a network…</source>
        <translation>&amp;Unirse a una red…</translation>
    </message>
    <message>
        <source>Run one node that joins an existing network from its genesis file and peers</source>
        <translation>Ejecutar un nodo que se une a una red existente a partir de su archivo génesis y sus pares</translation>
    </message>
    <message>
        <source>Start &amp;ordod…</source>
        <translation>Iniciar &amp;ordod…</translation>
    </message>
    <message>
        <source>Start the headless ordod daemon and watch it</source>
        <translation>Iniciar el demonio ordod sin interfaz y supervisarlo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Ordo</source>
        <translation>&amp;Acerca de Ordo</translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 … Ctrl+9)</source>
        <translation>Páginas (Ctrl+1 … Ctrl+9)</translation>
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
        <translation>Ordo — %1 — altura %2</translation>
    </message>
</context>
<context>
    <name>ordo::ui::MempoolPage</name>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Transactions ready for the next block (their nonce is next)</source>
        <translation>Transacciones listas para el siguiente bloque (su nonce es el siguiente)</translation>
    </message>
    <message>
        <source>Transactions waiting for an earlier nonce of their sender</source>
        <translation>Transacciones a la espera de un nonce anterior de su remitente</translation>
    </message>
    <message>
        <source>Bytes held by the mempool against its limit; at the limit the lowest tips are evicted</source>
        <translation>Bytes ocupados en la mempool frente a su límite; al llegar al límite se desalojan las propinas más bajas</translation>
    </message>
    <message>
        <source>Transactions held (pending and queued) against the mempool&apos;s limit</source>
        <translation>Transacciones retenidas (pendientes y en cola) frente al límite de la mempool</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Recopilando datos…</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message numerus="yes">
        <source>Transactions admitted per second over the last %n second(s)</source>
        <translation>
            <numerusform>Transacciones admitidas por segundo durante %n segundo</numerusform>
            <numerusform>Transacciones admitidas por segundo en los últimos %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Transactions admitted since the node started</source>
        <translation>Transacciones admitidas desde que se inició el nodo</translation>
    </message>
    <message>
        <source>Transactions dropped to make room for better-paying ones, since the node started</source>
        <translation>Transacciones descartadas para dejar sitio a otras que pagan más, desde que se inició el nodo</translation>
    </message>
    <message>
        <source>Transactions dropped because they waited too long, since the node started</source>
        <translation>Transacciones descartadas por esperar demasiado, desde que se inició el nodo</translation>
    </message>
    <message>
        <source>Admission rate</source>
        <translation>Tasa de admisión</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitidas</translation>
    </message>
    <message>
        <source>Evicted</source>
        <translation>Desalojadas</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducadas</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <source>Rejections per second by reason over the last few seconds</source>
        <translation>Rechazos por segundo según el motivo en los últimos segundos</translation>
    </message>
    <message>
        <source>rejections / s</source>
        <translation>rechazos / s</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>Top transactions by tip</source>
        <translation>Transacciones con mayor propina</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 tx/s</source>
        <translation>%1 tx/s</translation>
    </message>
    <message>
        <source>No pending transactions</source>
        <translation>No hay transacciones pendientes</translation>
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
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Tip (gwei)</source>
        <translation>Propina (gwei)</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Tamaño (bytes)</translation>
    </message>
    <message>
        <source>Transaction hash</source>
        <translation>Hash de la transacción</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>Sender&apos;s nonce of the transaction</source>
        <translation>Nonce del remitente de la transacción</translation>
    </message>
    <message>
        <source>Effective priority fee at the next block&apos;s base fee, in gwei</source>
        <translation>Tarifa de prioridad efectiva con la tarifa base del siguiente bloque, en gwei</translation>
    </message>
    <message>
        <source>Gas limit of the transaction</source>
        <translation>Límite de gas de la transacción</translation>
    </message>
    <message>
        <source>Encoded size of the transaction in bytes</source>
        <translation>Tamaño codificado de la transacción en bytes</translation>
    </message>
</context>
<context>
    <name>ordo::ui::MetricCard</name>
    <message>
        <source>Collecting data…</source>
        <translation>Recopilando datos…</translation>
    </message>
</context>
<context>
    <name>ordo::ui::NodeStatusBar</name>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Waiting for the first status from the node</source>
        <translation>Esperando el primer estado del nodo</translation>
    </message>
    <message>
        <source>Peers: —</source>
        <translation>Pares: —</translation>
    </message>
    <message>
        <source>Connected peers; click to pause networking</source>
        <translation>Pares conectados; haga clic para pausar la red</translation>
    </message>
    <message>
        <source>Height: —</source>
        <translation>Altura: —</translation>
    </message>
    <message>
        <source>The last committed block</source>
        <translation>El último bloque confirmado</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>The node %1 is running on chain %2</source>
        <translation>El nodo %1 se ejecuta en la cadena %2</translation>
    </message>
    <message>
        <source>The node is not running</source>
        <translation>El nodo no está en ejecución</translation>
    </message>
    <message>
        <source>Network paused</source>
        <translation>Red en pausa</translation>
    </message>
    <message>
        <source>Peer-to-peer networking is paused; click to resume</source>
        <translation>La red entre pares está en pausa; haga clic para reanudarla</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n par</numerusform>
            <numerusform>%n pares</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected peers; click to pause all peer-to-peer networking</source>
        <translation>Pares conectados; haga clic para pausar toda la red entre pares</translation>
    </message>
    <message>
        <source>Height %1</source>
        <translation>Altura %1</translation>
    </message>
    <message>
        <source>The last committed block; deciding height %1, round %2 (%3)</source>
        <translation>El último bloque confirmado; decidiendo altura %1, ronda %2 (%3)</translation>
    </message>
    <message>
        <source>Syncing %1 / %2</source>
        <translation>Sincronizando %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Catching up with the best peer: %n block(s) to go</source>
        <translation>
            <numerusform>Poniéndose al día con el mejor par: falta %n bloque</numerusform>
            <numerusform>Poniéndose al día con el mejor par: faltan %n bloques</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing, last height %1</source>
        <translation>Firmando, última altura %1</translation>
    </message>
    <message>
        <source>This node&apos;s validator key is in the active set (power %1 of %2); the double-sign guard last signed at height %3</source>
        <translation>La clave de validador de este nodo está en el conjunto activo (poder %1 de %2); la protección contra doble firma firmó por última vez en la altura %3</translation>
    </message>
    <message>
        <source>Not a validator</source>
        <translation>No es validador</translation>
    </message>
    <message>
        <source>This node has no validator key</source>
        <translation>Este nodo no tiene clave de validador</translation>
    </message>
    <message>
        <source>This node&apos;s validator key is not in the active set</source>
        <translation>La clave de validador de este nodo no está en el conjunto activo</translation>
    </message>
</context>
<context>
    <name>ordo::ui::OverviewPage</name>
    <message>
        <source>%1 s ago</source>
        <translation>hace %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
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
        <translation>Propuesta</translation>
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
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Active validator</source>
        <translation>Validador activo</translation>
    </message>
    <message>
        <source>Not a validator</source>
        <translation>No es validador</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>The height being decided, and the last height committed to this node&apos;s store.</source>
        <translation>La altura en decisión y la última altura confirmada en el almacén de este nodo.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>The consensus round at the current height. Above 0 means earlier rounds timed out.</source>
        <translation>La ronda de consenso en la altura actual. Por encima de 0 significa que rondas anteriores agotaron su tiempo.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>The Tendermint step of the current round: propose, prevote, precommit or commit.</source>
        <translation>El paso Tendermint de la ronda actual: propuesta, prevote, precommit o commit.</translation>
    </message>
    <message>
        <source>Last block</source>
        <translation>Último bloque</translation>
    </message>
    <message>
        <source>How long ago the last block was produced (its header time), at the last poll.</source>
        <translation>Hace cuánto se produjo el último bloque (hora de su cabecera), en la última consulta.</translation>
    </message>
    <message>
        <source>Block interval</source>
        <translation>Intervalo de bloques</translation>
    </message>
    <message>
        <source>Time between the last two blocks, against the configured target interval.</source>
        <translation>Tiempo entre los dos últimos bloques, frente al intervalo objetivo configurado.</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Connected peers, and the highest height any of them reported.</source>
        <translation>Pares conectados y la mayor altura que ha informado alguno de ellos.</translation>
    </message>
    <message>
        <source>Mempool</source>
        <translation>Mempool</translation>
    </message>
    <message>
        <source>Transactions ready for the next block (pending) and waiting on a nonce gap (queued), with their total size.</source>
        <translation>Transacciones listas para el siguiente bloque (pendientes) y a la espera por un hueco de nonce (en cola), con su tamaño total.</translation>
    </message>
    <message>
        <source>Validator status</source>
        <translation>Estado del validador</translation>
    </message>
    <message>
        <source>Whether this node&apos;s validator key is in the active validator set.</source>
        <translation>Si la clave de validador de este nodo está en el conjunto de validadores activo.</translation>
    </message>
    <message>
        <source>Own voting power</source>
        <translation>Poder de voto propio</translation>
    </message>
    <message>
        <source>This node&apos;s stake as voting power, and its share of the total power.</source>
        <translation>El stake de este nodo como poder de voto y su proporción del poder total.</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>The last height the double-sign guard recorded a signature for. The signer refuses to sign twice at a height.</source>
        <translation>La última altura para la que la protección contra doble firma registró una firma. El firmante se niega a firmar dos veces en una misma altura.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Progress towards the best height a peer reported; the ETA uses the catch-up rate measured over the last polls.</source>
        <translation>Progreso hacia la mejor altura informada por un par; el tiempo estimado usa la velocidad de puesta al día medida en las últimas consultas.</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>The chain id, the EVM chain id and the JSON-RPC endpoint of this node.</source>
        <translation>El chain id, el chain id de EVM y el endpoint JSON-RPC de este nodo.</translation>
    </message>
    <message>
        <source>Local validators</source>
        <translation>Validadores locales</translation>
    </message>
    <message>
        <source>The validators running inside this process (local network mode).</source>
        <translation>Los validadores que se ejecutan dentro de este proceso (modo de red local).</translation>
    </message>
    <message>
        <source>Could not change the validator: %1</source>
        <translation>No se pudo cambiar el validador: %1</translation>
    </message>
    <message>
        <source>Last committed: %1</source>
        <translation>Último confirmado: %1</translation>
    </message>
    <message>
        <source>Earlier rounds failed: %1</source>
        <translation>Rondas anteriores fallidas: %1</translation>
    </message>
    <message>
        <source>First round</source>
        <translation>Primera ronda</translation>
    </message>
    <message>
        <source>Node stopped</source>
        <translation>Nodo detenido</translation>
    </message>
    <message>
        <source>No block yet</source>
        <translation>Aún no hay bloques</translation>
    </message>
    <message>
        <source>Height %1</source>
        <translation>Altura %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>Networking paused</source>
        <translation>Red en pausa</translation>
    </message>
    <message>
        <source>Best peer height %1</source>
        <translation>Mejor altura de par %1</translation>
    </message>
    <message>
        <source>No peer height reported</source>
        <translation>Ningún par ha informado su altura</translation>
    </message>
    <message>
        <source>%1 pending / %2 queued</source>
        <translation>%1 pendientes / %2 en cola</translation>
    </message>
    <message>
        <source>Key %1…</source>
        <translation>Clave %1…</translation>
    </message>
    <message>
        <source>No validator key on this node</source>
        <translation>No hay clave de validador en este nodo</translation>
    </message>
    <message>
        <source>Key %1… is not in the active set</source>
        <translation>La clave %1… no está en el conjunto activo</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>of %1 total</source>
        <translation>de %1 en total</translation>
    </message>
    <message>
        <source>Last signed %1</source>
        <translation>Última firma %1</translation>
    </message>
    <message>
        <source>Nothing signed yet</source>
        <translation>Aún no se ha firmado nada</translation>
    </message>
    <message>
        <source>Behind the chain by %1 heights</source>
        <translation>%1 alturas por detrás de la cadena</translation>
    </message>
    <message>
        <source>EVM chain id %1 · RPC %2</source>
        <translation>Chain id de EVM %1 · RPC %2</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>No peers</source>
        <translation>Sin pares</translation>
    </message>
    <message>
        <source>Nothing to compare against</source>
        <translation>Nada con qué comparar</translation>
    </message>
    <message>
        <source>At the best peer height %1</source>
        <translation>En la mejor altura de par %1</translation>
    </message>
    <message>
        <source>Syncing %1 %</source>
        <translation>Sincronizando %1 %</translation>
    </message>
    <message>
        <source>ETA %1 at %2 blocks/s</source>
        <translation>Tiempo estimado %1 a %2 bloques/s</translation>
    </message>
    <message>
        <source>ETA unknown: measuring the catch-up rate</source>
        <translation>Tiempo estimado desconocido: midiendo la velocidad de puesta al día</translation>
    </message>
    <message>
        <source>%1 blocks behind</source>
        <translation>%1 bloques por detrás</translation>
    </message>
    <message>
        <source>%1 (this node)</source>
        <translation>%1 (este nodo)</translation>
    </message>
    <message>
        <source>RPC %1 · P2P %2</source>
        <translation>RPC %1 · P2P %2</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Whether this validator&apos;s node is running in this process.</source>
        <translation>Si el nodo de este validador se está ejecutando en este proceso.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop %1; the network continues while more than 2/3 of the power runs.</source>
        <translation>Detener %1; la red continúa mientras funcione más de 2/3 del poder.</translation>
    </message>
    <message>
        <source>Restart %1 from its data directory.</source>
        <translation>Reiniciar %1 desde su directorio de datos.</translation>
    </message>
</context>
<context>
    <name>ordo::ui::Panel</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validadores</translation>
    </message>
    <message>
        <source>Mempool</source>
        <translation>Mempool</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloques</translation>
    </message>
    <message>
        <source>Staking &amp; Slashing</source>
        <translation>Staking y penalizaciones</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
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
        <translation>Id. de par %1
Clave de nodo %2</translation>
    </message>
    <message>
        <source>Connected since %1</source>
        <translation>Conectado desde %1</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>saliente</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>entrante</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation>Id. de par</translation>
    </message>
    <message>
        <source>Moniker</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Poder</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>RTT (ms)</source>
        <translation>RTT (ms)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Digest of the peer&apos;s node key (first characters; hover a row for all of it)</source>
        <translation>Resumen (digest) de la clave de nodo del par (primeros caracteres; pase el cursor sobre una fila para verlo completo)</translation>
    </message>
    <message>
        <source>Name the peer announced</source>
        <translation>Nombre anunciado por el par</translation>
    </message>
    <message>
        <source>Network address of the connection (host:port)</source>
        <translation>Dirección de red de la conexión (host:port)</translation>
    </message>
    <message>
        <source>Outbound: this node dialled the peer. Inbound: the peer dialled this node</source>
        <translation>Saliente: este nodo llamó al par. Entrante: el par llamó a este nodo</translation>
    </message>
    <message>
        <source>Voting power of the validator running on the peer; – when it is not a validator</source>
        <translation>Poder de voto del validador que se ejecuta en el par; – si no es validador</translation>
    </message>
    <message>
        <source>Last height the peer reported</source>
        <translation>Última altura informada por el par</translation>
    </message>
    <message>
        <source>Round-trip time of the last ping, in milliseconds</source>
        <translation>Tiempo de ida y vuelta del último ping, en milisegundos</translation>
    </message>
    <message>
        <source>Bytes received from the peer on this connection</source>
        <translation>Bytes recibidos del par en esta conexión</translation>
    </message>
    <message>
        <source>Bytes sent to the peer on this connection</source>
        <translation>Bytes enviados al par en esta conexión</translation>
    </message>
    <message>
        <source>Misbehaviour points; the peer is banned when they reach the limit</source>
        <translation>Puntos por mal comportamiento; el par se veta cuando alcanzan el límite</translation>
    </message>
    <message>
        <source>How long the connection has been up</source>
        <translation>Cuánto tiempo lleva activa la conexión</translation>
    </message>
</context>
<context>
    <name>ordo::ui::PeersPage</name>
    <message>
        <source>Peers connected to this node right now</source>
        <translation>Pares conectados ahora mismo a este nodo</translation>
    </message>
    <message>
        <source>Filter by id, moniker or address (Ctrl+F)</source>
        <translation>Filtrar por id., alias o dirección (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows only the peers whose id, moniker or address contains this text</source>
        <translation>Muestra solo los pares cuyo id., alias o dirección contiene este texto</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Recopilando datos…</translation>
    </message>
    <message>
        <source>Selected peer</source>
        <translation>Par seleccionado</translation>
    </message>
    <message>
        <source>Peer id</source>
        <translation>Id. de par</translation>
    </message>
    <message>
        <source>Digest of the peer&apos;s node key</source>
        <translation>Resumen (digest) de la clave de nodo del par</translation>
    </message>
    <message>
        <source>Node key</source>
        <translation>Clave de nodo</translation>
    </message>
    <message>
        <source>The peer&apos;s x-only public node key (hex)</source>
        <translation>La clave pública x-only del nodo del par (hex)</translation>
    </message>
    <message>
        <source>Moniker</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Name the peer announced</source>
        <translation>Nombre anunciado por el par</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Network address of the connection (host:port)</source>
        <translation>Dirección de red de la conexión (host:port)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Outbound: this node dialled the peer. Inbound: the peer dialled this node</source>
        <translation>Saliente: este nodo llamó al par. Entrante: el par llamó a este nodo</translation>
    </message>
    <message>
        <source>Validator power</source>
        <translation>Poder del validador</translation>
    </message>
    <message>
        <source>Voting power of the validator running on the peer</source>
        <translation>Poder de voto del validador que se ejecuta en el par</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Last height the peer reported</source>
        <translation>Última altura informada por el par</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Round-trip time of the last ping</source>
        <translation>Tiempo de ida y vuelta del último ping</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Bytes received from the peer on this connection</source>
        <translation>Bytes recibidos del par en esta conexión</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Bytes sent to the peer on this connection</source>
        <translation>Bytes enviados al par en esta conexión</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Misbehaviour points</source>
        <translation>Puntos por mal comportamiento</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>When the connection was established</source>
        <translation>Cuándo se estableció la conexión</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Drop the connection to the selected peer (it may reconnect)</source>
        <translation>Cortar la conexión con el par seleccionado (puede volver a conectarse)</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Vetar…</translation>
    </message>
    <message>
        <source>Disconnect the selected peer and refuse it until unbanned</source>
        <translation>Desconectar el par seleccionado y rechazarlo hasta que se levante el veto</translation>
    </message>
    <message>
        <source>Banned peers</source>
        <translation>Pares vetados</translation>
    </message>
    <message>
        <source>No banned peers</source>
        <translation>No hay pares vetados</translation>
    </message>
    <message>
        <source>&amp;Unban</source>
        <translation>&amp;Quitar veto</translation>
    </message>
    <message>
        <source>Lift the ban on the selected peer</source>
        <translation>Levantar el veto al par seleccionado</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) connected</source>
        <translation>
            <numerusform>%n par conectado</numerusform>
            <numerusform>%n pares conectados</numerusform>
        </translation>
    </message>
    <message>
        <source>No peers connected</source>
        <translation>No hay pares conectados</translation>
    </message>
    <message>
        <source>No peer matches the filter</source>
        <translation>Ningún par coincide con el filtro</translation>
    </message>
    <message>
        <source>Select a peer to see its details</source>
        <translation>Seleccione un par para ver sus detalles</translation>
    </message>
    <message>
        <source>not a validator</source>
        <translation>no es validador</translation>
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
        <translation>%1 (hace %2)</translation>
    </message>
    <message>
        <source>Ban peer</source>
        <translation>Vetar par</translation>
    </message>
    <message>
        <source>Ban %1 (%2)?

The peer is disconnected and refused until you unban it.</source>
        <translation>¿Vetar a %1 (%2)?

El par se desconecta y se rechaza hasta que levante el veto.</translation>
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
        <translation>Recopilando datos…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Rate (/s)</source>
        <translation>Tasa (/s)</translation>
    </message>
    <message>
        <source>Why the mempool refused the transaction</source>
        <translation>Por qué la mempool rechazó la transacción</translation>
    </message>
    <message>
        <source>Transactions refused for this reason since the node started</source>
        <translation>Transacciones rechazadas por este motivo desde que se inició el nodo</translation>
    </message>
    <message numerus="yes">
        <source>Refusals per second over the last %n second(s)</source>
        <translation>
            <numerusform>Rechazos por segundo durante %n segundo</numerusform>
            <numerusform>Rechazos por segundo en los últimos %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::ui::SettingsPage</name>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Directorio de datos</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Running network</source>
        <translation>Red en ejecución</translation>
    </message>
    <message>
        <source>Restart the panel to apply the changed network settings.</source>
        <translation>Reinicie el panel para aplicar los cambios en los ajustes de red.</translation>
    </message>
    <message>
        <source>Run a local network</source>
        <translation>Ejecutar una red local</translation>
    </message>
    <message>
        <source>Join a network</source>
        <translation>Unirse a una red</translation>
    </message>
    <message>
        <source>Start the headless ordod</source>
        <translation>Iniciar ordod sin interfaz</translation>
    </message>
    <message>
        <source>What the panel starts: a local network of four validators in this process, one node joined to an existing network, or the separate ordod daemon</source>
        <translation>Qué inicia el panel: una red local de cuatro validadores en este proceso, un nodo unido a una red existente o el demonio ordod independiente</translation>
    </message>
    <message>
        <source>JSON-RPC port of the first node; node i of a local network listens on this + i</source>
        <translation>Puerto JSON-RPC del primer nodo; el nodo i de una red local escucha en este + i</translation>
    </message>
    <message>
        <source>Peer-to-peer port of the first node; node i of a local network listens on this + i</source>
        <translation>Puerto entre pares del primer nodo; el nodo i de una red local escucha en este + i</translation>
    </message>
    <message>
        <source>genesis.json of the network to join</source>
        <translation>genesis.json de la red a la que unirse</translation>
    </message>
    <message>
        <source>The network&apos;s genesis file: chain id, validators and initial balances</source>
        <translation>El archivo génesis de la red: chain id, validadores y saldos iniciales</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>host:port, host:port, …</source>
        <translation>host:port, host:port, …</translation>
    </message>
    <message>
        <source>Nodes of the network to connect to first</source>
        <translation>Nodos de la red a los que conectarse primero</translation>
    </message>
    <message>
        <source>/usr/bin/ordod</source>
        <translation>/usr/bin/ordod</translation>
    </message>
    <message>
        <source>The ordod program the panel starts in headless mode</source>
        <translation>El programa ordod que el panel inicia en modo sin interfaz</translation>
    </message>
    <message>
        <source>Where blocks, state and keys are stored</source>
        <translation>Donde se guardan los bloques, el estado y las claves</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the data directory</source>
        <translation>Elegir el directorio de datos</translation>
    </message>
    <message>
        <source>Free space on the data directory&apos;s file system; the node needs at least 1 GiB</source>
        <translation>Espacio libre en el sistema de archivos del directorio de datos; el nodo necesita al menos 1 GiB</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s colours, or use a light or dark palette</source>
        <translation>Seguir los colores del escritorio o usar una paleta clara u oscura</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The panel&apos;s language; applies at once</source>
        <translation>El idioma del panel; se aplica al instante</translation>
    </message>
    <message>
        <source>The chain id of the network this node runs</source>
        <translation>El chain id de la red en la que funciona este nodo</translation>
    </message>
    <message>
        <source>Where wallets and tools reach this node&apos;s Ethereum JSON-RPC</source>
        <translation>Donde los monederos y herramientas acceden al JSON-RPC de Ethereum de este nodo</translation>
    </message>
    <message>
        <source>How the running node was started</source>
        <translation>Cómo se inició el nodo en ejecución</translation>
    </message>
    <message>
        <source>The data directory the running node uses</source>
        <translation>El directorio de datos que usa el nodo en ejecución</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>&amp;RPC port base:</source>
        <translation>Puerto base &amp;RPC:</translation>
    </message>
    <message>
        <source>&amp;P2P port base:</source>
        <translation>Puerto base &amp;P2P:</translation>
    </message>
    <message>
        <source>&amp;Genesis file:</source>
        <translation>Archivo &amp;génesis:</translation>
    </message>
    <message>
        <source>P&amp;eers:</source>
        <translation>P&amp;ares:</translation>
    </message>
    <message>
        <source>ordod &amp;program:</source>
        <translation>Programa &amp;ordod:</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Directorio:</translation>
    </message>
    <message>
        <source>Free space:</source>
        <translation>Espacio libre:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation>Chain id:</translation>
    </message>
    <message>
        <source>RPC URL:</source>
        <translation>URL de RPC:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Directorio de datos:</translation>
    </message>
    <message>
        <source>Set by the command line (%1); the stored value applies when started without it.</source>
        <translation>Fijado por la línea de comandos (%1); el valor guardado se aplica cuando se inicia sin ella.</translation>
    </message>
    <message>
        <source>Choose a directory</source>
        <translation>Elegir un directorio</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <source>%1 free — %2</source>
        <translation>%1 libres — %2</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Recopilando datos…</translation>
    </message>
    <message>
        <source>%1 (EVM chain id %2)</source>
        <translation>%1 (chain id de EVM %2)</translation>
    </message>
    <message>
        <source>RPC is off</source>
        <translation>RPC desactivado</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Red local</translation>
    </message>
    <message>
        <source>Joined network</source>
        <translation>Red unida</translation>
    </message>
    <message>
        <source>Choose the genesis file</source>
        <translation>Elegir el archivo génesis</translation>
    </message>
    <message>
        <source>Genesis (*.json);;All files (*)</source>
        <translation>Génesis (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the ordod program</source>
        <translation>Elegir el programa ordod</translation>
    </message>
    <message>
        <source>Headless ordod over JSON-RPC</source>
        <translation>ordod sin interfaz por JSON-RPC</translation>
    </message>
</context>
<context>
    <name>ordo::ui::StakeTableModel</name>
    <message>
        <source>%1 (this node)</source>
        <translation>%1 (este nodo)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Validator</source>
        <translation>Validador</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Voting power</source>
        <translation>Poder de voto</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>The validator&apos;s moniker</source>
        <translation>El alias del validador</translation>
    </message>
    <message>
        <source>The validator&apos;s x-only public key (hover for all of it)</source>
        <translation>La clave pública x-only del validador (pase el cursor para verla completa)</translation>
    </message>
    <message>
        <source>Stake bonded by the validator, as voting power</source>
        <translation>Stake depositado por el validador, como poder de voto</translation>
    </message>
    <message>
        <source>Share of the total voting power</source>
        <translation>Proporción del poder de voto total</translation>
    </message>
</context>
<context>
    <name>ordo::ui::StakingPage</name>
    <message>
        <source>Collecting data…</source>
        <translation>Recopilando datos…</translation>
    </message>
    <message>
        <source>Own stake</source>
        <translation>Stake propio</translation>
    </message>
    <message>
        <source>This node&apos;s bonded stake as voting power, and its share of the total power.</source>
        <translation>El stake depositado de este nodo como poder de voto y su proporción del poder total.</translation>
    </message>
    <message>
        <source>Network stake</source>
        <translation>Stake de la red</translation>
    </message>
    <message>
        <source>The total voting power of the active validator set, and its size.</source>
        <translation>El poder de voto total del conjunto de validadores activo y su tamaño.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Equivocations this node has seen or committed, and how many still wait to be included in a block.</source>
        <translation>Equivocaciones que este nodo ha visto o confirmado, y cuántas esperan aún a ser incluidas en un bloque.</translation>
    </message>
    <message>
        <source>Stake of every validator in the active set; your own row is bold.</source>
        <translation>Stake de cada validador del conjunto activo; su propia fila aparece en negrita.</translation>
    </message>
    <message>
        <source>Conflicting votes or proposals signed by one validator, newest first.</source>
        <translation>Votos o propuestas en conflicto firmados por un mismo validador, los más recientes primero.</translation>
    </message>
    <message>
        <source>The latest evidence announced by the node.</source>
        <translation>La última evidencia anunciada por el nodo.</translation>
    </message>
    <message>
        <source>Validator set stake</source>
        <translation>Stake del conjunto de validadores</translation>
    </message>
    <message>
        <source>Equivocation evidence</source>
        <translation>Evidencia de equivocación</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>In the active set</source>
        <translation>En el conjunto activo</translation>
    </message>
    <message>
        <source>No validator key on this node</source>
        <translation>No hay clave de validador en este nodo</translation>
    </message>
    <message>
        <source>Not in the active set</source>
        <translation>Fuera del conjunto activo</translation>
    </message>
    <message>
        <source>%1 validators</source>
        <translation>%1 validadores</translation>
    </message>
    <message>
        <source>The node reports no validator set.</source>
        <translation>El nodo no informa de ningún conjunto de validadores.</translation>
    </message>
    <message>
        <source>New evidence: %1 by %2 at height %3, round %4.</source>
        <translation>Nueva evidencia: %1 de %2 en la altura %3, ronda %4.</translation>
    </message>
    <message>
        <source>%1 pending inclusion</source>
        <translation>%1 pendientes de inclusión</translation>
    </message>
    <message>
        <source>No equivocation seen. Evidence appears here when a validator signs two conflicting votes or proposals.</source>
        <translation>No se ha visto ninguna equivocación. La evidencia aparece aquí cuando un validador firma dos votos o propuestas en conflicto.</translation>
    </message>
</context>
<context>
    <name>ordo::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>(and %n more alert(s) since the last notification)</source>
        <translation>
            <numerusform>(y %n alerta más desde la última notificación)</numerusform>
            <numerusform>(y %n alertas más desde la última notificación)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more alert(s)</source>
        <translation>
            <numerusform>%n alerta más</numerusform>
            <numerusform>%n alertas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1. Open the Alerts page for all of them.</source>
        <translation>Última: %1. Abra la página Alertas para verlas todas.</translation>
    </message>
    <message>
        <source>Ordo control panel</source>
        <translation>Panel de control Ordo</translation>
    </message>
    <message>
        <source>Recovered: %1</source>
        <translation>Recuperada: %1</translation>
    </message>
    <message>
        <source>The condition has cleared.</source>
        <translation>La condición se ha resuelto.</translation>
    </message>
</context>
<context>
    <name>ordo::ui::ValidatorTableModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Not in set</source>
        <translation>Fuera del conjunto</translation>
    </message>
    <message>
        <source>Validator key %1</source>
        <translation>Clave de validador %1</translation>
    </message>
    <message>
        <source>This node&apos;s validator</source>
        <translation>El validador de este nodo</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <extracomment>Marks the operator&apos;s own validator in the validator list.</extracomment>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>none seen</source>
        <translation>ninguna vista</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Blocks the validator missed / heights observed in the window.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Moniker</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Poder</translation>
    </message>
    <message>
        <source>Power %</source>
        <translation>Poder %</translation>
    </message>
    <message>
        <source>Proposer priority</source>
        <translation>Prioridad de proponente</translation>
    </message>
    <message>
        <source>Last signed</source>
        <translation>Última firma</translation>
    </message>
    <message>
        <source>Missed / window</source>
        <translation>Perdidos / ventana</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Name of the validator</source>
        <translation>Nombre del validador</translation>
    </message>
    <message>
        <source>The validator&apos;s x-only public key (first characters; hover a row for all of it)</source>
        <translation>La clave pública x-only del validador (primeros caracteres; pase el cursor sobre una fila para verla completa)</translation>
    </message>
    <message>
        <source>Voting power (stake) of the validator</source>
        <translation>Poder de voto (stake) del validador</translation>
    </message>
    <message>
        <source>Share of the total voting power</source>
        <translation>Proporción del poder de voto total</translation>
    </message>
    <message>
        <source>Proposer priority: the validator with the highest priority proposes next</source>
        <translation>Prioridad de proponente: el validador con mayor prioridad propone a continuación</translation>
    </message>
    <message>
        <source>Last height whose commit certificate carries this validator&apos;s signature</source>
        <translation>Última altura cuyo certificado de commit lleva la firma de este validador</translation>
    </message>
    <message>
        <source>Heights whose commit certificate lacks this validator&apos;s signature, out of the heights observed in the recent window</source>
        <translation>Alturas cuyo certificado de commit no lleva la firma de este validador, del total de alturas observadas en la ventana reciente</translation>
    </message>
    <message>
        <source>Active: in the validator set and voting</source>
        <translation>Activo: en el conjunto de validadores y votando</translation>
    </message>
</context>
<context>
    <name>ordo::ui::ValidatorsPage</name>
    <message>
        <source>Size and total voting power of the validator set</source>
        <translation>Tamaño y poder de voto total del conjunto de validadores</translation>
    </message>
    <message>
        <source>Whether this node&apos;s key is in the validator set, with its share of the power</source>
        <translation>Si la clave de este nodo está en el conjunto de validadores, con su proporción del poder</translation>
    </message>
    <message>
        <source>Collecting data…</source>
        <translation>Recopilando datos…</translation>
    </message>
    <message>
        <source>No validator set known yet</source>
        <translation>Aún no se conoce ningún conjunto de validadores</translation>
    </message>
    <message numerus="yes">
        <source>%n validator(s), total power %1</source>
        <translation>
            <numerusform>%n validador, poder total %1</numerusform>
            <numerusform>%n validadores, poder total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This node validates with power %1 (%2 %)</source>
        <translation>Este nodo valida con un poder de %1 (%2 %)</translation>
    </message>
    <message>
        <source>This node&apos;s validator key is not in the active set</source>
        <translation>La clave de validador de este nodo no está en el conjunto activo</translation>
    </message>
    <message>
        <source>This node has no validator key</source>
        <translation>Este nodo no tiene clave de validador</translation>
    </message>
</context>
</TS>
