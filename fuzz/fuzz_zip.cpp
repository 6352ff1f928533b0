// libFuzzer harness: any bytes as a ZIP archive given by path, as SIECLE
// hands exports out. Covers the archive sniffing, libzip's reading of a
// corrupt central directory, member streaming with the inflation cap, and
// the members through the whole pipeline.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include "pipeline.hpp"

namespace {

// One scratch file per process (parallel fuzzing jobs must not share it),
// in memory when the machine has /dev/shm: on ext4, truncating and rewriting
// a file flushes it at close (auto_da_alloc), which halved the harness's
// speed.
const std::string& scratch_path() {
  static const std::string path = std::string(::access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp") +
                                  "/scolint-fuzz-" + std::to_string(::getpid()) + ".zip";
  return path;
}

}  // namespace

// libFuzzer names the entry point.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  {
    std::ofstream out(scratch_path(), std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  std::vector<scolint::engine::Input> inputs;
  inputs.push_back({scratch_path(), std::nullopt, false});
  scolint::fuzz::lint_and_render(std::move(inputs), size);
  return 0;
}
