// BEE_ELEVES (ElevesSansAdresses.xml / ElevesAvecAdresses.xml), formats/SIECLE_STS.md §1.1.
#include <optional>
#include <set>
#include <string>

#include "formats/adapter_base.hpp"
#include "formats/code_set.hpp"
#include "formats/siecle_readers.hpp"
#include "model/date.hpp"
#include "model/text.hpp"

namespace scolint::formats {
namespace {

// Each <ELEVE> is read on its own, nothing carried to the next: a large file
// is read in parts on that guarantee (formats/split_plan.cpp).
class SiecleElevesReader final : public AdapterBase {
 public:
  SiecleElevesReader(model::FileId file, RecordSink& sink) : AdapterBase(file, sink) {
    sink.records_apart();  // between_records() after each ELEVE and STRUCTURES_ELEVE
  }

  void start_element(const XmlPath& path, const XmlAttributes& attributes, XmlPosition position) override {
    remember_start(position);
    if (is(path, "ELEVES", "ELEVE")) {
      pupil_.emplace();
      pupil_->location = at(position);
      pupil_->eleve_id = keep(attributes.get("ELEVE_ID"));
      pupil_->elenoet = keep(attributes.get("ELENOET"));
    } else if (is(path, "OPTIONS", "OPTION")) {
      option_eleve_id_ = attributes.get("ELEVE_ID");
    } else if (is(path, "OPTION", "OPTIONS_ELEVE")) {
      option_.emplace();
      option_->location = at(position);
    } else if (is(path, "STRUCTURES", "STRUCTURES_ELEVE")) {
      structures_eleve_id_ = attributes.get("ELEVE_ID");
    } else if (is(path, "STRUCTURES_ELEVE", "STRUCTURE")) {
      membership_.emplace();
      membership_->location = at(position);
      membership_->eleve_id = keep(structures_eleve_id_);  // the same Text for the pupil's placements (repeat cache)
      membership_->type = '\0';
      raw_code_ = {};
      // SIECLE writes CODE_STRUCTURE and TYPE_STRUCTURE as child elements;
      // files built by other tools sometimes as attributes: both are read.
      if (const std::string_view code = attributes.get("CODE_STRUCTURE"); !code.empty()) {
        keep_code(code, membership_->code, raw_code_);
      }
      if (const std::string_view type = model::trim(attributes.get("TYPE_STRUCTURE")); !type.empty()) {
        membership_->type = type.size() == 1 ? type[0] : '?';
      }
    }
  }

  void end_element(const XmlPath& path, std::string_view text) override {
    const std::string_view name = path.back();
    const std::string_view parent = path.parent();
    if (parent == "PARAMETRES") {
      siecle_parameter(name, text);
    } else if (name == "PARAMETRES") {
      send_parameters();
    } else if (pupil_ && parent == "ELEVE") {
      pupil_field(name, text);
    } else if (pupil_ && is(path, "ELEVES", "ELEVE")) {
      finish_pupil();
      between_records();
    } else if (membership_ && parent == "STRUCTURE") {
      if (name == "CODE_STRUCTURE") {
        keep_code(text, membership_->code, raw_code_);
      }
      if (name == "TYPE_STRUCTURE") {
        const std::string_view type = model::trim(text);
        membership_->type = type.size() == 1 ? type[0] : '?';
      }
    } else if (membership_ && is(path, "STRUCTURES_ELEVE", "STRUCTURE")) {
      finish_membership();
    } else if (option_ && parent == "OPTIONS_ELEVE") {
      if (name == "CODE_MATIERE") option_->code_matiere = model::trim(text);
      if (name == "CODE_MODALITE_ELECT") option_->modalite = model::trim(text);
    } else if (option_ && is(path, "OPTION", "OPTIONS_ELEVE")) {
      finish_option();
    } else if (name == "STRUCTURES_ELEVE") {
      between_records();
    }
  }

 private:
  // An option as read; sent once per distinct subject and modality.
  struct Option {
    model::SourceLocation location;
    std::string code_matiere;
    std::string modalite;
  };

  void finish_option() {
    Option& option = *option_;
    if (!option.code_matiere.empty() && options_seen_.insert({option.code_matiere, option.modalite}).second) {
      sink_.option_use({option.location, keep(option_eleve_id_), keep(option.code_matiere), keep(option.modalite)});
    }
    option_.reset();
  }

  void pupil_field(std::string_view name, std::string_view text) {
    model::Pupil& pupil = *pupil_;
    if (name == "ID_NATIONAL")
      pupil.id_national = leaf(text, pupil.location);
    else if (name == "INE_BEA")
      pupil.ine_bea = leaf(text, pupil.location);
    else if (name == "INE_RNIE")
      pupil.ine_rnie = leaf(text, pupil.location);
    else if (name == "NOM")
      pupil.nom = leaf(text, pupil.location);
    else if (name == "NOM_DE_FAMILLE")
      pupil.nom_de_famille = leaf(text, pupil.location);
    else if (name == "NOM_USAGE")
      pupil.nom_usage = leaf(text, pupil.location);
    else if (name == "PRENOM")
      pupil.prenom = leaf(text, pupil.location);
    else if (name == "DATE_NAISS")
      pupil.date_naissance = leaf(text, pupil.location);
    else if (name == "DATE_SORTIE")
      pupil.date_sortie = keep(model::trim(text));
    else if (name == "CODE_MEF")
      pupil.code_mef = keep(model::trim(text));
    else if (name == "ELEVE_ID" && pupil.eleve_id.empty())
      pupil.eleve_id = keep(model::trim(text));
    else if (name == "ELENOET" && pupil.elenoet.empty())
      pupil.elenoet = keep(model::trim(text));
  }

  void finish_pupil() {
    model::Pupil& pupil = *pupil_;
    if (!model::is_blank(pupil.date_sortie)) {
      // A pupil whose exit date has passed at export time gets no account;
      // an exit date after the export is a planned departure.
      const auto exit = model::parse_siecle_date(pupil.date_sortie);
      const auto& exported = parameters_.date_export;
      pupil.left = !exit || !exported || *exit <= *exported;
    }
    sink_.pupil(std::move(pupil));
    pupil_.reset();
  }

  // Values are Texts from the moment they are read: none is held between
  // records, but a record still open (in a file nested the wrong way) holds some.
  void between_records() {
    if (!pupil_ && !membership_) sink_.between_records();
  }

  void finish_membership() {
    model::Membership& membership = *membership_;
    if (membership.type == 'D' || membership.type == 'G') {
      // The first use of each code in this file stands for the structure, so
      // structure rules see SIECLE codes even without an STS export.
      const bool division = membership.type == 'D';
      auto& seen = division ? divisions_seen_ : groups_seen_;
      if (!membership.code.empty() && seen.first_use(membership.code)) {
        if (division) {
          sink_.division({membership.location, membership.code, model::Origin::siecle_pupils, 0, raw_code_});
        } else {
          sink_.group({membership.location, membership.code, model::Origin::siecle_pupils, {}, 0, raw_code_});
        }
      }
    }
    sink_.membership(std::move(membership));
    membership_.reset();
  }

  std::optional<model::Pupil> pupil_;
  std::optional<model::Membership> membership_;
  // The open placement's code as written: only the division or group its
  // first use makes keeps it (S008), not each of a million placements.
  model::Text raw_code_;
  std::string option_eleve_id_;
  std::optional<Option> option_;
  std::set<std::pair<std::string, std::string>> options_seen_;
  std::string structures_eleve_id_;  // a string: it outlives the records between which values may be freed
  CodeSet divisions_seen_;
  CodeSet groups_seen_;
};

}  // namespace

std::unique_ptr<XmlHandler> make_siecle_eleves_reader(model::FileId file, RecordSink& sink) {
  return std::make_unique<SiecleElevesReader>(file, sink);
}

}  // namespace scolint::formats
