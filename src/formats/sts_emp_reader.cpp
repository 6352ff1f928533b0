// STS_EDT (sts_emp_<UAJ>_<année>.xml), formats/SIECLE_STS.md §2. In STS the
// identifying values are attributes; child elements are descriptive.
#include <optional>

#include "formats/adapter_base.hpp"
#include "formats/siecle_readers.hpp"
#include "model/text.hpp"

namespace scolint::formats {
namespace {

class StsEmpReader final : public AdapterBase {
 public:
  using AdapterBase::AdapterBase;

  void start_element(const XmlPath& path, const XmlAttributes& attributes, XmlPosition position) override {
    remember_start(position);
    const std::string_view name = path.back();
    if (is(path, "PARAMETRES", "UAJ")) {
      parameters_.uaj = model::trim(attributes.get("CODE"));
    } else if (is(path, "PARAMETRES", "ANNEE_SCOLAIRE")) {
      parameters_.annee_scolaire = model::trim(attributes.get("ANNEE"));
    } else if (is(path, "MATIERES", "MATIERE")) {
      subject_.emplace();
      subject_->location = at(position);
      subject_->code = keep(model::trim(attributes.get("CODE")));
    } else if (is(path, "INDIVIDUS", "INDIVIDU")) {
      staff_.emplace();
      staff_->location = at(position);
      staff_->id = keep(model::trim(attributes.get("ID")));
      staff_->type = keep(model::trim(attributes.get("TYPE")));
    } else if (is(path, "DIVISIONS", "DIVISION")) {
      division_.emplace();
      division_->location = at(position);
      keep_code(attributes.get("CODE"), division_->code, division_->raw_code);
    } else if (is(path, "GROUPES", "GROUPE")) {
      group_.emplace();
      group_->location = at(position);
      keep_code(attributes.get("CODE"), group_->code, group_->raw_code);
    } else if (group_ && is(path, "DIVISIONS_APPARTENANCE", "DIVISION_APPARTENANCE")) {
      group_->divisions.push_back(keep(model::trim(attributes.get("CODE"))));
    } else if (name == "SERVICE" && (division_ || group_)) {
      service_.emplace();
      service_->location = at(position);
      service_->on_group = group_.has_value();
      service_->structure_code = group_ ? group_->code : division_->code;
      service_->code_matiere = keep(model::trim(attributes.get("CODE_MATIERE")));
      service_->code_mod_cours = keep(model::trim(attributes.get("CODE_MOD_COURS")));
    } else if (service_ && is(path, "ENSEIGNANTS", "ENSEIGNANT")) {
      service_->teacher_ids.push_back(keep(model::trim(attributes.get("ID"))));
    }
  }

  void end_element(const XmlPath& path, std::string_view text) override {
    const std::string_view name = path.back();
    const std::string_view parent = path.parent();
    if (name == "PARAMETRES") {
      send_parameters();
    } else if (subject_ && parent == "MATIERE" && name == "CODE_GESTION") {
      subject_->code_gestion = keep(model::trim(text));
    } else if (subject_ && is(path, "MATIERES", "MATIERE")) {
      sink_.subject(std::move(*subject_));
      subject_.reset();
    } else if (staff_ && parent == "INDIVIDU") {
      staff_field(name, text);
    } else if (staff_ && is(path, "INDIVIDUS", "INDIVIDU")) {
      sink_.staff(std::move(*staff_));
      staff_.reset();
    } else if (service_ && name == "SERVICE") {
      if (group_)
        ++group_->services;
      else if (division_)
        ++division_->services;
      sink_.service(std::move(*service_));
      service_.reset();
    } else if (division_ && is(path, "DIVISIONS", "DIVISION")) {
      sink_.division(std::move(*division_));
      division_.reset();
    } else if (group_ && is(path, "GROUPES", "GROUPE")) {
      sink_.group(std::move(*group_));
      group_.reset();
    }
  }

 private:
  void staff_field(std::string_view name, std::string_view text) {
    model::Staff& staff = *staff_;
    if (name == "NOM_USAGE")
      staff.nom_usage = leaf(text, staff.location);
    else if (name == "NOM_PATRONYMIQUE")
      staff.nom_patronymique = leaf(text, staff.location);
    else if (name == "PRENOM")
      staff.prenom = leaf(text, staff.location);
    else if (name == "DATE_NAISSANCE")
      staff.date_naissance = leaf(text, staff.location);
    else if (name == "FONCTION")
      staff.fonction = keep(model::trim(text));
  }

  std::optional<model::Subject> subject_;
  std::optional<model::Staff> staff_;
  std::optional<model::Division> division_;
  std::optional<model::Group> group_;
  std::optional<model::Service> service_;
};

}  // namespace

std::unique_ptr<XmlHandler> make_sts_emp_reader(model::FileId file, RecordSink& sink) {
  return std::make_unique<StsEmpReader>(file, sink);
}

}  // namespace scolint::formats
