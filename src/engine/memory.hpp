#pragma once
// Handing memory back to the system between phases of a run.

namespace scolint::engine {

/// Returns the free pages of every malloc arena to the system. glibc keeps
/// what a thread freed in that thread's arena: a million records read on two
/// threads then freed would still count in the peak RSS while the report is
/// built on another. Does nothing where the allocator has no such call.
void release_free_memory();

}  // namespace scolint::engine
