// The program of each module's link check (core/CMakeLists.txt, ORDO_CHECK_LAYERS): the module's
// whole archive links into it with only the libraries the module declares, or the build fails.
int main() { return 0; }
