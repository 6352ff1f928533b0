#pragma once
// Runs independent tasks on a few threads. Each task writes only its own
// result slot; the caller merges the slots in index order, so the outcome is
// the same whatever the number of threads and whichever thread ran what.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace scolint::engine {

/// The number of threads `requested` stands for: 0 means one per core.
inline unsigned thread_count(unsigned requested) {
  if (requested != 0) return requested;
  return std::max(1U, std::thread::hardware_concurrency());
}

/// Calls `task(i)` for every i in [0, count), on at most `threads` threads
/// (the calling thread is one of them). An exception escaping a task is
/// rethrown here once every thread has stopped.
template <typename Task>
void for_each_index(std::size_t count, unsigned threads, Task&& task) {
  const std::size_t workers = std::min<std::size_t>(threads == 0 ? 1 : threads, count);
  if (workers <= 1) {
    for (std::size_t i = 0; i < count; ++i) task(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::exception_ptr> errors(workers);
  auto work = [&](std::size_t worker) {
    try {
      for (std::size_t i = next++; i < count; i = next++) task(i);
    } catch (...) {
      errors[worker] = std::current_exception();
      next = count;  // the others stop after their current task
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(workers - 1);
  for (std::size_t worker = 1; worker < workers; ++worker) pool.emplace_back(work, worker);
  work(0);
  for (std::thread& thread : pool) thread.join();
  for (const std::exception_ptr& error : errors) {
    if (error) std::rethrow_exception(error);
  }
}

}  // namespace scolint::engine
