// BEE_STRUCTURES (Structures.xml). Only the root name is confirmed
// (formats/SIECLE_STS.md §1.5), so the code is taken from a CODE_STRUCTURE or
// CODE attribute or child, whichever the file has.
#include <optional>

#include "formats/adapter_base.hpp"
#include "formats/siecle_readers.hpp"
#include "model/text.hpp"

namespace scolint::formats {
namespace {

std::string raw_code_attribute(const XmlAttributes& attributes) {
  std::string_view code = attributes.get("CODE_STRUCTURE");
  if (code.empty()) code = attributes.get("CODE");
  return std::string(code);
}

std::string code_attribute(const XmlAttributes& attributes) {
  return std::string(model::trim(raw_code_attribute(attributes)));
}

bool is_code_element(std::string_view name) { return name == "CODE_STRUCTURE" || name == "CODE"; }

class SiecleStructuresReader final : public AdapterBase {
 public:
  using AdapterBase::AdapterBase;

  void start_element(const XmlPath& path, const XmlAttributes& attributes, XmlPosition position) override {
    remember_start(position);
    if (is(path, "DIVISIONS", "DIVISION")) {
      division_.emplace();
      division_->location = at(position);
      keep_code(raw_code_attribute(attributes), division_->code, division_->raw_code);
      division_->origin = model::Origin::siecle_structures;
    } else if (is(path, "GROUPES", "GROUPE")) {
      group_.emplace();
      group_->location = at(position);
      keep_code(raw_code_attribute(attributes), group_->code, group_->raw_code);
      group_->origin = model::Origin::siecle_structures;
    } else if (group_ && is(path, "DIVISIONS_APPARTENANCE", "DIVISION_APPARTENANCE")) {
      const std::string code = code_attribute(attributes);
      if (!code.empty()) group_->divisions.push_back(keep(code));
    }
  }

  void end_element(const XmlPath& path, std::string_view text) override {
    const std::string_view name = path.back();
    const std::string_view parent = path.parent();
    const std::string_view value = model::trim(text);
    if (parent == "PARAMETRES") {
      siecle_parameter(name, text);
    } else if (name == "PARAMETRES") {
      send_parameters();
    } else if (division_ && parent == "DIVISION" && is_code_element(name) && division_->code.empty()) {
      keep_code(text, division_->code, division_->raw_code);
    } else if (division_ && is(path, "DIVISIONS", "DIVISION")) {
      sink_.division(std::move(*division_));
      division_.reset();
    } else if (group_ && parent == "GROUPE" && is_code_element(name) && group_->code.empty()) {
      keep_code(text, group_->code, group_->raw_code);
    } else if (group_ && parent == "DIVISION_APPARTENANCE" && is_code_element(name) && !value.empty()) {
      group_->divisions.push_back(keep(value));
    } else if (group_ && is(path, "GROUPES", "GROUPE")) {
      sink_.group(std::move(*group_));
      group_.reset();
    }
  }

 private:
  std::optional<model::Division> division_;
  std::optional<model::Group> group_;
};

}  // namespace

std::unique_ptr<XmlHandler> make_siecle_structures_reader(model::FileId file, RecordSink& sink) {
  return std::make_unique<SiecleStructuresReader>(file, sink);
}

}  // namespace scolint::formats
