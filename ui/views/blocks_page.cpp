#include "views/blocks_page.h"

#include <algorithm>
#include <iterator>

#include <QDateTime>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/block_table_model.h"
#include "models/client_model.h"

namespace ordo::ui {

namespace {

QString Hex(const std::string& s) { return QString::fromStdString(s); }

QLabel* MakeHeading(const QString& text) {
  auto* label = new QLabel(text);
  QFont f = label->font();
  f.setBold(true);
  label->setFont(f);
  return label;
}

// Shows the start of a long value (a hash's 0x prefix), not its end.
void SetField(QLineEdit* field, const QString& text) {
  field->setText(text);
  field->setCursorPosition(0);
}

}  // namespace

BlocksPage::BlocksPage(ClientModel* model, QWidget* parent) : QWidget(parent), m_model(model) {
  setObjectName(QStringLiteral("blocksPage"));

  m_table_model = new BlockTableModel(this);
  m_proxy = new QSortFilterProxyModel(this);
  m_proxy->setSourceModel(m_table_model);
  m_proxy->setSortRole(BlockTableModel::SortRole);

  m_table = new QTableView;
  m_table->setObjectName(QStringLiteral("blocksTable"));
  m_table->setModel(m_proxy);
  m_table->setSortingEnabled(true);
  m_table->sortByColumn(BlockTableModel::Height, Qt::DescendingOrder);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->setAlternatingRowColors(true);
  m_table->verticalHeader()->hide();
  // Column widths fixed once from the widest text each column can show (the user may still drag
  // them): sizing to contents re-measured the rows' text every time a block arrived, which took
  // the GUI thread over 16 ms under load.
  QHeaderView* header = m_table->horizontalHeader();
  header->setSectionResizeMode(QHeaderView::Interactive);
  header->setStretchLastSection(true);
  const QFontMetrics cells(m_table->font());
  const QFontMetrics titles(header->font());
  const QString widest[] = {QStringLiteral("9999999"), QStringLiteral("88:88:88.888"), QStringLiteral("99999"),
                            QStringLiteral("node-moniker"), QStringLiteral("99"), QStringLiteral("9999.9")};
  static_assert(std::size(widest) == BlockTableModel::Hash, "one sample per column before the stretched hash");
  for (int c = 0; c < BlockTableModel::Hash; ++c) {
    const QString title = m_table_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    header->resizeSection(c, std::max(cells.horizontalAdvance(widest[c]), titles.horizontalAdvance(title)) + 18);
  }
  m_table->setToolTip(tr("The most recent committed blocks. Select one to see its header and certificate."));

  auto* table_empty = new QLabel(tr("Collecting data…"));
  table_empty->setObjectName(QStringLiteral("blocksEmpty"));
  table_empty->setAlignment(Qt::AlignCenter);
  m_table_stack = new QStackedWidget;
  m_table_stack->addWidget(table_empty);
  m_table_stack->addWidget(m_table);

  m_message = new QLabel(tr("Select a block to see its header, transactions and commit certificate."));
  m_message->setObjectName(QStringLiteral("detailMessage"));
  m_message->setAlignment(Qt::AlignCenter);
  m_message->setWordWrap(true);

  m_detail = new QWidget;
  m_detail->setObjectName(QStringLiteral("detailPanel"));
  auto* detail_layout = new QVBoxLayout(m_detail);
  detail_layout->setContentsMargins(12, 0, 12, 12);
  detail_layout->setSpacing(8);
  m_form = new QFormLayout;
  m_form->setHorizontalSpacing(12);
  m_form->setVerticalSpacing(4);
  m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  detail_layout->addWidget(MakeHeading(tr("Header")));
  detail_layout->addLayout(m_form);
  m_height = AddField(tr("Height"), QStringLiteral("detailHeight"), tr("Block height"));
  m_hash = AddField(tr("Hash"), QStringLiteral("detailHash"), tr("Hash of the block header"));
  m_parent = AddField(tr("Parent"), QStringLiteral("detailParent"), tr("Hash of the previous block"));
  m_time = AddField(tr("Time"), QStringLiteral("detailTime"), tr("Block header time"));
  m_proposer = AddField(tr("Proposer"), QStringLiteral("detailProposer"), tr("The validator that proposed it"));
  m_round = AddField(tr("Round"), QStringLiteral("detailRound"), tr("The round in which it was decided"));
  m_txs = AddField(tr("Transactions"), QStringLiteral("detailTxs"), tr("Transactions in the block"));
  m_gas = AddField(tr("Gas used"), QStringLiteral("detailGas"), tr("Gas used by its transactions"));
  m_base_fee = AddField(tr("Base fee"), QStringLiteral("detailBaseFee"), tr("EIP-1559 base fee, in wei"));
  m_state_root = AddField(tr("State root"), QStringLiteral("detailStateRoot"), tr("Root of the state after the block"));
  m_txs_root = AddField(tr("Txs root"), QStringLiteral("detailTxsRoot"), tr("Root of its transaction list"));
  m_receipts_root = AddField(tr("Receipts root"), QStringLiteral("detailReceiptsRoot"), tr("Root of its receipts"));
  m_validators_hash = AddField(tr("Validators hash"), QStringLiteral("detailValidatorsHash"),
                               tr("Hash of the validator set that decided it"));
  m_evidence = AddField(tr("Evidence"), QStringLiteral("detailEvidence"), tr("Equivocation evidence included"));

  detail_layout->addWidget(MakeHeading(tr("Transaction hashes")));
  m_tx_list = new QListWidget;
  m_tx_list->setObjectName(QStringLiteral("txList"));
  m_tx_list->setToolTip(tr("Hashes of the transactions in this block, in block order."));
  m_tx_list->setMinimumHeight(80);
  m_tx_list->setMaximumHeight(160);
  m_tx_list->setTextElideMode(Qt::ElideMiddle);
  m_tx_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  detail_layout->addWidget(m_tx_list);

  detail_layout->addWidget(MakeHeading(tr("Commit certificate")));
  m_certificate_summary = new QLabel;
  m_certificate_summary->setObjectName(QStringLiteral("certificateSummary"));
  m_certificate_summary->setWordWrap(true);
  m_certificate_summary->setToolTip(tr("Voting power of the precommits that committed this block, against the "
                                       "total power. More than 2/3 is needed."));
  detail_layout->addWidget(m_certificate_summary);
  m_certificate = new QTableWidget(0, 4);
  m_certificate->setObjectName(QStringLiteral("certificateTable"));
  m_certificate->setHorizontalHeaderLabels({tr("Validator"), tr("Moniker"), tr("Power"), tr("Signature")});
  m_certificate->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_certificate->verticalHeader()->hide();
  m_certificate->horizontalHeader()->setStretchLastSection(true);
  m_certificate->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_certificate->setMinimumHeight(120);
  m_certificate->setToolTip(tr("The precommit signatures in the certificate."));
  detail_layout->addWidget(m_certificate, 1);

  auto* scroll = new QScrollArea;
  scroll->setWidget(m_detail);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  m_detail_stack = new QStackedWidget;
  m_detail_stack->addWidget(m_message);
  m_detail_stack->addWidget(scroll);

  auto* splitter = new QSplitter(Qt::Horizontal);
  splitter->addWidget(m_table_stack);
  splitter->addWidget(m_detail_stack);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 1);
  splitter->setSizes({620, 460});
  splitter->setChildrenCollapsible(false);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(12, 12, 12, 12);
  layout->setSpacing(8);
  layout->addWidget(splitter);

  connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& current) { OnCurrentChanged(current); });
  connect(m_model, &ClientModel::snapshotChanged, this, &BlocksPage::OnSnapshot);
  connect(m_model, &ClientModel::blockDetailReady, this, &BlocksPage::OnDetail);
  connect(m_model, &ClientModel::blockDetailMissing, this, &BlocksPage::OnDetailMissing);
  OnSnapshot(m_model->snapshot());
}

QLineEdit* BlocksPage::AddField(const QString& label, const QString& object_name, const QString& tooltip) {
  // Read-only line edits: 66-character hashes stay whole and copyable without widening the pane.
  auto* value = new QLineEdit;
  value->setObjectName(object_name);
  value->setReadOnly(true);
  value->setFrame(false);
  value->setToolTip(tooltip);
  auto* name = new QLabel(label);
  name->setToolTip(tooltip);
  m_form->addRow(name, value);
  return value;
}

void BlocksPage::OnSnapshot(const SnapshotPtr& snapshot) {
  if (!snapshot || snapshot->sequence == 0) return;
  m_table_model->SetBlocks(snapshot->blocks);
  if (m_table_model->rowCount() > 0) {
    m_table_stack->setCurrentWidget(m_table);
  } else {
    static_cast<QLabel*>(m_table_stack->widget(0))->setText(tr("No blocks committed yet."));
    m_table_stack->setCurrentIndex(0);
  }
}

void BlocksPage::OnCurrentChanged(const QModelIndex& current) {
  if (!current.isValid()) return;
  const quint64 height = current.data(BlockTableModel::HeightRole).value<quint64>();
  if (m_selected == height) return;
  m_selected = height;
  ShowMessage(tr("Loading block %1…").arg(height));
  m_model->requestBlock(height);
}

void BlocksPage::ShowMessage(const QString& text) {
  m_message->setText(text);
  m_detail_stack->setCurrentWidget(m_message);
}

void BlocksPage::OnDetailMissing(quint64 height) {
  if (m_selected != height) return;  // an answer to another page's request
  ShowMessage(tr("Block %1 is not in this node's store: it may have been pruned, or the node restarted "
                 "from a snapshot.").arg(height));
}

void BlocksPage::OnDetail(const interfaces::BlockDetail& d) {
  const interfaces::BlockSummary& b = d.summary;
  if (m_selected != b.height) return;
  SetField(m_height, QString::number(b.height));
  SetField(m_hash, Hex(b.hash));
  SetField(m_parent, Hex(d.parent_hash));
  SetField(m_time, QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(b.time_ms)).toString(Qt::ISODateWithMs));
  SetField(m_proposer, tr("%1 (%2…)").arg(QString::fromStdString(b.proposer), Hex(b.proposer_key.substr(0, 12))));
  SetField(m_round, QString::number(b.round));
  SetField(m_txs, QString::number(b.txs));
  SetField(m_gas, QString::number(b.gas_used));
  SetField(m_base_fee, tr("%1 wei").arg(QString::fromStdString(d.base_fee_wei)));
  SetField(m_state_root, Hex(d.state_root));
  SetField(m_txs_root, Hex(d.txs_root));
  SetField(m_receipts_root, Hex(d.receipts_root));
  SetField(m_validators_hash, Hex(d.validators_hash));
  SetField(m_evidence, QString::number(d.evidence));

  m_tx_list->clear();
  const int tx_count = static_cast<int>(d.tx_hashes.size());
  for (int i = 0; i < std::min(tx_count, tx_list_max); ++i) m_tx_list->addItem(Hex(d.tx_hashes[static_cast<size_t>(i)]));
  if (tx_count == 0) m_tx_list->addItem(tr("No transactions in this block."));
  if (tx_count > tx_list_max) m_tx_list->addItem(tr("… and %1 more").arg(tx_count - tx_list_max));

  m_certificate->setRowCount(0);
  m_certificate->setVisible(d.has_certificate);
  if (!d.has_certificate) {
    m_certificate_summary->setText(tr("No commit certificate stored for this block yet (it arrives with the next "
                                      "block)."));
  } else {
    const double pct = d.total_power ? 100.0 * static_cast<double>(d.signed_power) / static_cast<double>(d.total_power) : 0.0;
    m_certificate_summary->setText(tr("Round %1 · %2 signatures · signed power %3 of %4 (%5 %)")
                                       .arg(d.certificate_round)
                                       .arg(d.signatures.size())
                                       .arg(d.signed_power)
                                       .arg(d.total_power)
                                       .arg(pct, 0, 'f', 1));
    const int rows = std::min(static_cast<int>(d.signatures.size()), certificate_rows_max);
    m_certificate->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
      const interfaces::CommitSignature& s = d.signatures[static_cast<size_t>(r)];
      auto* validator = new QTableWidgetItem(QString::number(s.validator));
      validator->setToolTip(Hex(s.key));
      auto* power = new QTableWidgetItem(QString::number(s.power));
      power->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      auto* signature = new QTableWidgetItem(Hex(s.signature.substr(0, 16)) + QStringLiteral("…"));
      signature->setToolTip(Hex(s.signature));
      m_certificate->setItem(r, 0, validator);
      m_certificate->setItem(r, 1, new QTableWidgetItem(QString::fromStdString(s.moniker)));
      m_certificate->setItem(r, 2, power);
      m_certificate->setItem(r, 3, signature);
    }
  }
  m_detail_stack->setCurrentIndex(1);
}

}  // namespace ordo::ui
