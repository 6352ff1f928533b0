// libFuzzer harness: any bytes as one export, through sniffing, the reader
// (expat + the SIECLE/STS/AAF adapters, or the CSV reader), every rule and
// one of the eight report formats (by input length). Built three times — fuzz_xml, fuzz_aaf, fuzz_csv —
// which differ by the seed corpus and dictionary fuzz/run.sh gives them, so
// that each spends its time inside one reader.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "formats/export_reader.hpp"
#include "pipeline.hpp"

#ifndef SCOLINT_FUZZ_INPUT_NAME
#define SCOLINT_FUZZ_INPUT_NAME "fuzz.xml"
#endif

// libFuzzer names the entry point.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
#ifdef SCOLINT_FUZZ_XML_ONLY
  // The XML harnesses leave CSV to fuzz_csv: mutated XML turns into delimited
  // text so often that 43 % of fuzz_xml_read's corpus and 61 % of
  // fuzz_aaf_read's were CSV, and most of their time went to the CSV
  // reader. -1 keeps such an input out of the corpus.
  if (scolint::formats::read_as_csv(bytes)) return -1;
#endif
  std::vector<scolint::engine::Input> inputs;
  inputs.push_back({SCOLINT_FUZZ_INPUT_NAME, std::string(bytes), false});
  scolint::fuzz::lint_and_render(std::move(inputs), size);
  return 0;
}
