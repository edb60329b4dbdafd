/* The loop from napi_get_uv_event_loop is a real libuv loop: timers, async
   handles (woken from another thread), work requests, idle/check handles,
   uv_close and uv_unref work on it unchanged, and its active handles keep
   the process alive. */
#define _GNU_SOURCE /* uv.h needs POSIX types that -std=c11 hides */
#include "napi_test.h"

#include <pthread.h>
#include <uv.h>

static char event_log[4096];
static uv_mutex_t log_mutex;

static void log_event(const char* what) {
  uv_mutex_lock(&log_mutex);
  if (strlen(event_log) + strlen(what) + 2 < sizeof event_log) {
    strcat(event_log, what);
    strcat(event_log, " ");
  }
  uv_mutex_unlock(&log_mutex);
}

static uv_timer_t timer;
static uv_timer_t unrefd_timer;
static uv_async_t async_handle;
static uv_idle_t idle;
static uv_check_t check;
static uv_work_t work;
static pthread_t sender;
static int timer_ticks = 0;
static int work_on_loop_thread = -1;
static pthread_t loop_thread;

static void on_close(uv_handle_t* handle) {
  log_event(handle == (uv_handle_t*)&timer ? "timer-closed" : handle == (uv_handle_t*)&async_handle ? "async-closed" : "closed");
}

static void on_timer(uv_timer_t* t) {
  (void)t;
  char text[32];
  snprintf(text, sizeof text, "timer%d", ++timer_ticks);
  log_event(text);
  if (timer_ticks == 3) uv_close((uv_handle_t*)&timer, on_close);
}

static void on_async(uv_async_t* handle) {
  log_event("async");
  uv_close((uv_handle_t*)handle, on_close);
}

static void* send_from_thread(void* arg) {
  (void)arg;
  uv_async_send(&async_handle);
  return NULL;
}

static void do_work(uv_work_t* req) {
  (void)req;
  work_on_loop_thread = pthread_equal(pthread_self(), loop_thread);
}

static void after_work(uv_work_t* req, int status) {
  (void)req;
  log_event(status == 0 ? "work-done" : "work-failed");
}

static void on_idle(uv_idle_t* handle) {
  log_event("idle");
  uv_idle_stop(handle);
}

static int check_runs = 0;
static void on_check(uv_check_t* handle) {
  if (++check_runs == 1) log_event("check");
  if (timer_ticks == 3) uv_check_stop(handle);
}

static void on_unrefd_timer(uv_timer_t* t) {
  (void)t;
  log_event("unrefd-timer-fired");
}

/* start(): sets everything up on the loop. */
static napi_value start(napi_env env, napi_callback_info info) {
  (void)info;
  uv_loop_t* loop = NULL;
  CALL(env, napi_get_uv_event_loop(env, &loop));
  uv_loop_t* again = NULL;
  CALL(env, napi_get_uv_event_loop(env, &again));
  if (loop == NULL || loop != again) {
    napi_throw_error(env, NULL, "napi_get_uv_event_loop gave different loops");
    return NULL;
  }
  loop_thread = pthread_self();
  uv_mutex_init(&log_mutex);
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, on_timer, 5, 5);
  uv_timer_init(loop, &unrefd_timer);
  uv_timer_start(&unrefd_timer, on_unrefd_timer, 60000, 0);
  uv_unref((uv_handle_t*)&unrefd_timer); /* must not keep the process alive */
  uv_async_init(loop, &async_handle, on_async);
  pthread_create(&sender, NULL, send_from_thread, NULL);
  uv_queue_work(loop, &work, do_work, after_work);
  uv_idle_init(loop, &idle);
  uv_idle_start(&idle, on_idle);
  uv_check_init(loop, &check);
  uv_check_start(&check, on_check);
  return NULL;
}

/* events() -> the log, once everything ran */
static napi_value events(napi_env env, napi_callback_info info) {
  (void)info;
  pthread_join(sender, NULL);
  char text[4200];
  snprintf(text, sizeof text, "%swork-thread:%s", event_log, work_on_loop_thread == 0 ? "pool" : "loop");
  return mkstr(env, text);
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  STATUSES(s);
  PUSH(s, napi_get_uv_event_loop(env, NULL));
  return s.arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {EXPORT_FN(start), EXPORT_FN(events), EXPORT_FN(nullArgs)};
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
