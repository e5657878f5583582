#include "views/peers_page.h"

#include <QAction>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "models/banned_peer_table_model.h"
#include "models/client_model.h"
#include "models/peer_table_model.h"

namespace ordo::ui {

namespace {

constexpr int margin_px = 12;
constexpr int spacing_px = 8;

enum class DetailField { Id, NodeKey, Moniker, Address, Direction, Power, Height, Rtt, BytesIn, BytesOut, Score, ConnectedSince };
constexpr int detail_fields = static_cast<int>(DetailField::ConnectedSince) + 1;

QTableView* MakeTable(QAbstractItemModel* model, const QString& name, QWidget* parent) {
  auto* table = new QTableView(parent);
  table->setObjectName(name);
  table->setModel(model);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setSelectionMode(QAbstractItemView::SingleSelection);
  table->setAlternatingRowColors(true);
  table->setWordWrap(false);
  table->verticalHeader()->hide();
  table->horizontalHeader()->setHighlightSections(false);
  table->horizontalHeader()->setStretchLastSection(true);
  return table;
}

}  // namespace

PeersPage::PeersPage(ClientModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_peers(new PeerTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_banned(new BannedPeerTableModel(this)) {
  setObjectName(QStringLiteral("peersPage"));
  m_proxy->setSourceModel(m_peers);
  m_proxy->setSortRole(PeerTableModel::SortRole);
  m_proxy->setFilterRole(PeerTableModel::FilterRole);
  m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(margin_px, margin_px, margin_px, margin_px);
  layout->setSpacing(spacing_px);

  auto* top = new QHBoxLayout;
  top->setSpacing(spacing_px);
  m_count = new QLabel(this);
  m_count->setObjectName(QStringLiteral("peerCountLabel"));
  m_count->setToolTip(tr("Peers connected to this node right now"));
  m_filter = new QLineEdit(this);
  m_filter->setObjectName(QStringLiteral("peerFilter"));
  m_filter->setPlaceholderText(tr("Filter by id, moniker or address (Ctrl+F)"));
  m_filter->setToolTip(tr("Shows only the peers whose id, moniker or address contains this text"));
  m_filter->setClearButtonEnabled(true);
  auto* find = new QAction(this);
  find->setShortcut(QKeySequence::Find);
  connect(find, &QAction::triggered, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); m_filter->selectAll(); });
  addAction(find);
  top->addWidget(m_count);
  top->addStretch(1);
  top->addWidget(m_filter, 2);
  layout->addLayout(top);

  m_table = MakeTable(m_proxy, QStringLiteral("peerTable"), this);
  m_table->setSortingEnabled(true);
  m_table->sortByColumn(PeerTableModel::Moniker, Qt::AscendingOrder);
  m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  m_empty = new QLabel(tr("Collecting data…"), this);
  m_empty->setObjectName(QStringLiteral("peersEmptyLabel"));
  m_empty->setAlignment(Qt::AlignCenter);
  m_empty->setEnabled(false);
  m_peer_stack = new QStackedWidget(this);
  m_peer_stack->addWidget(m_table);
  m_peer_stack->addWidget(m_empty);
  m_peer_stack->setCurrentWidget(m_empty);

  auto* bottom = new QWidget(this);
  auto* bottom_layout = new QHBoxLayout(bottom);
  bottom_layout->setContentsMargins(0, 0, 0, 0);
  bottom_layout->setSpacing(spacing_px);
  bottom_layout->addWidget(MakePeerDetail(), 3);
  bottom_layout->addWidget(MakeBannedPane(), 2);

  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->setChildrenCollapsible(false);
  splitter->addWidget(m_peer_stack);
  splitter->addWidget(bottom);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 2);
  layout->addWidget(splitter, 1);

  connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
  connect(m_filter, &QLineEdit::textChanged, this, &PeersPage::UpdateEmptyState);
  connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
    UpdateDetail();
    UpdateButtons();
  });
  connect(m_banned_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeersPage::UpdateButtons);
  connect(m_disconnect, &QPushButton::clicked, this, &PeersPage::OnDisconnect);
  connect(m_ban, &QPushButton::clicked, this, &PeersPage::OnBan);
  connect(m_unban, &QPushButton::clicked, this, &PeersPage::OnUnban);
  connect(m_model, &ClientModel::snapshotChanged, this, &PeersPage::OnSnapshot);

  setTabOrder(m_filter, m_table);
  setTabOrder(m_table, m_disconnect);
  setTabOrder(m_disconnect, m_ban);
  setTabOrder(m_ban, m_banned_table);
  setTabOrder(m_banned_table, m_unban);

  if (m_model->snapshot()->sequence != 0) OnSnapshot(m_model->snapshot());
  UpdateDetail();
  UpdateButtons();
}

QWidget* PeersPage::MakePeerDetail() {
  auto* box = new QGroupBox(tr("Selected peer"), this);
  box->setObjectName(QStringLiteral("peerDetail"));
  m_detail = box;
  auto* outer = new QVBoxLayout(box);
  outer->setContentsMargins(margin_px, margin_px, margin_px, margin_px);
  outer->setSpacing(spacing_px);
  auto* form = new QFormLayout;
  form->setHorizontalSpacing(spacing_px);
  form->setVerticalSpacing(2);
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  const std::pair<QString, QString> labels[detail_fields] = {
      {tr("Peer id"), tr("Digest of the peer's node key")},
      {tr("Node key"), tr("The peer's x-only public node key (hex)")},
      {tr("Moniker"), tr("Name the peer announced")},
      {tr("Address"), tr("Network address of the connection (host:port)")},
      {tr("Direction"), tr("Outbound: this node dialled the peer. Inbound: the peer dialled this node")},
      {tr("Validator power"), tr("Voting power of the validator running on the peer")},
      {tr("Height"), tr("Last height the peer reported")},
      {tr("RTT"), tr("Round-trip time of the last ping")},
      {tr("Received"), tr("Bytes received from the peer on this connection")},
      {tr("Sent"), tr("Bytes sent to the peer on this connection")},
      {tr("Score"), tr("Misbehaviour points")},
      {tr("Connected"), tr("When the connection was established")},
  };
  for (int i = 0; i < detail_fields; ++i) {
    auto* value = new QLineEdit(box);
    value->setObjectName(QStringLiteral("peerDetail%1").arg(i));
    value->setReadOnly(true);
    value->setFrame(false);
    value->setFocusPolicy(Qt::ClickFocus);
    value->setToolTip(labels[i].second);
    QPalette palette = value->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    value->setPalette(palette);
    auto* label = new QLabel(labels[i].first, box);
    label->setToolTip(labels[i].second);
    form->addRow(label, value);
    m_detail_values.push_back(value);
  }
  outer->addLayout(form);
  outer->addStretch(1);
  auto* buttons = new QHBoxLayout;
  buttons->setSpacing(spacing_px);
  m_disconnect = new QPushButton(tr("&Disconnect"), box);
  m_disconnect->setObjectName(QStringLiteral("disconnectButton"));
  m_disconnect->setToolTip(tr("Drop the connection to the selected peer (it may reconnect)"));
  m_ban = new QPushButton(tr("&Ban…"), box);
  m_ban->setObjectName(QStringLiteral("banButton"));
  m_ban->setToolTip(tr("Disconnect the selected peer and refuse it until unbanned"));
  buttons->addStretch(1);
  buttons->addWidget(m_disconnect);
  buttons->addWidget(m_ban);
  outer->addLayout(buttons);
  return box;
}

QWidget* PeersPage::MakeBannedPane() {
  auto* box = new QGroupBox(tr("Banned peers"), this);
  box->setObjectName(QStringLiteral("bannedPane"));
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(margin_px, margin_px, margin_px, margin_px);
  layout->setSpacing(spacing_px);
  m_banned_table = MakeTable(m_banned, QStringLiteral("bannedTable"), box);
  m_banned_table->horizontalHeader()->setSectionResizeMode(BannedPeerTableModel::Reason, QHeaderView::Stretch);
  m_banned_table->horizontalHeader()->setStretchLastSection(false);
  m_banned_table->horizontalHeader()->setSectionResizeMode(BannedPeerTableModel::Until, QHeaderView::ResizeToContents);
  m_banned_empty = new QLabel(tr("No banned peers"), box);
  m_banned_empty->setObjectName(QStringLiteral("bannedEmptyLabel"));
  m_banned_empty->setAlignment(Qt::AlignCenter);
  m_banned_empty->setEnabled(false);
  m_unban = new QPushButton(tr("&Unban"), box);
  m_unban->setObjectName(QStringLiteral("unbanButton"));
  m_unban->setToolTip(tr("Lift the ban on the selected peer"));
  layout->addWidget(m_banned_table, 1);
  layout->addWidget(m_banned_empty, 1);
  auto* buttons = new QHBoxLayout;
  buttons->addStretch(1);
  buttons->addWidget(m_unban);
  layout->addLayout(buttons);
  return box;
}

void PeersPage::OnSnapshot(const SnapshotPtr& snapshot) {
  m_have_snapshot = true;
  // When the selected peer leaves, the view would move the selection to a neighbour; a Ban click
  // must never hit a peer the operator did not pick, so the selection is cleared instead.
  const QString peer = SelectedPeerId();
  const QString ban = SelectedBannedId();
  m_peers->SetPeers(snapshot->peers, snapshot->status.now_ms);
  m_banned->SetBanned(snapshot->banned);
  if (!peer.isEmpty() && SelectedPeerId() != peer) m_table->clearSelection();
  if (!ban.isEmpty() && SelectedBannedId() != ban) m_banned_table->clearSelection();
  m_count->setText(tr("%n peer(s) connected", nullptr, m_peers->rowCount()));
  if (!m_columns_sized && m_peers->rowCount() > 0) {
    m_table->resizeColumnsToContents();
    m_columns_sized = true;
  }
  UpdateEmptyState();
  UpdateDetail();
  UpdateButtons();
}

void PeersPage::UpdateEmptyState() {
  if (!m_have_snapshot) {
    m_empty->setText(tr("Collecting data…"));
  } else if (m_peers->rowCount() == 0) {
    m_empty->setText(tr("No peers connected"));
  } else if (m_proxy->rowCount() == 0) {
    m_empty->setText(tr("No peer matches the filter"));
  }
  const bool empty = !m_have_snapshot || m_proxy->rowCount() == 0;
  m_peer_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_table);
  const bool no_bans = m_banned->rowCount() == 0;
  m_banned_table->setVisible(!no_bans);
  m_banned_empty->setVisible(no_bans);
}

void PeersPage::UpdateDetail() {
  const int row = m_peers->RowOf(SelectedPeerId());
  const interfaces::PeerInfo* p = m_peers->PeerAt(row);
  m_detail->setEnabled(p != nullptr);
  if (p == nullptr) {
    for (QLineEdit* value : m_detail_values) value->clear();
    m_detail_values[static_cast<size_t>(DetailField::Id)]->setText(tr("Select a peer to see its details"));
    return;
  }
  const QLocale locale;
  auto set = [this](DetailField field, const QString& text) {
    QLineEdit* value = m_detail_values[static_cast<size_t>(field)];
    if (value->text() != text) {
      value->setText(text);
      value->setCursorPosition(0);
    }
  };
  auto cell = [this, row](PeerTableModel::Column column) { return m_peers->index(row, column).data().toString(); };
  set(DetailField::Id, QString::fromStdString(p->id));
  set(DetailField::NodeKey, QString::fromStdString(p->node_key));
  set(DetailField::Moniker, QString::fromStdString(p->moniker));
  set(DetailField::Address, QString::fromStdString(p->address));
  set(DetailField::Direction, cell(PeerTableModel::Direction));
  set(DetailField::Power, p->validator_power == 0 ? tr("not a validator") : cell(PeerTableModel::Power));
  set(DetailField::Height, cell(PeerTableModel::Height));
  set(DetailField::Rtt, tr("%1 ms").arg(cell(PeerTableModel::Rtt)));
  set(DetailField::BytesIn, tr("%1 (%2 bytes)").arg(cell(PeerTableModel::BytesIn), locale.toString(static_cast<qulonglong>(p->bytes_in))));
  set(DetailField::BytesOut, tr("%1 (%2 bytes)").arg(cell(PeerTableModel::BytesOut), locale.toString(static_cast<qulonglong>(p->bytes_out))));
  set(DetailField::Score, cell(PeerTableModel::Score));
  set(DetailField::ConnectedSince,
      tr("%1 (%2 ago)")
          .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(p->connected_since_ms)), QLocale::ShortFormat),
               cell(PeerTableModel::ConnectedSince)));
}

void PeersPage::UpdateButtons() {
  const bool peer = !SelectedPeerId().isEmpty();
  m_disconnect->setEnabled(peer);
  m_ban->setEnabled(peer);
  m_unban->setEnabled(!SelectedBannedId().isEmpty());
}

QString PeersPage::SelectedPeerId() const {
  const QModelIndexList rows = m_table->selectionModel()->selectedRows();
  return rows.isEmpty() ? QString() : rows.first().data(PeerTableModel::PeerIdRole).toString();
}

QString PeersPage::SelectedBannedId() const {
  const QModelIndexList rows = m_banned_table->selectionModel()->selectedRows();
  return rows.isEmpty() ? QString() : rows.first().data(BannedPeerTableModel::PeerIdRole).toString();
}

void PeersPage::OnDisconnect() {
  const QString id = SelectedPeerId();
  if (id.isEmpty()) return;
  m_model->disconnectPeer(id);
}

void PeersPage::OnBan() {
  const QString id = SelectedPeerId();
  if (id.isEmpty()) return;
  if (m_confirm_actions) {
    const int row = m_peers->RowOf(id);
    const QString moniker = m_peers->index(row, PeerTableModel::Moniker).data().toString();
    const auto answer = QMessageBox::question(
        this, tr("Ban peer"),
        tr("Ban %1 (%2)?\n\nThe peer is disconnected and refused until you unban it.").arg(moniker, id),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) return;
  }
  m_model->banPeer(id);
}

void PeersPage::OnUnban() {
  const QString id = SelectedBannedId();
  if (id.isEmpty()) return;
  m_model->unbanPeer(id);
}

}  // namespace ordo::ui
