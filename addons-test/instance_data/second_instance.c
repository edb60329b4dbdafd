/* A second addon: each addon (env) has its own instance data. */
#include "instance_data.c"
