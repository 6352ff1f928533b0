#pragma once
// Reading one large export with several threads. The file is cut at record
// boundaries inside one container element; every part after the first is
// parsed behind a copy of the file's head (prolog, root, PARAMETRES, up to
// the container's start tag), so its reader starts in the state it would
// have had there, and ends with the container still open. A head holding
// records (a STRUCTURES section before the pupils) is not split: every part
// would read them again. A part that does
// not end exactly so — a cut inside a comment, a CDATA section or another
// element — fails, and the caller reads the whole file in one piece: the
// split changes the speed, never the findings.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "io/random_access.hpp"
#include "model/records.hpp"

namespace scolint::formats {

struct SplitPlan {
  std::string head;                    // file bytes up to the container's start tag, then "\n"
  std::uint32_t head_lines = 0;        // line breaks in `head`
  std::vector<std::string> open_path;  // the elements open at the end of `head`, root first
  std::vector<std::uint64_t> cuts;     // where parts 1, 2... start: each at the start of a line
};

/// Where to cut `input` into at most `parts` parts, or nothing when the file
/// is not a kind whose records can be read apart (SIECLE pupils, AAF drops),
/// or no cut was found.
std::optional<SplitPlan> plan_split(const io::RandomAccess& input, unsigned parts);

/// How many bytes of `bytes` equal `byte`.
std::uint64_t count_byte(std::string_view bytes, char byte);

/// Line breaks as expat counts them (LF, CRLF, lone CR) in the bytes [0, end).
Result<std::uint64_t> count_line_breaks(const io::RandomAccess& input, std::uint64_t end);

}  // namespace scolint::formats
