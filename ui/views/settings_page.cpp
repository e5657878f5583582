#include "views/settings_page.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include "models/client_model.h"
#include "settings/app_settings.h"
#include "settings/translator.h"
#include "settings/validation.h"

namespace ordo::ui {

namespace {

// Wider forms only spread the fields apart; long paths still fit.
constexpr int content_width_max = 860;

QWidget* Row(QWidget* editor, QPushButton* button) {
  auto* row = new QWidget;
  auto* layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(8);
  layout->addWidget(editor, 1);
  layout->addWidget(button);
  return row;
}

QLabel* ValueLabel(const QString& name) {
  auto* label = new QLabel;
  label->setObjectName(name);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  return label;
}

}  // namespace

SettingsPage::SettingsPage(AppSettings* settings, ClientModel* model, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_model(model) {
  setObjectName(QStringLiteral("settingsPage"));
  BuildUi();
  RetranslateUi();
  LoadValues();
  m_started_with = RestartRelevantValues();
  UpdateOverrides();
  UpdateRestartBanner();
  connect(m_settings, &AppSettings::changed, this, [this] {
    UpdateOverrides();
    UpdateRestartBanner();
  });
  if (m_model != nullptr) {
    connect(m_model, &ClientModel::snapshotChanged, this, &SettingsPage::OnSnapshot);
    OnSnapshot(m_model->snapshot());
  } else {
    OnSnapshot(nullptr);
  }
}

void SettingsPage::BuildUi() {
  m_restart_banner = new QLabel;
  m_restart_banner->setObjectName(QStringLiteral("restartBanner"));
  m_restart_banner->setWordWrap(false);
  m_restart_banner->setFrameShape(QFrame::StyledPanel);
  m_restart_banner->setBackgroundRole(QPalette::AlternateBase);
  m_restart_banner->setAutoFillBackground(true);
  m_restart_banner->setMargin(8);

  m_mode = new QComboBox;
  m_mode->setObjectName(QStringLiteral("modeCombo"));
  for (int i = 0; i < 3; ++i) m_mode->addItem(QString());
  m_rpc_port = new QSpinBox;
  m_rpc_port->setObjectName(QStringLiteral("rpcPortSpin"));
  m_rpc_port->setRange(1, 65535 - 16);
  m_p2p_port = new QSpinBox;
  m_p2p_port->setObjectName(QStringLiteral("p2pPortSpin"));
  m_p2p_port->setRange(1, 65535 - 16);
  m_genesis = new QLineEdit;
  m_genesis->setObjectName(QStringLiteral("genesisEdit"));
  m_genesis_browse = new QPushButton;
  m_genesis_row = Row(m_genesis, m_genesis_browse);
  m_peers = new QLineEdit;
  m_peers->setObjectName(QStringLiteral("peersEdit"));
  m_peers_error = new QLabel;
  m_peers_error->setObjectName(QStringLiteral("peersError"));
  m_peers_error->setWordWrap(false);
  m_peers_error->hide();
  m_ordod_path = new QLineEdit;
  m_ordod_path->setObjectName(QStringLiteral("ordodPathEdit"));
  m_ordod_browse = new QPushButton;
  m_ordod_row = Row(m_ordod_path, m_ordod_browse);

  m_network_box = new QGroupBox;
  m_network_form = new QFormLayout(m_network_box);
  m_network_form->setSpacing(8);
  m_network_form->addRow(new QLabel, m_mode);
  AddNote(m_network_form, AppSettings::key_mode, m_mode);
  m_network_form->addRow(new QLabel, m_rpc_port);
  AddNote(m_network_form, AppSettings::key_rpc_port_base, m_rpc_port);
  m_network_form->addRow(new QLabel, m_p2p_port);
  AddNote(m_network_form, AppSettings::key_p2p_port_base, m_p2p_port);
  m_network_form->addRow(new QLabel, m_genesis_row);
  AddNote(m_network_form, AppSettings::key_genesis_file, m_genesis);
  m_network_form->addRow(new QLabel, m_peers);
  m_network_form->addRow(new QLabel, m_peers_error);
  AddNote(m_network_form, AppSettings::key_peers, m_peers);
  m_network_form->addRow(new QLabel, m_ordod_row);
  AddNote(m_network_form, AppSettings::key_ordod_path, m_ordod_path);

  m_data_dir = new QLineEdit;
  m_data_dir->setObjectName(QStringLiteral("dataDirEdit"));
  m_data_browse = new QPushButton;
  m_data_browse->setObjectName(QStringLiteral("dataDirBrowse"));
  m_data_row = Row(m_data_dir, m_data_browse);
  m_free_space = ValueLabel(QStringLiteral("freeSpaceLabel"));
  m_data_box = new QGroupBox;
  m_data_form = new QFormLayout(m_data_box);
  m_data_form->setSpacing(8);
  m_data_form->addRow(new QLabel, m_data_row);
  AddNote(m_data_form, AppSettings::key_data_dir, m_data_dir);
  m_data_form->addRow(new QLabel, m_free_space);

  m_theme = new QComboBox;
  m_theme->setObjectName(QStringLiteral("themeCombo"));
  for (int i = 0; i < 3; ++i) m_theme->addItem(QString());
  m_language = new QComboBox;
  m_language->setObjectName(QStringLiteral("languageCombo"));
  m_language->addItem(QString(), QString());
  for (const QString& lang : Translator::AvailableLanguages()) m_language->addItem(Translator::NativeName(lang), lang);
  m_appearance_box = new QGroupBox;
  m_appearance_form = new QFormLayout(m_appearance_box);
  m_appearance_form->setSpacing(8);
  m_appearance_form->addRow(new QLabel, m_theme);
  AddNote(m_appearance_form, AppSettings::key_theme, m_theme);
  m_appearance_form->addRow(new QLabel, m_language);
  AddNote(m_appearance_form, AppSettings::key_language, m_language);

  m_chain_id = ValueLabel(QStringLiteral("chainIdLabel"));
  m_rpc_url = ValueLabel(QStringLiteral("rpcUrlLabel"));
  m_running_mode = ValueLabel(QStringLiteral("runningModeLabel"));
  m_running_data_dir = ValueLabel(QStringLiteral("runningDataDirLabel"));
  m_running_box = new QGroupBox;
  m_running_form = new QFormLayout(m_running_box);
  m_running_form->setSpacing(8);
  m_running_form->addRow(new QLabel, m_chain_id);
  m_running_form->addRow(new QLabel, m_rpc_url);
  m_running_form->addRow(new QLabel, m_running_mode);
  m_running_form->addRow(new QLabel, m_running_data_dir);

  auto* content = new QWidget;
  auto* column = new QVBoxLayout(content);
  column->setContentsMargins(12, 12, 12, 12);
  column->setSpacing(8);
  column->addWidget(m_restart_banner);
  column->addWidget(m_network_box);
  column->addWidget(m_data_box);
  column->addWidget(m_appearance_box);
  column->addWidget(m_running_box);
  column->addStretch(1);
  content->setMaximumWidth(content_width_max);
  auto* outer = new QWidget;
  auto* outer_layout = new QHBoxLayout(outer);
  outer_layout->setContentsMargins(0, 0, 0, 0);
  outer_layout->addWidget(content, 1);
  outer_layout->addStretch(0);
  auto* scroll = new QScrollArea;
  scroll->setWidget(outer);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(scroll);

  setTabOrder(m_mode, m_rpc_port);
  setTabOrder(m_rpc_port, m_p2p_port);
  setTabOrder(m_p2p_port, m_genesis);
  setTabOrder(m_genesis, m_genesis_browse);
  setTabOrder(m_genesis_browse, m_peers);
  setTabOrder(m_peers, m_ordod_path);
  setTabOrder(m_ordod_path, m_ordod_browse);
  setTabOrder(m_ordod_browse, m_data_dir);
  setTabOrder(m_data_dir, m_data_browse);
  setTabOrder(m_data_browse, m_theme);
  setTabOrder(m_theme, m_language);

  connect(m_mode, &QComboBox::activated, this, [this](int index) {
    m_settings->setMode(static_cast<NetworkMode>(index));
    UpdateModeRows();
  });
  connect(m_rpc_port, &QSpinBox::valueChanged, this,
          [this](int port) { m_settings->setRpcPortBase(static_cast<quint16>(port)); });
  connect(m_p2p_port, &QSpinBox::valueChanged, this,
          [this](int port) { m_settings->setP2pPortBase(static_cast<quint16>(port)); });
  connect(m_genesis, &QLineEdit::editingFinished, this, [this] { m_settings->setGenesisFile(m_genesis->text().trimmed()); });
  connect(m_peers, &QLineEdit::editingFinished, this, [this] {
    QStringList peers;
    const QString error = m_peers->text().trimmed().isEmpty() ? QString() : ValidatePeers(m_peers->text(), &peers);
    m_peers_error->setText(error);
    m_peers_error->setVisible(!error.isEmpty());
    if (error.isEmpty()) m_settings->setPeers(peers);
  });
  connect(m_ordod_path, &QLineEdit::editingFinished, this, [this] { m_settings->setOrdodPath(m_ordod_path->text().trimmed()); });
  connect(m_data_dir, &QLineEdit::editingFinished, this, [this] {
    m_settings->setDataDir(m_data_dir->text().trimmed());
    UpdateFreeSpace();
  });
  connect(m_data_dir, &QLineEdit::textChanged, this, &SettingsPage::UpdateFreeSpace);
  connect(m_data_browse, &QPushButton::clicked, this, &SettingsPage::BrowseDataDir);
  connect(m_genesis_browse, &QPushButton::clicked, this, &SettingsPage::BrowseGenesis);
  connect(m_ordod_browse, &QPushButton::clicked, this, &SettingsPage::BrowseOrdod);
  connect(m_theme, &QComboBox::activated, this, [this](int index) { m_settings->setTheme(static_cast<Theme>(index)); });
  connect(m_language, &QComboBox::activated, this,
          [this](int index) { m_settings->setLanguage(m_language->itemData(index).toString()); });
}

QLabel* SettingsPage::AddNote(QFormLayout* form, const QString& key, QWidget* editor) {
  auto* note = new QLabel;
  note->setObjectName(editor->objectName() + QStringLiteral("OverrideNote"));
  // No word wrap: a wrapped label's height-for-width is lost in the scroll area and squeezes the
  // rows below it to nothing.
  note->setWordWrap(false);
  note->setEnabled(false);
  note->hide();
  form->addRow(note);
  m_fields.push_back({key, editor, note, form});
  m_notes.insert(key, note);
  return note;
}

void SettingsPage::RetranslateUi() {
  m_network_box->setTitle(tr("Network"));
  m_data_box->setTitle(tr("Data directory"));
  m_appearance_box->setTitle(tr("Appearance"));
  m_running_box->setTitle(tr("Running network"));
  m_restart_banner->setText(tr("Restart the panel to apply the changed network settings."));

  m_mode->setItemText(0, tr("Run a local network"));
  m_mode->setItemText(1, tr("Join a network"));
  m_mode->setItemText(2, tr("Start the headless ordod"));
  m_mode->setToolTip(tr("What the panel starts: a local network of four validators in this process, one node "
                        "joined to an existing network, or the separate ordod daemon"));
  m_rpc_port->setToolTip(tr("JSON-RPC port of the first node; node i of a local network listens on this + i"));
  m_p2p_port->setToolTip(tr("Peer-to-peer port of the first node; node i of a local network listens on this + i"));
  m_genesis->setPlaceholderText(tr("genesis.json of the network to join"));
  m_genesis->setToolTip(tr("The network's genesis file: chain id, validators and initial balances"));
  m_genesis_browse->setText(tr("Browse…"));
  m_peers->setPlaceholderText(tr("host:port, host:port, …"));
  m_peers->setToolTip(tr("Nodes of the network to connect to first"));
  m_peers_error->setText(QString());
  m_ordod_path->setPlaceholderText(tr("/usr/bin/ordod"));
  m_ordod_path->setToolTip(tr("The ordod program the panel starts in headless mode"));
  m_ordod_browse->setText(tr("Browse…"));
  m_data_dir->setToolTip(tr("Where blocks, state and keys are stored"));
  m_data_browse->setText(tr("&Browse…"));
  m_data_browse->setToolTip(tr("Choose the data directory"));
  m_free_space->setToolTip(tr("Free space on the data directory's file system; the node needs at least 1 GiB"));
  m_theme->setItemText(0, tr("System"));
  m_theme->setItemText(1, tr("Light"));
  m_theme->setItemText(2, tr("Dark"));
  m_theme->setToolTip(tr("Follow the desktop's colours, or use a light or dark palette"));
  m_language->setItemText(0, tr("System language"));
  m_language->setToolTip(tr("The panel's language; applies at once"));
  m_chain_id->setToolTip(tr("The chain id of the network this node runs"));
  m_rpc_url->setToolTip(tr("Where wallets and tools reach this node's Ethereum JSON-RPC"));
  m_running_mode->setToolTip(tr("How the running node was started"));
  m_running_data_dir->setToolTip(tr("The data directory the running node uses"));

  auto set_label = [](QFormLayout* form, QWidget* field, const QString& text) {
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) label->setText(text);
  };
  set_label(m_network_form, m_mode, tr("&Mode:"));
  set_label(m_network_form, m_rpc_port, tr("&RPC port base:"));
  set_label(m_network_form, m_p2p_port, tr("&P2P port base:"));
  set_label(m_network_form, m_genesis_row, tr("&Genesis file:"));
  set_label(m_network_form, m_peers, tr("P&eers:"));
  set_label(m_network_form, m_ordod_row, tr("ordod &program:"));
  set_label(m_data_form, m_data_row, tr("&Directory:"));
  set_label(m_data_form, m_free_space, tr("Free space:"));
  set_label(m_appearance_form, m_theme, tr("&Theme:"));
  set_label(m_appearance_form, m_language, tr("&Language:"));
  set_label(m_running_form, m_chain_id, tr("Chain id:"));
  set_label(m_running_form, m_rpc_url, tr("RPC URL:"));
  set_label(m_running_form, m_running_mode, tr("Mode:"));
  set_label(m_running_form, m_running_data_dir, tr("Data directory:"));
  // Buddies for the mnemonics.
  for (QFormLayout* form : {m_network_form, m_data_form, m_appearance_form}) {
    for (int row = 0; row < form->rowCount(); ++row) {
      auto* label = qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::LabelRole) ? form->itemAt(row, QFormLayout::LabelRole)->widget() : nullptr);
      auto* field = form->itemAt(row, QFormLayout::FieldRole) ? form->itemAt(row, QFormLayout::FieldRole)->widget() : nullptr;
      if (label == nullptr || field == nullptr) continue;
      if (field == m_genesis_row) label->setBuddy(m_genesis);
      else if (field == m_ordod_row) label->setBuddy(m_ordod_path);
      else if (field == m_data_row) label->setBuddy(m_data_dir);
      else label->setBuddy(field);
    }
  }
  UpdateOverrides();
  UpdateFreeSpace();
  OnSnapshot(m_model != nullptr ? m_model->snapshot() : nullptr);
}

void SettingsPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) RetranslateUi();
  QWidget::changeEvent(event);
}

void SettingsPage::LoadValues() {
  const QSignalBlocker b1(m_rpc_port);
  const QSignalBlocker b2(m_p2p_port);
  m_mode->setCurrentIndex(static_cast<int>(m_settings->mode()));
  m_rpc_port->setValue(m_settings->rpcPortBase());
  m_p2p_port->setValue(m_settings->p2pPortBase());
  m_genesis->setText(m_settings->genesisFile());
  m_peers->setText(m_settings->peers().join(QStringLiteral(", ")));
  m_ordod_path->setText(m_settings->ordodPath());
  m_data_dir->setText(m_settings->dataDir());
  m_theme->setCurrentIndex(static_cast<int>(m_settings->theme()));
  const int lang = m_language->findData(m_settings->language());
  m_language->setCurrentIndex(lang >= 0 ? lang : 0);
  UpdateModeRows();
  UpdateFreeSpace();
}

void SettingsPage::UpdateModeRows() {
  const auto mode = static_cast<NetworkMode>(m_mode->currentIndex());
  const bool join = mode == NetworkMode::JoinNetwork;
  const bool ordod = mode == NetworkMode::Ordod;
  // Hiding the row's widgets rather than QFormLayout::setRowVisible, which (Qt 6.4) left the
  // following row at zero height.
  auto show_row = [this](QWidget* field, bool on) {
    field->setVisible(on);
    if (QWidget* label = m_network_form->labelForField(field)) label->setVisible(on);
  };
  show_row(m_genesis_row, join);
  show_row(m_peers, join);
  show_row(m_peers_error, join && !m_peers_error->text().isEmpty());
  show_row(m_ordod_row, ordod);
  for (const Field& f : m_fields) {
    if (f.form != m_network_form) continue;
    const bool hidden_row = (f.key == AppSettings::key_genesis_file || f.key == AppSettings::key_peers) ? !join
                            : f.key == AppSettings::key_ordod_path ? !ordod : false;
    f.note->setVisible(!hidden_row && m_settings->IsOverridden(f.key));
  }
}

void SettingsPage::UpdateOverrides() {
  for (const Field& f : m_fields) {
    const bool overridden = m_settings->IsOverridden(f.key);
    f.editor->setEnabled(!overridden);
    if (f.editor == m_genesis) m_genesis_browse->setEnabled(!overridden);
    if (f.editor == m_ordod_path) m_ordod_browse->setEnabled(!overridden);
    if (f.editor == m_data_dir) m_data_browse->setEnabled(!overridden);
    f.note->setText(overridden ? tr("Set by the command line (%1); the stored value applies when started without it.")
                                     .arg(m_settings->OverrideFlag(f.key))
                               : QString());
    f.note->setVisible(overridden);
  }
  if (!m_fields.isEmpty()) UpdateModeRows();
}

QVariantList SettingsPage::RestartRelevantValues() const {
  // Stored values as the next start would read them (defaults filled in), so that setting a field
  // back to its default hides the banner again.
  const auto stored = [this](const QString& key, const QVariant& fallback) {
    return m_settings->StoredValue(key, fallback);
  };
  return {stored(AppSettings::key_mode, 0).toInt(),
          stored(AppSettings::key_data_dir, QString()).toString(),
          stored(AppSettings::key_rpc_port_base, AppSettings::rpc_port_base_default).toInt(),
          stored(AppSettings::key_p2p_port_base, AppSettings::p2p_port_base_default).toInt(),
          stored(AppSettings::key_genesis_file, QString()).toString(),
          stored(AppSettings::key_peers, QStringList()).toStringList(),
          stored(AppSettings::key_ordod_path, QString()).toString()};
}

void SettingsPage::UpdateRestartBanner() {
  m_restart_banner->setVisible(RestartRelevantValues() != m_started_with);
}

void SettingsPage::UpdateFreeSpace() {
  const QString dir = m_data_dir->text().trimmed();
  if (dir.isEmpty()) {
    m_free_space->setText(tr("Choose a directory"));
    return;
  }
  const quint64 free_bytes = FreeBytesAt(dir);
  const QString amount = QLocale().formattedDataSize(static_cast<qint64>(free_bytes));
  const QString problem = ValidateFreeSpace(free_bytes);
  m_free_space->setText(problem.isEmpty() ? tr("%1 free").arg(amount) : tr("%1 free — %2").arg(amount, problem));
}

void SettingsPage::OnSnapshot(const SnapshotPtr& s) {
  if (!s || s->sequence == 0) {
    for (QLabel* l : {m_chain_id, m_rpc_url, m_running_mode, m_running_data_dir}) l->setText(tr("Collecting data…"));
    return;
  }
  const auto& st = s->status;
  m_chain_id->setText(st.evm_chain_id != 0 ? tr("%1 (EVM chain id %2)").arg(QString::fromStdString(st.chain_id)).arg(st.evm_chain_id)
                                           : QString::fromStdString(st.chain_id));
  m_rpc_url->setText(st.rpc_url.empty() ? tr("RPC is off") : QString::fromStdString(st.rpc_url));
  switch (st.mode) {
    case interfaces::NodeMode::LocalNetwork: m_running_mode->setText(tr("Local network")); break;
    case interfaces::NodeMode::Joined: m_running_mode->setText(tr("Joined network")); break;
    case interfaces::NodeMode::Remote: m_running_mode->setText(tr("Headless ordod over JSON-RPC")); break;
  }
  m_running_data_dir->setText(QString::fromStdString(st.data_dir));
}

void SettingsPage::BrowseDataDir() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the data directory"), m_data_dir->text());
  if (dir.isEmpty()) return;
  m_data_dir->setText(dir);
  m_settings->setDataDir(dir);
}

void SettingsPage::BrowseGenesis() {
  const QString file = QFileDialog::getOpenFileName(this, tr("Choose the genesis file"), m_genesis->text(),
                                                    tr("Genesis (*.json);;All files (*)"));
  if (file.isEmpty()) return;
  m_genesis->setText(file);
  m_settings->setGenesisFile(file);
}

void SettingsPage::BrowseOrdod() {
  const QString file = QFileDialog::getOpenFileName(this, tr("Choose the ordod program"), m_ordod_path->text());
  if (file.isEmpty()) return;
  m_ordod_path->setText(file);
  m_settings->setOrdodPath(file);
}

}  // namespace ordo::ui
