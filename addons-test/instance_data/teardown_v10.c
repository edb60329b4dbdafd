/* The teardown addon built for Node-API 10: JS-running calls from teardown
   finalizers give napi_cannot_run_js instead of napi_pending_exception. */
#define NAPI_VERSION 10
#include "teardown.c"
