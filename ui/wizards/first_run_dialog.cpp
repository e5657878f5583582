#include "wizards/first_run_dialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "ordo_resources.h"
#include "settings/validation.h"

namespace ordo::ui {

QString ValidateFirstRunChoice(const FirstRunChoice& c, const QString& peers_text, const FreeSpaceProbe& free_bytes_at) {
  switch (c.mode) {
    case NetworkMode::LocalNetwork: break;
    case NetworkMode::JoinNetwork: {
      if (QString e = ValidateGenesisFile(c.genesis_file); !e.isEmpty()) return e;
      if (QString e = ValidatePeers(peers_text, nullptr); !e.isEmpty()) return e;
      break;
    }
    case NetworkMode::Ordod: {
      if (QString e = ValidateOrdodPath(c.ordod_path); !e.isEmpty()) return e;
      if (c.ordod_home.trimmed().isEmpty()) return FirstRunDialog::tr("Choose the ordod home directory.");
      break;
    }
  }
  if (c.data_dir.trimmed().isEmpty()) return FirstRunDialog::tr("Choose a data directory.");
  const QFileInfo info(c.data_dir);
  if (info.exists() && !info.isDir()) return FirstRunDialog::tr("%1 is a file, not a directory.").arg(c.data_dir);
  return ValidateFreeSpace(free_bytes_at(c.data_dir));
}

FirstRunDialog::FirstRunDialog(const QString& default_data_dir, QWidget* parent)
    : QDialog(parent), m_probe([](const QString& path) { return FreeBytesAt(path); }) {
  InitResources();
  setObjectName(QStringLiteral("firstRunDialog"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

  m_heading = new QLabel;
  QFont f = m_heading->font();
  f.setPointSizeF(f.pointSizeF() * 1.4);
  f.setBold(true);
  m_heading->setFont(f);
  m_intro = new QLabel;
  m_intro->setWordWrap(true);

  auto help = [](const QString& name) {
    auto* l = new QLabel;
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setEnabled(false);  // secondary text colour from the palette
    l->setContentsMargins(24, 0, 0, 4);
    return l;
  };
  m_local = new QRadioButton;
  m_local->setObjectName(QStringLiteral("localRadio"));
  m_local_help = help(QStringLiteral("localHelp"));
  m_join = new QRadioButton;
  m_join->setObjectName(QStringLiteral("joinRadio"));
  m_join_help = help(QStringLiteral("joinHelp"));
  m_ordod = new QRadioButton;
  m_ordod->setObjectName(QStringLiteral("ordodRadio"));
  m_ordod_help = help(QStringLiteral("ordodHelp"));
  m_group = new QButtonGroup(this);
  m_group->addButton(m_local, static_cast<int>(NetworkMode::LocalNetwork));
  m_group->addButton(m_join, static_cast<int>(NetworkMode::JoinNetwork));
  m_group->addButton(m_ordod, static_cast<int>(NetworkMode::Ordod));
  m_local->setChecked(true);

  auto edit = [](const QString& name) {
    auto* e = new QLineEdit;
    e->setObjectName(name);
    return e;
  };
  m_genesis = edit(QStringLiteral("genesisEdit"));
  m_genesis_browse = new QPushButton;
  m_peers = edit(QStringLiteral("peersEdit"));
  m_genesis_label = new QLabel;
  m_peers_label = new QLabel;
  m_genesis_label->setBuddy(m_genesis);
  m_peers_label->setBuddy(m_peers);
  m_join_box = new QWidget;
  auto* join_grid = new QGridLayout(m_join_box);
  join_grid->setContentsMargins(24, 0, 0, 4);
  join_grid->setSpacing(8);
  join_grid->addWidget(m_genesis_label, 0, 0);
  join_grid->addWidget(m_genesis, 0, 1);
  join_grid->addWidget(m_genesis_browse, 0, 2);
  join_grid->addWidget(m_peers_label, 1, 0);
  join_grid->addWidget(m_peers, 1, 1, 1, 2);

  m_ordod_path = edit(QStringLiteral("ordodPathEdit"));
  m_ordod_browse = new QPushButton;
  m_ordod_home = edit(QStringLiteral("ordodHomeEdit"));
  m_ordod_home_browse = new QPushButton;
  m_ordod_path_label = new QLabel;
  m_ordod_home_label = new QLabel;
  m_ordod_path_label->setBuddy(m_ordod_path);
  m_ordod_home_label->setBuddy(m_ordod_home);
  m_ordod_box = new QWidget;
  auto* ordod_grid = new QGridLayout(m_ordod_box);
  ordod_grid->setContentsMargins(24, 0, 0, 4);
  ordod_grid->setSpacing(8);
  ordod_grid->addWidget(m_ordod_path_label, 0, 0);
  ordod_grid->addWidget(m_ordod_path, 0, 1);
  ordod_grid->addWidget(m_ordod_browse, 0, 2);
  ordod_grid->addWidget(m_ordod_home_label, 1, 0);
  ordod_grid->addWidget(m_ordod_home, 1, 1);
  ordod_grid->addWidget(m_ordod_home_browse, 1, 2);

  m_data_label = new QLabel;
  m_data_dir = edit(QStringLiteral("dataDirEdit"));
  m_data_dir->setText(default_data_dir);
  m_data_label->setBuddy(m_data_dir);
  m_data_browse = new QPushButton;
  m_free_space = new QLabel;
  m_free_space->setObjectName(QStringLiteral("freeSpaceLabel"));
  auto* data_grid = new QGridLayout;
  data_grid->setSpacing(8);
  data_grid->addWidget(m_data_label, 0, 0);
  data_grid->addWidget(m_data_dir, 0, 1);
  data_grid->addWidget(m_data_browse, 0, 2);
  data_grid->addWidget(m_free_space, 1, 1, 1, 2);

  m_error = new QLabel;
  m_error->setObjectName(QStringLiteral("errorLabel"));
  m_error->setWordWrap(true);
  QPalette error_palette = m_error->palette();
  error_palette.setColor(QPalette::WindowText, QColor(0xd6, 0x45, 0x45));  // readable on light and dark
  m_error->setPalette(error_palette);
  m_error->hide();

  m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
  connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(12, 12, 12, 12);
  layout->setSpacing(8);
  layout->addWidget(m_heading);
  layout->addWidget(m_intro);
  layout->addSpacing(4);
  layout->addWidget(m_local);
  layout->addWidget(m_local_help);
  layout->addWidget(m_join);
  layout->addWidget(m_join_help);
  layout->addWidget(m_join_box);
  layout->addWidget(m_ordod);
  layout->addWidget(m_ordod_help);
  layout->addWidget(m_ordod_box);
  layout->addSpacing(4);
  layout->addLayout(data_grid);
  layout->addWidget(m_error);
  layout->addStretch(1);
  layout->addWidget(m_buttons);

  connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
    if (checked) UpdateEnabled();
  });
  connect(m_data_dir, &QLineEdit::textChanged, this, &FirstRunDialog::UpdateFreeSpace);
  connect(m_genesis_browse, &QPushButton::clicked, this, [this] { Browse(m_genesis, false, tr("Choose the genesis file")); });
  connect(m_ordod_browse, &QPushButton::clicked, this, [this] { Browse(m_ordod_path, false, tr("Choose the ordod program")); });
  connect(m_ordod_home_browse, &QPushButton::clicked, this, [this] { Browse(m_ordod_home, true, tr("Choose the ordod home")); });
  connect(m_data_browse, &QPushButton::clicked, this, [this] { Browse(m_data_dir, true, tr("Choose the data directory")); });

  RetranslateUi();
  UpdateEnabled();
  UpdateFreeSpace();
  resize(620, sizeHint().height());
}

void FirstRunDialog::RetranslateUi() {
  setWindowTitle(tr("Welcome to Ordo"));
  m_heading->setText(tr("Welcome to Ordo"));
  m_intro->setText(tr("Choose what this panel runs. You can change it later in Settings."));
  m_local->setText(tr("Run a &local network"));
  m_local_help->setText(tr("Your node plus three companion validators in this process, over loopback; live "
                           "consensus within seconds."));
  m_join->setText(tr("&Join a network"));
  m_join_help->setText(tr("One node that joins an existing network: it needs the network's genesis file and "
                          "the addresses of a few of its nodes."));
  m_ordod->setText(tr("Start the headless &ordod"));
  m_ordod_help->setText(tr("Start the ordod daemon from its home directory and watch it from here."));
  m_genesis_label->setText(tr("&Genesis file:"));
  m_genesis->setPlaceholderText(tr("genesis.json"));
  m_genesis->setToolTip(tr("The network's genesis file: chain id, validators and initial balances"));
  m_genesis_browse->setText(tr("Browse…"));
  m_peers_label->setText(tr("&Peers:"));
  m_peers->setPlaceholderText(tr("host:port, host:port, …"));
  m_peers->setToolTip(tr("Nodes of the network to connect to first, separated by commas"));
  m_ordod_path_label->setText(tr("&Program:"));
  m_ordod_path->setPlaceholderText(tr("/usr/bin/ordod"));
  m_ordod_path->setToolTip(tr("The ordod program"));
  m_ordod_browse->setText(tr("Browse…"));
  m_ordod_home_label->setText(tr("&Home:"));
  m_ordod_home->setToolTip(tr("The home directory written by \"ordod init\""));
  m_ordod_home_browse->setText(tr("Browse…"));
  m_data_label->setText(tr("&Data directory:"));
  m_data_dir->setToolTip(tr("Where blocks, state and keys are stored; needs at least 1 GiB free"));
  m_data_browse->setText(tr("&Browse…"));
  m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
  UpdateFreeSpace();
}

void FirstRunDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) RetranslateUi();
  QDialog::changeEvent(event);
}

void FirstRunDialog::UpdateEnabled() {
  const auto mode = static_cast<NetworkMode>(m_group->checkedId());
  m_join_box->setEnabled(mode == NetworkMode::JoinNetwork);
  m_ordod_box->setEnabled(mode == NetworkMode::Ordod);
  m_error->hide();
}

void FirstRunDialog::UpdateFreeSpace() {
  const QString dir = m_data_dir->text().trimmed();
  if (dir.isEmpty()) {
    m_free_space->setText(tr("Choose a directory"));
    return;
  }
  const quint64 free_bytes = m_probe(dir);
  const QString amount = QLocale().formattedDataSize(static_cast<qint64>(free_bytes));
  m_free_space->setText(free_bytes >= data_dir_free_min_bytes ? tr("%1 free").arg(amount)
                                                              : tr("%1 free — not enough (at least 1 GiB)").arg(amount));
}

void FirstRunDialog::setFreeSpaceProbe(FreeSpaceProbe probe) {
  m_probe = std::move(probe);
  UpdateFreeSpace();
}

void FirstRunDialog::Browse(QLineEdit* edit, bool directory, const QString& caption) {
  const QString path = directory ? QFileDialog::getExistingDirectory(this, caption, edit->text())
                                 : QFileDialog::getOpenFileName(this, caption, edit->text());
  if (!path.isEmpty()) edit->setText(path);
}

FirstRunChoice FirstRunDialog::choice() const {
  FirstRunChoice c;
  c.mode = static_cast<NetworkMode>(m_group->checkedId());
  c.data_dir = m_data_dir->text().trimmed();
  c.genesis_file = m_genesis->text().trimmed();
  ValidatePeers(m_peers->text(), &c.peers);
  c.ordod_path = m_ordod_path->text().trimmed();
  c.ordod_home = m_ordod_home->text().trimmed();
  return c;
}

QString FirstRunDialog::Validate() const {
  return ValidateFirstRunChoice(choice(), m_peers->text(), m_probe);
}

void FirstRunDialog::accept() {
  const QString error = Validate();
  if (!error.isEmpty()) {
    m_error->setText(error);
    m_error->show();
    return;
  }
  m_error->hide();
  QDialog::accept();
}

}  // namespace ordo::ui
