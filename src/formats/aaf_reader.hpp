#pragma once
// AAF academy drops (ficAlimMENESR, formats/AAF.md): addRequest records of
// the Eleve, PersRelEleve, PersEducNat and EtabEducNat files mapped to the
// same model as SIECLE and STS-Web, and the checks of the entcore feeder
// that reject a file or silently drop data (A rules).

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "formats/record_sink.hpp"
#include "formats/xml_reader.hpp"
#include "model/personal_kind.hpp"
#include "model/record_ref.hpp"

namespace scolint::formats {

/// A value a reader hands to a finding, tagged when it is personal data
/// (then redacted with --redact).
struct ReaderArg {
  std::string text;
  std::optional<model::PersonalKind> personal{};
};

/// What the AAF reader found against the feeder's rules: facts only; the
/// rule `code` words them (rules/aaf/, RuleInfo::message and variants).
struct AafIssue {
  std::string code;  // A001, A002, A006, A007, A008
  XmlPosition position;
  std::vector<ReaderArg> args{};
  std::uint8_t variant = 0;       // which of the rule's wordings (Finding::variant)
  model::RecordRef record{};      // the record it concerns; none: the file
};

class AafIssueLog {
 public:
  virtual ~AafIssueLog() = default;
  virtual void aaf_issue(AafIssue issue) = 0;
};

std::unique_ptr<XmlHandler> make_aaf_reader(model::FileId file, RecordSink& sink, AafIssueLog& log);

}  // namespace scolint::formats
