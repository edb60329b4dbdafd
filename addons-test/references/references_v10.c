/* The references addon built for Node-API 10, where any value may be referenced. */
#define NAPI_VERSION 10
#include "references.c"
