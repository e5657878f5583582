#include "ordo_resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares a function and cannot be used inside a namespace.
static void InitOrdoQrc() { Q_INIT_RESOURCE(ordo); }

namespace ordo::ui {

void InitResources() {
  static const bool initialised = [] {
    InitOrdoQrc();
    return true;
  }();
  (void)initialised;
}

}  // namespace ordo::ui
