#include "formats/export_reader.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "formats/siecle_readers.hpp"
#include "formats/single_byte_encoding.hpp"
#include "model/text.hpp"

namespace scolint::formats {
namespace {

constexpr std::array<std::pair<std::string_view, model::ExportKind>, 9> roots{{
    {"BEE_ELEVES", model::ExportKind::siecle_eleves},
    {"BEE_RESPONSABLES", model::ExportKind::siecle_responsables},
    {"BEE_NOMENCLATURES", model::ExportKind::siecle_nomenclatures},
    {"BEE_STRUCTURES", model::ExportKind::siecle_structures},
    {"STS_EDT", model::ExportKind::sts_emp},
    // Old STS-Web exports named the root after the file.
    {"STS_EMP", model::ExportKind::sts_emp},
    // Variant exports of the same data (formats/SIECLE_STS.md §1.5).
    {"BEE_EPHC_ELEVES", model::ExportKind::siecle_eleves},
    {"BEE_EPHC_RESPONSABLES", model::ExportKind::siecle_responsables},
    {"FICALIMMENESR", model::ExportKind::aaf},
}};

// Reads nothing: for a recognised kind the settings leave out.
class SkippingHandler final : public XmlHandler {
 public:
  void start_element(const XmlPath&, const XmlAttributes&, XmlPosition) override {}
  void end_element(const XmlPath&, std::string_view) override {}
};

class Dispatcher final : public XmlRootDispatcher, public AafIssueLog {
 public:
  Dispatcher(model::FileId file, RecordSink& sink, const KindFilter& wanted)
      : file_(file), sink_(sink), wanted_(wanted) {}

  XmlHandler* handler_for_root(std::string_view root, const XmlAttributes& /*attributes*/) override {
    kind_ = kind_of_root(root);
    if (kind_ != model::ExportKind::unknown && !wanted_(kind_)) {
      skipped = true;
      adapter_ = std::make_unique<SkippingHandler>();
      return adapter_.get();
    }
    adapter_ = make_adapter(kind_, file_, sink_, *this);
    return adapter_.get();
  }
  bool skipped = false;
  void aaf_issue(AafIssue issue) override { issues.push_back(std::move(issue)); }

  [[nodiscard]] model::ExportKind kind() const { return kind_; }
  std::vector<AafIssue> issues;

 private:
  model::FileId file_;
  RecordSink& sink_;
  const KindFilter& wanted_;
  model::ExportKind kind_ = model::ExportKind::unknown;
  std::unique_ptr<XmlHandler> adapter_;
};

// Remembers where the first byte above 0x7F is, without slowing the read.
class HighByteWatch final : public io::ByteSource {
 public:
  explicit HighByteWatch(io::ByteSource& inner) : inner_(inner) {}
  Result<std::size_t> read(std::span<char> buffer) override {
    auto got = inner_.read(buffer);
    if (got && !seen && got.value() > 0) {
      seen = std::any_of(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(got.value()),
                         [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    }
    return got;
  }
  bool seen = false;

 private:
  io::ByteSource& inner_;
};

bool is_white(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Where a file's content starts: after a UTF-8 BOM and white space.
std::size_t content_start(std::string_view prefix) {
  std::size_t start = prefix.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (start < prefix.size() && is_white(static_cast<unsigned char>(prefix[start]))) ++start;
  return start;
}

bool starts_as_utf16(std::string_view prefix) {
  return prefix.starts_with("\xFF\xFE") || prefix.starts_with("\xFE\xFF");
}

}  // namespace

bool read_as_csv(std::string_view prefix) {
  const std::size_t start = content_start(prefix);
  return start < prefix.size() && prefix[start] != '<' && !starts_as_utf16(prefix) &&
         looks_like_csv(prefix.substr(start));
}

model::ExportKind kind_of_root(std::string_view root) {
  // Importers compare the root upper-cased (GEPI init_xml2/step1.php); so do we.
  const std::string upper = model::upper_ascii(root);
  for (const auto& [name, kind] : roots) {
    if (name == upper) return kind;
  }
  return model::ExportKind::unknown;
}

std::unique_ptr<XmlHandler> make_adapter(model::ExportKind kind, model::FileId file, RecordSink& sink,
                                         AafIssueLog& log) {
  switch (kind) {
    case model::ExportKind::siecle_eleves: return make_siecle_eleves_reader(file, sink);
    case model::ExportKind::siecle_responsables: return make_siecle_responsables_reader(file, sink);
    case model::ExportKind::siecle_nomenclatures: return make_siecle_nomenclatures_reader(file, sink);
    case model::ExportKind::siecle_structures: return make_siecle_structures_reader(file, sink);
    case model::ExportKind::sts_emp: return make_sts_emp_reader(file, sink);
    case model::ExportKind::aaf: return make_aaf_reader(file, sink, log);
    default: break;  // the CSV kinds are read by csv_reader, not by an XML adapter
  }
  return nullptr;
}

ReadOutcome read_export(io::ByteSource& source, model::FileId file, RecordSink& sink, const KindFilter& wanted,
                        const XmlSlice& slice, std::string_view file_name) {
  ReadOutcome outcome;
  // Sniff: skip a UTF-8 BOM and white space; the first other byte tells XML
  // ('<') from anything else. UTF-16 files start with their BOM.
  std::string prefix;
  std::array<char, 4096> chunk{};
  for (;;) {
    auto got = source.read(chunk);
    if (!got) {
      outcome.xml.failure = XmlFailure::read_error;
      outcome.xml.detail = got.error().detail;
      return outcome;
    }
    if (got.value() == 0) break;
    prefix.append(chunk.data(), got.value());
    if (content_start(prefix) < prefix.size()) break;
    if (prefix.size() > (1U << 20U)) break;  // a megabyte of blanks is not an export either
  }
  const std::size_t start = content_start(prefix);
  const bool utf16 = starts_as_utf16(prefix);
  if (start >= prefix.size()) {
    outcome.empty = true;
    return outcome;
  }
  if (read_as_csv(prefix)) {
    io::PrefixedSource replay(std::move(prefix), source);
    outcome.csv = read_csv(replay, file, sink, wanted, file_name);
    outcome.kind = outcome.csv->kind;
    outcome.skipped = outcome.csv->skipped;
    outcome.encoding = outcome.csv->encoding;
    if (outcome.kind == model::ExportKind::unknown) {
      outcome.not_xml = true;
      outcome.head = outcome.csv->header;
      outcome.head_position = {1, 1};
    }
    return outcome;
  }
  if (prefix[start] != '<' && !utf16) {
    outcome.not_xml = true;
    outcome.head = prefix.substr(start, 64);
    std::uint32_t line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < start; ++i) {
      if (prefix[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
    }
    outcome.head_position = {line, static_cast<std::uint32_t>(start - line_start + 1)};
    return outcome;
  }
  const std::string declared = declared_encoding(std::string_view(prefix).substr(start));
  io::PrefixedSource replay(std::move(prefix), source);
  HighByteWatch watched(replay);
  Dispatcher dispatcher(file, sink, wanted);
  std::unique_ptr<io::ByteSource> transcoded;
  // UTF-8, US-ASCII or a multi-byte charset give no table, or one with
  // undefined bytes: expat reads those itself.
  if (const auto table = declared.empty() ? std::nullopt : single_byte_table(declared)) {
    transcoded = utf8_from_single_byte(*table, watched);
  }
  outcome.xml = transcoded ? parse_xml(*transcoded, dispatcher, {}, true, slice)
                           : parse_xml(watched, dispatcher, {}, false, slice);
  outcome.kind = dispatcher.kind();
  outcome.skipped = dispatcher.skipped;
  outcome.aaf_issues = std::move(dispatcher.issues);
  // The entcore feeder decodes every AAF file as UTF-8 whatever its prolog
  // (formats/AAF.md §2): non-ASCII bytes in another encoding arrive broken.
  if (outcome.kind == model::ExportKind::aaf && watched.seen && outcome.xml.encoding != "UTF-8" &&
      outcome.xml.encoding != "UTF8") {
    outcome.aaf_issues.push_back({"A002", {1, 1}, {{outcome.xml.encoding}}, 1});
  }
  outcome.encoding = outcome.xml.encoding;
  return outcome;
}

}  // namespace scolint::formats
