#include "cli/progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <thread>

namespace scolint::cli {
namespace {

// Whether a progress line may be drawn: stderr is a terminal, and not a CI
// job's (CI logs keep every \r'd line).
bool progress_wanted() {
  const char* ci = std::getenv("CI");
  return isatty(STDERR_FILENO) != 0 && (ci == nullptr || *ci == '\0' || std::string_view(ci) == "false");
}

}  // namespace

// Runs the linter; on a terminal, a run of more than a second shows on
// stderr what it has read so far, on one line rewritten in place.
Report run_with_progress(Linter& linter, Progress& progress, Language language) {
  if (!progress_wanted()) return linter.run();
  std::atomic<bool> done{false};
  std::thread drawer([&] {
    using namespace std::chrono_literals;
    const auto started = std::chrono::steady_clock::now();
    bool drawn = false;
    while (!done.load()) {
      std::this_thread::sleep_for(100ms);
      if (done.load() || std::chrono::steady_clock::now() - started < 1s) continue;
      const bool fr = language == Language::fr;
      const auto megabytes = progress.bytes.load() >> 20U;
      std::string line = progress.checking.load()
                             ? (fr ? "vérifications croisées…" : "cross-checks…")
                             : (fr ? "lecture : " : "reading: ") + std::to_string(progress.files_read.load()) + "/" +
                                   std::to_string(progress.files.load()) + (fr ? " fichier(s), " : " file(s), ") +
                                   std::to_string(megabytes) + (fr ? " Mo, " : " MB, ") +
                                   std::to_string(progress.records.load()) + (fr ? " enregistrements" : " records");
      std::cerr << "\r\x1b[K"
                << "scolint: " << line << std::flush;
      drawn = true;
    }
    if (drawn) std::cerr << "\r\x1b[K" << std::flush;
  });
  Report report = linter.run();
  done.store(true);
  drawer.join();
  return report;
}

// On stderr, so that it never mixes with a machine-readable report.
void print_statistics(const Report& report, double seconds, Language language) {
  std::uint64_t bytes = 0;
  for (const auto& file : report.files) bytes += file.bytes;
  const double safe = std::max(seconds, 1e-6);
  const bool fr = language == Language::fr;
  std::cerr.setf(std::ios::fixed);
  std::cerr.precision(2);
  std::cerr << (fr ? "statistiques : " : "statistics: ") << report.files.size() << (fr ? " fichier(s), " : " file(s), ")
            << report.records << (fr ? " enregistrements, " : " records, ") << static_cast<double>(bytes) / 1e6
            << (fr ? " Mo en " : " MB in ") << seconds << " s ; " << static_cast<double>(report.records) / safe
            << (fr ? " enr./s, " : " records/s, ") << static_cast<double>(bytes) / 1e6 / safe
            << (fr ? " Mo/s\n" : " MB/s\n");
  std::map<std::string, std::uint64_t> per_code;
  for (const auto& d : report.diagnostics) ++per_code[d.code];
  for (const auto& [code, count] : report.omitted) per_code[code] += count;
  for (const auto& [code, count] : per_code) std::cerr << "  " << code << ' ' << count << '\n';
  if (report.low_memory.used) {
    std::cerr << (fr ? "  mémoire réduite : la seconde lecture a gardé " : "  low memory: the second read kept ")
              << report.low_memory.kept
              << (fr ? " élèves, affectations et liens sur " : " pupils, placements and links of ")
              << report.low_memory.records << '\n';
  }
}

}  // namespace scolint::cli
