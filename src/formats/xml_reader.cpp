#include "formats/xml_reader.hpp"

#include <expat.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <exception>
#include <memory>

#include "formats/single_byte_encoding.hpp"
#include "model/text.hpp"

namespace scolint::formats {

std::string_view XmlAttributes::get(std::string_view name) const {
  for (const char** pair = pairs_; pair != nullptr && *pair != nullptr; pair += 2) {
    if (name == pair[0]) return pair[1];
  }
  return {};
}

namespace {

class ExpatSession {
 public:
  ExpatSession(XmlRootDispatcher& dispatcher, const XmlLimits& limits, bool utf8_input, const XmlSlice& slice)
      : parser_(XML_ParserCreate(utf8_input ? "UTF-8" : nullptr), &XML_ParserFree),
        dispatcher_(dispatcher),
        limits_(limits),
        slice_(slice) {
    XML_Parser parser = parser_.get();
    XML_SetUserData(parser, this);
    XML_SetElementHandler(parser, &ExpatSession::on_start, &ExpatSession::on_end);
    XML_SetCharacterDataHandler(parser, &ExpatSession::on_text);
    XML_SetXmlDeclHandler(parser, &ExpatSession::on_declaration);
    XML_SetUnknownEncodingHandler(parser, &ExpatSession::on_unknown_encoding, this);
    // No declared entity is ever expanded and no external subset is loaded:
    // the first <!ENTITY stops the parse (billion laughs, XXE). A DOCTYPE that
    // only names a DTD, as AAF files do, passes.
    XML_SetEntityDeclHandler(parser, &ExpatSession::on_entity_declaration);
    XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
  }

  void finish() {
    if (handler_ != nullptr) handler_->end_of_input();
  }

  XmlOutcome run(io::ByteSource& source) {
    XML_Parser parser = parser_.get();
    if (parser == nullptr) {
      outcome_.failure = XmlFailure::read_error;
      outcome_.detail = "out of memory";
      return outcome_;
    }
    // Reads double from 16 KiB to chunk_bytes: a small file gets a small
    // buffer from expat, a large one reaches full chunks after five reads.
    std::size_t chunk = std::min<std::size_t>(std::size_t{16} << 10U, limits_.chunk_bytes);
    for (;;) {
      void* buffer = XML_GetBuffer(parser, static_cast<int>(chunk));
      if (buffer == nullptr) return expat_failure();
      auto got = source.read({static_cast<char*>(buffer), chunk});
      chunk = std::min(chunk * 2, limits_.chunk_bytes);
      if (!got) {
        outcome_.failure = XmlFailure::read_error;
        outcome_.detail = got.error().detail;
        outcome_.position = current_position();
        return outcome_;
      }
      const auto length = static_cast<int>(got.value());
      const bool last = length == 0;
      if (XML_ParseBuffer(parser, length, last ? XML_TRUE : XML_FALSE) != XML_STATUS_OK) {
        if (outcome_.failure != XmlFailure::none) return outcome_;  // we stopped it
        if (last && ends_as_expected()) return outcome_;
        return expat_failure();
      }
      fed_since_event_ += got.value();
      if (fed_since_event_ > limits_.max_token_bytes) {
        record_failure(XmlFailure::text_too_long, std::to_string(limits_.max_token_bytes >> 20U));
        return outcome_;
      }
      if (last) return outcome_;
    }
  }

 private:
  static ExpatSession& self(void* data) { return *static_cast<ExpatSession*>(data); }

  // A part that stops before the end of its file: expat's "no element found"
  // at a token boundary, with the elements the split expected still open.
  bool ends_as_expected() const {
    return slice_.open_at_end != nullptr && XML_GetErrorCode(parser_.get()) == XML_ERROR_NO_ELEMENTS &&
           path_ == *slice_.open_at_end;
  }

  XmlPosition position(XML_Size line, XML_Size column) const {
    return {static_cast<std::uint32_t>(static_cast<std::int64_t>(line) + slice_.line_offset),
            static_cast<std::uint32_t>(column + 1)};
  }

  XmlPosition current_position() const {
    XML_Parser parser = parser_.get();
    return position(XML_GetCurrentLineNumber(parser), XML_GetCurrentColumnNumber(parser));
  }

  XmlOutcome expat_failure() {
    XML_Parser parser = parser_.get();
    const XML_Error code = XML_GetErrorCode(parser);
    outcome_.position = position(XML_GetErrorLineNumber(parser), XML_GetErrorColumnNumber(parser));
    if (code == XML_ERROR_UNKNOWN_ENCODING) {
      outcome_.failure = XmlFailure::unknown_encoding;
      if (outcome_.detail.empty()) outcome_.detail = outcome_.encoding;
    } else if (code == XML_ERROR_INVALID_TOKEN && outcome_.encoding == "UTF-8" && locate_invalid_utf8()) {
      outcome_.failure = XmlFailure::invalid_bytes;
    } else {
      outcome_.failure = XmlFailure::not_well_formed;
    }
    outcome_.expat_code = static_cast<int>(code);
    const XML_LChar* text = XML_ErrorString(code);
    outcome_.expat_message = text != nullptr ? text : "unknown error";
    return outcome_;
  }

  // An "invalid token" in a UTF-8 document is most often a Latin-9 byte in a
  // file that declares no encoding: find the byte so the diagnostic can say so.
  bool locate_invalid_utf8() {
    int offset = 0;
    int size = 0;
    const char* context = XML_GetInputContext(parser_.get(), &offset, &size);
    if (context == nullptr || offset < 0 || offset >= size) return false;
    const std::string_view bytes(context, static_cast<std::size_t>(size));
    std::size_t pos = static_cast<std::size_t>(offset);
    XmlPosition where = outcome_.position;
    while (pos < bytes.size()) {
      const auto lead = static_cast<unsigned char>(bytes[pos]);
      const std::size_t length = utf8_sequence_length(bytes.substr(pos));
      if (length == 0) {
        std::array<char, 8> hex{};
        std::snprintf(hex.data(), hex.size(), "0x%02X", lead);
        outcome_.detail = hex.data();
        outcome_.position = where;
        return true;
      }
      if (lead == '\n') {
        ++where.line;
        where.column = 1;
      } else {
        ++where.column;
      }
      pos += length;
    }
    return false;
  }

  // Length of the valid UTF-8 sequence starting `bytes`, 0 if it is invalid.
  static std::size_t utf8_sequence_length(std::string_view bytes) {
    const auto at = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
    const unsigned char lead = at(0);
    std::size_t length = 0;
    if (lead < 0x80U) return 1;
    if (lead >= 0xC2U && lead <= 0xDFU) {
      length = 2;
    } else if (lead >= 0xE0U && lead <= 0xEFU) {
      length = 3;
    } else if (lead >= 0xF0U && lead <= 0xF4U) {
      length = 4;
    } else {
      return 0;
    }
    if (bytes.size() < length) return 0;
    for (std::size_t i = 1; i < length; ++i) {
      if ((at(i) & 0xC0U) != 0x80U) return 0;
    }
    return length;
  }

  void record_failure(XmlFailure failure, std::string detail) {
    outcome_.failure = failure;
    outcome_.detail = std::move(detail);
    outcome_.position = current_position();
  }

  // From a handler: the failure, and expat returns as soon as the handler does.
  void stop(XmlFailure failure, std::string detail) {
    record_failure(failure, std::move(detail));
    XML_StopParser(parser_.get(), XML_FALSE);
  }

  // A handler must never let an exception cross expat's C frames.
  template <typename F>
  void guarded(F&& body) {
    if (outcome_.failure != XmlFailure::none) return;
    try {
      body();
    } catch (const std::exception& error) {
      stop(XmlFailure::read_error, error.what());
    } catch (...) {
      stop(XmlFailure::read_error, "internal error");
    }
  }

  static void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
    ExpatSession& session = self(data);
    session.fed_since_event_ = 0;
    session.guarded([&] {
      const XmlAttributes attrs(attributes);
      const XmlPosition position = session.current_position();
      if (session.path_.empty()) {
        session.handler_ = session.dispatcher_.handler_for_root(name, attrs);
        if (session.handler_ == nullptr) {
          session.stop(XmlFailure::unknown_root, name);
          return;
        }
      }
      if (session.path_.size() >= session.limits_.max_depth) {
        session.stop(XmlFailure::too_deep, std::to_string(session.limits_.max_depth));
        return;
      }
      for (const XML_Char** pair = attributes; *pair != nullptr; pair += 2) {
        if (std::char_traits<char>::length(pair[1]) > session.limits_.max_text_bytes) {
          session.stop(XmlFailure::text_too_long, std::to_string(session.limits_.max_text_bytes >> 20U));
          return;
        }
      }
      session.path_.push(name);
      session.text_.clear();
      session.handler_->start_element(session.path_, attrs, position);
    });
  }

  static void XMLCALL on_end(void* data, const XML_Char* /*name*/) {
    ExpatSession& session = self(data);
    session.fed_since_event_ = 0;
    session.guarded([&] {
      session.handler_->end_element(session.path_, session.text_);
      session.path_.pop();
      session.text_.clear();
    });
  }

  static void XMLCALL on_text(void* data, const XML_Char* text, int length) {
    ExpatSession& session = self(data);
    const auto size = static_cast<std::size_t>(length);
    session.fed_since_event_ = 0;
    if (session.outcome_.failure != XmlFailure::none) return;
    if (session.text_.size() + size > session.limits_.max_text_bytes) {
      session.stop(XmlFailure::text_too_long, std::to_string(session.limits_.max_text_bytes >> 20U));
      return;
    }
    session.text_.append(text, size);
  }

  static void XMLCALL on_declaration(void* data, const XML_Char* /*version*/, const XML_Char* encoding,
                                     int /*standalone*/) {
    if (encoding == nullptr) return;
    self(data).outcome_.encoding = model::upper_ascii(encoding);
  }

  static int XMLCALL on_unknown_encoding(void* data, const XML_Char* name, XML_Encoding* info) {
    ExpatSession& session = self(data);
    session.outcome_.detail = name;
    const auto table = single_byte_table(name);
    if (!table) return XML_STATUS_ERROR;
    std::copy(table->begin(), table->end(), std::begin(info->map));
    info->data = nullptr;
    info->convert = nullptr;
    info->release = nullptr;
    session.outcome_.detail.clear();
    return XML_STATUS_OK;
  }

  static void XMLCALL on_entity_declaration(void* data, const XML_Char* entity_name, int /*is_parameter*/,
                                            const XML_Char* /*value*/, int /*value_length*/, const XML_Char* /*base*/,
                                            const XML_Char* /*system_id*/, const XML_Char* /*public_id*/,
                                            const XML_Char* /*notation*/) {
    self(data).stop(XmlFailure::entity_declaration, entity_name);
  }

  std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser_;
  XmlRootDispatcher& dispatcher_;
  const XmlLimits& limits_;
  const XmlSlice& slice_;
  XmlHandler* handler_ = nullptr;
  XmlPath path_;
  std::string text_;
  std::size_t fed_since_event_ = 0;  // bytes given to expat since the last element or text event
  XmlOutcome outcome_;
};

}  // namespace

XmlOutcome parse_xml(io::ByteSource& source, XmlRootDispatcher& dispatcher, const XmlLimits& limits, bool utf8_input,
                     const XmlSlice& slice) {
  ExpatSession session(dispatcher, limits, utf8_input, slice);
  XmlOutcome outcome = session.run(source);
  session.finish();
  return outcome;
}

}  // namespace scolint::formats
