// libFuzzer harness: any bytes as an export, through the whole pipeline
// (sniffing, expat, the adapters, every rule, the text and JSON reports).
#include <cstddef>
#include <cstdint>
#include <string>

#include <scolint/linter.hpp>
#include <scolint/report.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto linter = scolint::Linter::create({});
  if (!linter) return 0;
  linter.value().add_buffer("fuzz.xml", std::string(reinterpret_cast<const char*>(data), size));
  const scolint::Report report = linter.value().run();
  // Every report renders, whatever the input.
  (void)scolint::render_text(report, {});
  (void)scolint::render_json(report);
  (void)scolint::render_sarif(report, scolint::Language::en);
  return 0;
}
