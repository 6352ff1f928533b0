#include "formats/split_plan.hpp"

#include <expat.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <vector>

#include "formats/xml_reader.hpp"

namespace scolint::formats {
namespace {

// Containers whose records a reader reads each on its own: SIECLE's <ELEVE>
// (the reader resets its pupil at each start tag) and an AAF drop's
// <addRequest>. Not the STRUCTURES section after the pupils. The AAF reader
// turns the first use of each class code into the class's record: each part
// does so for its own first uses, and the join keeps the first of each
// (engine/session.cpp, join_parts), which is the one a whole read gives.
struct SplitSpec {
  std::string_view container;  // how its start tag begins, as exports write it
  std::string_view record;     // how a record's start tag begins
};
constexpr std::array<SplitSpec, 2> specs{{{"<ELEVES>", "<ELEVE "}, {"<ficAlimMENESR", "<addRequest>"}}};

constexpr std::size_t head_window = std::size_t{1} << 20U;  // PARAMETRES is a few hundred bytes
constexpr std::size_t cut_window = std::size_t{1} << 20U;   // a pupil is about a kilobyte

Result<std::string> read_window(const io::RandomAccess& input, std::uint64_t offset, std::size_t length) {
  // Clamped to the file: a small file must not cost a zeroed megabyte.
  length = static_cast<std::size_t>(std::min<std::uint64_t>(length, input.size() - std::min(offset, input.size())));
  std::string bytes(length, '\0');
  std::size_t filled = 0;
  while (filled < length) {
    auto got = input.read_at(offset + filled, std::span<char>(bytes).subspan(filled));
    if (!got) return got.error();
    if (got.value() == 0) break;
    filled += got.value();
  }
  bytes.resize(filled);
  return bytes;
}

// Follows the open elements; the head ends just after the container's start tag.
class PathTracker final : public XmlRootDispatcher, public XmlHandler {
 public:
  XmlHandler* handler_for_root(std::string_view, const XmlAttributes&) override { return this; }
  void start_element(const XmlPath& path, const XmlAttributes&, XmlPosition) override {
    open = path.names();
    if (path.size() < 2 || path[1] != "PARAMETRES") ++started;
  }
  void end_element(const XmlPath& path, std::string_view) override {
    open = path.names();
    open.pop_back();
  }
  std::vector<std::string> open;
  std::size_t started = 0;  // elements started outside PARAMETRES
};

// The elements open at the end of `head`, if it is well-formed up to there
// and holds no element but PARAMETRES and the container's ancestors. Every
// part replays the head: records in it (a STRUCTURES section written before
// the pupils) would be read once per part.
std::optional<std::vector<std::string>> open_elements(const std::string& head) {
  PathTracker tracker;
  const auto source = io::memory_source(head);
  const XmlOutcome outcome = parse_xml(*source, tracker);
  if (outcome.failure != XmlFailure::not_well_formed || outcome.expat_code != XML_ERROR_NO_ELEMENTS) return {};
  if (tracker.started != tracker.open.size()) return {};
  return tracker.open;
}

bool is_blank_byte(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// The first line start at or after `from` whose first non-blank bytes are `record`.
std::optional<std::uint64_t> find_cut(const io::RandomAccess& input, std::uint64_t from, std::string_view record) {
  auto window = read_window(input, from, cut_window);
  if (!window) return {};
  const std::string& bytes = window.value();
  for (std::size_t at = bytes.find(record); at != std::string::npos; at = bytes.find(record, at + 1)) {
    std::size_t start = at;
    while (start > 0 && is_blank_byte(bytes[start - 1])) --start;
    if (start > 0 && bytes[start - 1] == '\n') return from + start;
  }
  return {};
}

}  // namespace

std::optional<SplitPlan> plan_split(const io::RandomAccess& input, unsigned parts) {
  if (parts < 2) return {};
  auto window = read_window(input, 0, head_window);
  if (!window) return {};
  const std::string& start = window.value();
  for (const SplitSpec& spec : specs) {
    const std::size_t container = start.find(spec.container);
    if (container == std::string::npos) continue;
    // The start tag may carry attributes (AAF's root): the head ends at its '>'.
    const std::size_t tag_end = start.find('>', container);
    if (tag_end == std::string::npos) return {};
    SplitPlan plan;
    plan.head = start.substr(0, tag_end + 1) + "\n";
    const auto head_lines = count_line_breaks(*io::memory_random_access(plan.head), plan.head.size());
    if (!head_lines) return {};
    plan.head_lines = static_cast<std::uint32_t>(head_lines.value());
    auto open = open_elements(plan.head);
    std::string_view name = spec.container.substr(1);
    if (name.ends_with('>')) name.remove_suffix(1);
    if (!open || open->empty() || open->back() != name) return {};
    plan.open_path = std::move(*open);
    std::uint64_t previous = plan.head.size();
    for (unsigned k = 1; k < parts; ++k) {
      const std::uint64_t target = std::max(previous, input.size() / parts * k);
      const auto cut = find_cut(input, target, spec.record);
      if (!cut) break;
      plan.cuts.push_back(*cut);
      previous = *cut + 1;
    }
    if (plan.cuts.empty()) return {};
    return plan;
  }
  return {};
}

std::uint64_t count_byte(std::string_view bytes, char byte) {
  // Eight bytes at a time: a lane's high bit is set where it equals `byte`,
  // without borrowing from its neighbour, and the lanes add up in a byte
  // each for up to 255 words. std::count went a byte at a time (-O2): part k
  // of a split file counts the line breaks of everything before its cut.
  constexpr std::uint64_t ones = 0x0101010101010101ULL;
  constexpr std::uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL;
  const std::uint64_t pattern = ones * static_cast<unsigned char>(byte);
  const char* at = bytes.data();
  std::size_t left = bytes.size();
  std::uint64_t count = 0;
  while (left >= 8) {
    std::uint64_t lanes = 0;
    for (int word = 0; word < 255 && left >= 8; ++word, at += 8, left -= 8) {
      std::uint64_t chunk = 0;
      std::memcpy(&chunk, at, sizeof chunk);
      const std::uint64_t x = chunk ^ pattern;
      lanes += (~(((x & low7) + low7) | x | low7)) >> 7U;
    }
    // Pairs of lanes into 16-bit lanes first: eight lanes of 255 overflow a byte.
    constexpr std::uint64_t even = 0x00FF00FF00FF00FFULL;
    const std::uint64_t pairs = (lanes & even) + ((lanes >> 8U) & even);
    count += (pairs * 0x0001000100010001ULL) >> 48U;
  }
  for (; left > 0; ++at, --left) count += *at == byte ? 1 : 0;
  return count;
}

Result<std::uint64_t> count_line_breaks(const io::RandomAccess& input, std::uint64_t end) {
  std::uint64_t breaks = 0;
  std::vector<char> block(static_cast<std::size_t>(std::min<std::uint64_t>(std::uint64_t{1} << 20U, end)));
  bool after_cr = false;  // the previous block ended with CR
  for (std::uint64_t offset = 0; offset < end;) {
    const std::size_t wanted = std::min<std::uint64_t>(block.size(), end - offset);
    auto got = input.read_at(offset, std::span<char>(block).first(wanted));
    if (!got) return got.error();
    if (got.value() == 0) break;
    const std::size_t length = got.value();
    const char* bytes = block.data();
    breaks += count_byte({bytes, length}, '\n');
    // A CR counts only when no LF follows it (CRLF is one break).
    if (after_cr && bytes[0] != '\n') ++breaks;
    after_cr = false;
    for (const void* found = std::memchr(bytes, '\r', length); found != nullptr;) {
      const auto at = static_cast<std::size_t>(static_cast<const char*>(found) - bytes);
      if (at + 1 == length) {
        after_cr = true;
        break;
      }
      if (bytes[at + 1] != '\n') ++breaks;
      found = std::memchr(bytes + at + 1, '\r', length - at - 1);
    }
    offset += length;
  }
  if (after_cr) ++breaks;
  return breaks;
}

}  // namespace scolint::formats
