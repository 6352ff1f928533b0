#pragma once
// AAF academy drops (ficAlimMENESR, formats/AAF.md): addRequest records of
// the Eleve, PersRelEleve, PersEducNat and EtabEducNat files mapped to the
// same model as SIECLE and STS-Web, and the checks of the entcore feeder
// that reject a file or silently drop data (A rules).

#include <memory>
#include <string>
#include <vector>

#include "formats/record_sink.hpp"
#include "formats/xml_reader.hpp"

namespace scolint::formats {

/// A finding of the AAF reader, already worded in both languages.
struct AafIssue {
  std::string code;  // A001, A002, A006, A007, A008
  XmlPosition position;
  std::string fr;
  std::string en;
};

class AafIssueLog {
 public:
  virtual ~AafIssueLog() = default;
  virtual void aaf_issue(AafIssue issue) = 0;
};

std::unique_ptr<XmlHandler> make_aaf_reader(model::FileId file, RecordSink& sink, AafIssueLog& log);

}  // namespace scolint::formats
