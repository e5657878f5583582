#pragma once
// MetricCard: one titled figure on a page's grid (a title, a large value, a line of detail), with
// a tooltip explaining where the figure comes from.

#include <QFrame>
#include <QString>

class QLabel;

namespace ordo::ui {

class MetricCard : public QFrame {
  Q_OBJECT

 public:
  // `value_object_name` names the value label so tests can find it ("heightValue").
  MetricCard(const QString& title, const QString& value_object_name, const QString& tooltip,
             QWidget* parent = nullptr);

  void SetValue(const QString& value);
  void SetDetail(const QString& detail);
  QLabel* ValueLabel() const { return m_value; }
  QLabel* DetailLabel() const { return m_detail; }

 private:
  QLabel* m_title;
  QLabel* m_value;
  QLabel* m_detail;
};

}  // namespace ordo::ui
