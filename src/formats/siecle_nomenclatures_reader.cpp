// BEE_NOMENCLATURES (Nomenclature.xml), formats/SIECLE_STS.md §1.5: the
// subjects (MATIERES/MATIERE) and the MEFs (MEFS/MEF).
#include <optional>

#include "formats/adapter_base.hpp"
#include "formats/siecle_readers.hpp"
#include "model/text.hpp"

namespace scolint::formats {
namespace {

class SiecleNomenclaturesReader final : public AdapterBase {
 public:
  using AdapterBase::AdapterBase;

  void start_element(const XmlPath& path, const XmlAttributes& attributes, XmlPosition position) override {
    remember_start(position);
    if (is(path, "MATIERES", "MATIERE")) {
      subject_.emplace();
      subject_->location = at(position);
      subject_->code = keep(attributes.get("CODE_MATIERE"));
      subject_->origin = model::Origin::siecle_nomenclatures;
    } else if (is(path, "MODALITES_ELECTION", "MODALITE_ELECTION")) {
      if (const std::string_view code = model::trim(attributes.get("CODE_MODALITE_ELECT")); !code.empty()) {
        sink_.modality({at(position), keep(code)});
      }
    } else if (is(path, "MEFS", "MEF")) {
      mef_.emplace();
      mef_->location = at(position);
      mef_->code = keep(model::trim(attributes.get("CODE_MEF")));
      mef_->origin = model::Origin::siecle_nomenclatures;
    }
  }

  void end_element(const XmlPath& path, std::string_view text) override {
    const std::string_view name = path.back();
    const std::string_view parent = path.parent();
    if (parent == "PARAMETRES") {
      siecle_parameter(name, text);
    } else if (name == "PARAMETRES") {
      send_parameters();
    } else if (subject_ && parent == "MATIERE" && name == "CODE_GESTION") {
      subject_->code_gestion = keep(model::trim(text));
    } else if (subject_ && is(path, "MATIERES", "MATIERE")) {
      sink_.subject(std::move(*subject_));
      subject_.reset();
    } else if (mef_ && parent == "MEF" && name == "LIBELLE_LONG") {
      mef_->label = keep(model::trim(text));
    } else if (mef_ && is(path, "MEFS", "MEF")) {
      if (!mef_->code.empty()) sink_.mef(std::move(*mef_));
      mef_.reset();
    }
  }

 private:
  std::optional<model::Subject> subject_;
  std::optional<model::Mef> mef_;
};

}  // namespace

std::unique_ptr<XmlHandler> make_siecle_nomenclatures_reader(model::FileId file, RecordSink& sink) {
  return std::make_unique<SiecleNomenclaturesReader>(file, sink);
}

}  // namespace scolint::formats
