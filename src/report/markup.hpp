#pragma once
// Escaping for the XML and HTML reports (JUnit, HTML): one function, so both
// treat quotes and control characters alike.

#include <string>
#include <string_view>

namespace scolint::report {

/// `text` with & < > " ' escaped and the control characters XML 1.0 forbids
/// dropped (tab and line feed kept): safe in element text and attribute values.
inline std::string escape_markup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') out += c;
    }
  }
  return out;
}

}  // namespace scolint::report
