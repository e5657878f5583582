#pragma once
// FirstRunDialog: the first question the panel asks. Run a local network (the default), join a
// network (genesis file and peers), or start the headless ordod; and where to keep the data (with
// a free-space check). The checks are plain functions (settings/validation.h, ValidateFirstRunChoice).

#include <functional>

#include <QDialog>
#include <QStringList>

#include "settings/app_settings.h"

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;

namespace ordo::ui {

struct FirstRunChoice {
  NetworkMode mode = NetworkMode::LocalNetwork;
  QString data_dir;
  QString genesis_file;     // JoinNetwork
  QStringList peers;        // JoinNetwork, "host:port"
  QString ordod_path;       // Ordod
  QString ordod_home;       // Ordod
};

using FreeSpaceProbe = std::function<quint64(const QString& path)>;

// Empty when `choice` can be started, else what to fix. `peers_text` is what the operator typed
// (parsed into the choice by ParseFirstRunPeers). `free_bytes_at` measures free space (tests fake it).
QString ValidateFirstRunChoice(const FirstRunChoice& choice, const QString& peers_text,
                               const FreeSpaceProbe& free_bytes_at);

class FirstRunDialog : public QDialog {
  Q_OBJECT

 public:
  explicit FirstRunDialog(const QString& default_data_dir = QString(), QWidget* parent = nullptr);

  // What the operator chose (meaningful after exec() returned Accepted).
  FirstRunChoice choice() const;
  // Empty when the current input can be accepted, else the message the dialog shows.
  QString Validate() const;
  // For tests: replaces the free-space measurement.
  void setFreeSpaceProbe(FreeSpaceProbe probe);

  void accept() override;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void RetranslateUi();
  void UpdateEnabled();
  void UpdateFreeSpace();
  void Browse(QLineEdit* edit, bool directory, const QString& caption);

  FreeSpaceProbe m_probe;
  QLabel* m_heading;
  QLabel* m_intro;
  QButtonGroup* m_group;
  QRadioButton* m_local;
  QRadioButton* m_join;
  QRadioButton* m_ordod;
  QLabel* m_local_help;
  QLabel* m_join_help;
  QLabel* m_ordod_help;
  QWidget* m_join_box;
  QWidget* m_ordod_box;
  QLabel* m_genesis_label;
  QLineEdit* m_genesis;
  QPushButton* m_genesis_browse;
  QLabel* m_peers_label;
  QLineEdit* m_peers;
  QLabel* m_ordod_path_label;
  QLineEdit* m_ordod_path;
  QPushButton* m_ordod_browse;
  QLabel* m_ordod_home_label;
  QLineEdit* m_ordod_home;
  QPushButton* m_ordod_home_browse;
  QLabel* m_data_label;
  QLineEdit* m_data_dir;
  QPushButton* m_data_browse;
  QLabel* m_free_space;
  QLabel* m_error;
  QDialogButtonBox* m_buttons;
};

}  // namespace ordo::ui
