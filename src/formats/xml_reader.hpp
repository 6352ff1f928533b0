#pragma once
// Streaming XML on expat. The reader owns the security policy (no DTD
// loading, no entity declarations, bounded depth and text) and the encoding
// policy (the prolog is honoured; single-byte charsets expat lacks come from
// ICU). Handlers see elements with their positions and leaf text.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "io/byte_source.hpp"

namespace scolint::formats {

struct XmlPosition {
  std::uint32_t line = 0;    // 1-based
  std::uint32_t column = 0;  // 1-based, in characters
};

/// The attributes of a start tag, valid during the start_element call only.
class XmlAttributes {
 public:
  explicit XmlAttributes(const char** pairs) : pairs_(pairs) {}
  /// The value of attribute `name`, or empty.
  [[nodiscard]] std::string_view get(std::string_view name) const;

 private:
  const char** pairs_;
};

/// The open elements from the root to the current one. Names are views,
/// valid while their element is open. A million-pupil export opens forty
/// million elements: each level keeps its string, reused by the next element
/// at that depth, so no element costs an allocation; names compare as views
/// (length first), not as C strings.
class XmlPath {
 public:
  [[nodiscard]] std::size_t size() const { return depth_; }
  [[nodiscard]] bool empty() const { return depth_ == 0; }
  [[nodiscard]] std::string_view operator[](std::size_t level) const { return names_[level]; }
  [[nodiscard]] std::string_view back() const { return names_[depth_ - 1]; }
  /// The element around the current one; empty at the root.
  [[nodiscard]] std::string_view parent() const { return depth_ >= 2 ? names_[depth_ - 2] : std::string_view(); }
  /// A copy of the names, outermost first.
  [[nodiscard]] std::vector<std::string> names() const {
    return {names_.begin(), names_.begin() + static_cast<std::ptrdiff_t>(depth_)};
  }
  [[nodiscard]] bool operator==(const std::vector<std::string>& names) const {
    return names.size() == depth_ && std::equal(names.begin(), names.end(), names_.begin());
  }

  void push(std::string_view name) {
    if (depth_ == names_.size()) {
      names_.emplace_back(name);
    } else {
      names_[depth_].assign(name);
    }
    ++depth_;
  }
  void pop() { --depth_; }

 private:
  std::vector<std::string> names_;  // [0, depth_) open; the rest kept for reuse
  std::size_t depth_ = 0;
};

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void start_element(const XmlPath& path, const XmlAttributes& attributes, XmlPosition position) = 0;
  /// `text` is the character data directly inside the element (empty for a
  /// parent element), entities resolved, not trimmed. `path` still ends with it.
  virtual void end_element(const XmlPath& path, std::string_view text) = 0;
  /// The parse is over, at the end of the input or at an error: what the
  /// handler could only say of the whole file (a column no record had).
  virtual void end_of_input() {}
};

/// Decides, from the root element, which handler reads the file; returning
/// nullptr stops the parse as an unknown format.
class XmlRootDispatcher {
 public:
  virtual ~XmlRootDispatcher() = default;
  virtual XmlHandler* handler_for_root(std::string_view root, const XmlAttributes& attributes) = 0;
};

struct XmlLimits {
  std::size_t max_depth = 4096;            // real exports nest less than 10 deep
  std::size_t max_text_bytes = 1U << 20U;  // a longer text value stops the parse (F003)
  // expat holds a tag (with its attributes) or a comment whole: bytes read
  // without any element or text event in between stop the parse too, so a
  // 64 MiB attribute costs megabytes, not hundreds.
  std::size_t max_token_bytes = 8U << 20U;
  std::size_t chunk_bytes = 1U << 18U;
};

enum class XmlFailure : std::uint8_t {
  none,
  not_well_formed,     // expat's own error: `expat_message` says which
  unknown_encoding,    // the prolog names an encoding ICU does not know as single-byte
  invalid_bytes,       // bytes that are not UTF-8 in a UTF-8 document: `detail` is the byte
  entity_declaration,  // <!ENTITY ...>: refused (no expansion, no XXE)
  too_deep,
  text_too_long,  // a text value over XmlLimits::max_text_bytes: no real export has one
  unknown_root,
  read_error,
};

struct XmlOutcome {
  XmlFailure failure = XmlFailure::none;
  int expat_code = 0;              // XML_Error when failure == not_well_formed
  std::string expat_message;       // expat's English text for it
  std::string detail;              // root name, encoding name or read error
  XmlPosition position;            // where the failure was seen
  std::string encoding = "UTF-8";  // declared in the prolog, else UTF-8 (XML 1.0 §4.3.3)
};

/// How a part of a file split for several threads differs from a whole file
/// (formats/split_plan.hpp). The default is a whole file.
struct XmlSlice {
  /// Added to every line number: the part's bytes start further down the file.
  std::int64_t line_offset = 0;
  /// Set when the part stops before the end of the file: the input must then
  /// end between two tokens with exactly these elements open (their names,
  /// from the root), and that is not an error.
  const std::vector<std::string>* open_at_end = nullptr;
};

/// Parses `source` to the end or to the first failure. Records already
/// handed to handlers stay valid after a failure.
/// `utf8_input`: the bytes are UTF-8 whatever the declaration says (they were
/// transcoded before); the declared name is still reported in the outcome.
XmlOutcome parse_xml(io::ByteSource& source, XmlRootDispatcher& dispatcher, const XmlLimits& limits = {},
                     bool utf8_input = false, const XmlSlice& slice = {});

}  // namespace scolint::formats
