// libFuzzer harness: any bytes as one export, through sniffing, the reader
// (expat + the SIECLE/STS/AAF adapters, or the CSV reader), every rule and
// one of the eight report formats (by input length). Built three times — fuzz_xml, fuzz_aaf, fuzz_csv —
// which differ by the seed corpus and dictionary fuzz/run.sh gives them, so
// that each spends its time inside one reader.
#include <cstddef>
#include <cstdint>
#include <string>

#include "pipeline.hpp"

#ifndef SCOLINT_FUZZ_INPUT_NAME
#define SCOLINT_FUZZ_INPUT_NAME "fuzz.xml"
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<scolint::engine::Input> inputs;
  inputs.push_back({SCOLINT_FUZZ_INPUT_NAME, std::string(reinterpret_cast<const char*>(data), size), false});
  scolint::fuzz::lint_and_render(std::move(inputs), size);
  return 0;
}
