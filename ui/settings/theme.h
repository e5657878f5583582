#pragma once
// The panel's theme: the system's own style and palette, or Fusion with a light or dark palette.

#include "settings/app_settings.h"

namespace ordo::ui {

// Applies `theme` to the running application (QApplication must exist).
void ApplyTheme(Theme theme);

}  // namespace ordo::ui
