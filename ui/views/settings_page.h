#pragma once
// SettingsPage: the panel's settings (network mode, ports, data directory, theme, language) and the
// facts of the network that is running. Edits are stored at once; theme and language apply at
// once, the rest at the next start (a banner says so). A field set on the command line is shown
// with its command-line value, disabled, with a note.

#include <QHash>
#include <QVariant>
#include <QWidget>

#include "models/node_snapshot.h"

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ordo::ui {

class AppSettings;
class ClientModel;

class SettingsPage : public QWidget {
  Q_OBJECT

 public:
  SettingsPage(AppSettings* settings, ClientModel* model, QWidget* parent = nullptr);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  struct Field {
    QString key;
    QWidget* editor;
    QLabel* note;
    QFormLayout* form;
  };

  void BuildUi();
  void RetranslateUi();
  void LoadValues();
  void UpdateOverrides();
  void UpdateRestartBanner();
  void UpdateFreeSpace();
  void UpdateModeRows();
  void OnSnapshot(const SnapshotPtr& s);
  void BrowseDataDir();
  void BrowseGenesis();
  void BrowseOrdod();
  QLabel* AddNote(QFormLayout* form, const QString& key, QWidget* editor);
  QVariantList RestartRelevantValues() const;

  AppSettings* m_settings;
  ClientModel* m_model;
  QVariantList m_started_with;  // restart-relevant stored values when the page was created

  QLabel* m_restart_banner;
  QGroupBox* m_network_box;
  QGroupBox* m_data_box;
  QGroupBox* m_appearance_box;
  QGroupBox* m_running_box;
  QFormLayout* m_network_form;
  QFormLayout* m_data_form;
  QFormLayout* m_appearance_form;
  QFormLayout* m_running_form;
  QComboBox* m_mode;
  QSpinBox* m_rpc_port;
  QSpinBox* m_p2p_port;
  QLineEdit* m_genesis;
  QPushButton* m_genesis_browse;
  QWidget* m_genesis_row;
  QLineEdit* m_peers;
  QLabel* m_peers_error;
  QLineEdit* m_ordod_path;
  QPushButton* m_ordod_browse;
  QWidget* m_ordod_row;
  QLineEdit* m_data_dir;
  QPushButton* m_data_browse;
  QWidget* m_data_row;
  QLabel* m_free_space;
  QComboBox* m_theme;
  QComboBox* m_language;
  QLabel* m_chain_id;
  QLabel* m_rpc_url;
  QLabel* m_running_mode;
  QLabel* m_running_data_dir;
  QList<Field> m_fields;
  QHash<QString, QLabel*> m_notes;
};

}  // namespace ordo::ui
