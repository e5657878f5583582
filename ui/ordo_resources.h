#pragma once
// The panel's embedded resources (icons, :/icons) live in the static ordo_ui library, whose
// resource initialiser the linker drops unless something refers to it. Widgets that use an icon
// call InitResources() first; it is cheap and idempotent. Thread safety: GUI thread.

namespace ordo::ui {

void InitResources();

}  // namespace ordo::ui
