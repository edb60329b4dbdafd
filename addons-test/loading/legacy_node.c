/* (g) A non-Node-API addon using the legacy node_module_register() entry
   point with a wrong module ABI version (nm_version = 1). Loading must
   fail with an Error naming the file. */
#include <stddef.h>

void node_module_register(void* mod);

struct fake_node_module {
  int nm_version;
  unsigned int nm_flags;
  void* nm_dso_handle;
  const char* nm_filename;
  void (*nm_register_func)(void);
  void (*nm_context_register_func)(void);
  const char* nm_modname;
  void* nm_priv;
  struct fake_node_module* nm_link;
};

static struct fake_node_module legacy_node_module = {
    1, 0, NULL, __FILE__, NULL, NULL, "legacy_node", NULL, NULL,
};

__attribute__((constructor)) static void register_legacy_node(void) {
  node_module_register(&legacy_node_module);
}
