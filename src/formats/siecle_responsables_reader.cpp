// BEE_RESPONSABLES (ResponsablesAvecAdresses.xml), formats/SIECLE_STS.md §1.2.
#include <optional>

#include "formats/adapter_base.hpp"
#include "formats/siecle_readers.hpp"
#include "model/text.hpp"

namespace scolint::formats {
namespace {

class SiecleResponsablesReader final : public AdapterBase {
 public:
  SiecleResponsablesReader(model::FileId file, RecordSink& sink) : AdapterBase(file, sink) {
    sink.records_apart();  // between_records() after each PERSONNE, RESPONSABLE_ELEVE and ADRESSE
  }

  void start_element(const XmlPath& path, const XmlAttributes& attributes, XmlPosition position) override {
    remember_start(position);
    if (is(path, "PERSONNES", "PERSONNE")) {
      person_.emplace();
      person_->location = at(position);
      person_->personne_id = keep(attributes.get("PERSONNE_ID"));
    } else if (is_link(path)) {
      link_.emplace();
      link_->location = at(position);
    } else if (is(path, "ADRESSES", "ADRESSE")) {
      address_.emplace();
      address_->location = at(position);
      address_->adresse_id = keep(attributes.get("ADRESSE_ID"));
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
    } else if (person_ && parent == "PERSONNE") {
      person_field(name, text);
    } else if (person_ && is(path, "PERSONNES", "PERSONNE")) {
      sink_.person(std::move(*person_));
      person_.reset();
      between_records();
    } else if (link_ && path.size() >= 3 && is_link_name(parent) && path[path.size() - 3] == "RESPONSABLES") {
      if (name == "ELEVE_ID")
        link_->eleve_id = keep(value);
      else if (name == "PERSONNE_ID")
        link_->personne_id = keep(value);
      else if (name == "RESP_LEGAL")
        link_->resp_legal = keep(value);
      else if (name == "CODE_PARENTE")
        link_->code_parente = keep(value);
      else if (name == "NIVEAU_RESPONSABILITE")
        link_->niveau = keep(value);
    } else if (link_ && is_link(path)) {
      sink_.link(std::move(*link_));
      link_.reset();
      between_records();
    } else if (address_ && parent == "ADRESSE") {
      if (name == "LIGNE1_ADRESSE")
        address_->ligne1 = keep(value);
      else if (name == "LIGNE2_ADRESSE")
        address_->ligne2 = keep(value);
      else if (name == "LIGNE3_ADRESSE")
        address_->ligne3 = keep(value);
      else if (name == "LIGNE4_ADRESSE")
        address_->ligne4 = keep(value);
      else if (name == "CODE_POSTAL")
        address_->code_postal = keep(value);
      else if (name == "LIBELLE_POSTAL")
        address_->libelle_postal = keep(value);
      else if (name == "COMMUNE_ETRANGERE")
        address_->commune_etrangere = keep(value);
      else if (name == "LL_PAYS")
        address_->ll_pays = keep(value);
    } else if (address_ && is(path, "ADRESSES", "ADRESSE")) {
      sink_.address(std::move(*address_));
      address_.reset();
      between_records();
    }
  }

 private:
  // RESPONSABLE_ELEVE; GEPI reads any child of RESPONSABLES, and files built
  // from its code write RESPONSABLE.
  static bool is_link_name(std::string_view name) { return name == "RESPONSABLE_ELEVE" || name == "RESPONSABLE"; }
  static bool is_link(const XmlPath& path) { return path.parent() == "RESPONSABLES" && is_link_name(path.back()); }

  // Each record's values are made between its start and end tags; one still
  // open (in a file nested the wrong way) holds some.
  void between_records() {
    if (!person_ && !link_ && !address_) sink_.between_records();
  }

  void person_field(std::string_view name, std::string_view text) {
    model::Person& person = *person_;
    if (name == "NOM")
      person.nom = leaf(text, person.location);
    else if (name == "NOM_DE_FAMILLE")
      person.nom_de_famille = leaf(text, person.location);
    else if (name == "NOM_USAGE")
      person.nom_usage = leaf(text, person.location);
    else if (name == "PRENOM")
      person.prenom = leaf(text, person.location);
    else if (name == "LC_CIVILITE")
      person.civilite = leaf(text, person.location);
    else if (name == "TEL_PERSONNEL")
      person.tel_personnel = keep(model::trim(text));
    else if (name == "TEL_PORTABLE")
      person.tel_portable = keep(model::trim(text));
    else if (name == "TEL_PROFESSIONNEL")
      person.tel_professionnel = keep(model::trim(text));
    else if (name == "MEL")
      person.mel = keep(model::trim(text));
    else if (name == "ADRESSE_ID")
      person.adresse_id = keep(model::trim(text));
  }

  std::optional<model::Person> person_;
  std::optional<model::ResponsableLink> link_;
  std::optional<model::Address> address_;
};

}  // namespace

std::unique_ptr<XmlHandler> make_siecle_responsables_reader(model::FileId file, RecordSink& sink) {
  return std::make_unique<SiecleResponsablesReader>(file, sink);
}

}  // namespace scolint::formats
