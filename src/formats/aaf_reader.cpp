#include "formats/aaf_reader.hpp"

#include <algorithm>
#include <functional>
#include <set>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "formats/aaf_record.hpp"
#include "formats/aaf_schema.hpp"
#include "formats/adapter_base.hpp"
#include "formats/code_set.hpp"
#include "model/aaf_value.hpp"
#include "model/date.hpp"
#include "model/text.hpp"

namespace scolint::formats {
namespace {

class AafReader final : public AdapterBase {
 public:
  AafReader(model::FileId file, RecordSink& sink, AafIssueLog& log) : AdapterBase(file, sink), log_(log) {
    sink.records_apart();  // between_records() after each request
  }

  void start_element(const XmlPath& path, const XmlAttributes& attributes, XmlPosition position) override {
    remember_start(position);
    const std::string_view name = path.back();
    if (name == "addRequest" || name == "modifyRequest" || name == "deleteRequest") {
      in_record_ = true;
      record_.reset(position);
      if (name != "addRequest") {
        sink_.lacks(model::Column::whole_export);  // a delta: changes, not the whole population
        issue({"A007", position, {{std::string(name)}}});
      }
    } else if (in_record_ && (name == "attr" || name == "modification")) {
      attribute_.clear();
      if (path.parent() == "operationalAttributes") attribute_ = '#';
      attribute_ += attributes.get("name");
      attribute_position_ = position;
    }
  }

  void end_of_input() override {
    // AAF-VE1301 (2013) Eleve records have no ENTEleveINE at all: P001 is
    // not checked in such a file, instead of firing on every pupil.
    if (pupils_ > 0 && !pupils_with_ine_) sink_.lacks(model::Column::pupil_ine);
  }

  void end_element(const XmlPath& path, std::string_view text) override {
    const std::string_view name = path.back();
    if (!in_record_) return;
    if (name == "id" && path.parent() == "identifier") {
      record_.id = model::trim(text);
    } else if (name == "value") {
      record_.get(attribute_, attribute_position_).add(text, last_start_);
    } else if (name == "attr" || name == "modification") {
      record_.get(attribute_, attribute_position_);
    } else if (name == "addRequest" || name == "modifyRequest" || name == "deleteRequest") {
      if (name == "addRequest") finish(record_);
      in_record_ = false;
      sink_.between_records();  // a record's values are strings until finish() passes them on
    }
  }

 private:
  void issue(AafIssue found) { log_.aaf_issue(std::move(found)); }

  // Which record a finding names: the pupil, relative or staff member its
  // <id> identifies (so that a pupil's finding is filed under their class).
  static model::RecordRef record_of(std::string_view category, std::string_view id) {
    if (category == "Eleve") return model::RecordRef::pupil(id);
    if (category == "PersRelEleve") return model::RecordRef::responsable(id);
    if (category == "PersEducNat") return model::RecordRef::staff(id);
    return model::RecordRef::aaf(id);
  }

  // The first non-blank value of `name`, trimmed (a view into the record).
  static std::string_view first(const AafRecord& r, std::string_view name) {
    const AafAttribute* attribute = r.find(name);
    if (attribute == nullptr) return {};
    for (const AafValue& v : attribute->values()) {
      if (!model::is_blank(v.text)) return model::trim(v.text);
    }
    return {};
  }
  // A field of the record `r` (whose own place is at(r.position)).
  [[nodiscard]] model::Field field(const AafRecord& r, std::string_view name) const {
    const model::SourceLocation record = at(r.position);
    const AafAttribute* attribute = r.find(name);
    if (attribute == nullptr || attribute->values().empty()) return {{}, record, record};
    for (const AafValue& v : attribute->values()) {
      if (!model::is_blank(v.text)) return {keep(v.text), at(v.position), record};
    }
    return {{}, at(attribute->values().front().position), record};
  }

  void finish(const AafRecord& r) {
    r.sorted(sorted_);
    std::string category;
    for (const AafAttribute* attribute : sorted_) {
      if (attribute->name.starts_with('#') && !attribute->values().empty()) {
        category = model::trim(attribute->values().front().text);
      }
    }
    if (category.empty()) category = first(r, "categoriePersonne");
    check_attributes(r, sorted_, category);
    if (r.id.empty()) {
      issue({"A001", r.position, {}, 1});
      return;
    }
    if (category == "Eleve")
      pupil(r);
    else if (category == "PersRelEleve")
      relative(r);
    else if (category == "PersEducNat")
      personnel(r);
    else if (category == "EtabEducNat")
      structure(r);
    else if (category == "MatEducNat")
      subject(r);
    else if (category == "MefEducNat")
      mef(r);
  }

  // A person record: sn and givenName are what the feeder makes a user of.
  static bool is_person(std::string_view category) {
    return category == "Eleve" || category == "PersRelEleve" || category == "PersEducNat";
  }

  void check_attributes(const AafRecord& r, const std::vector<const AafAttribute*>& attributes,
                        const std::string& category) {
    const auto list = aaf_allowed_attributes().find(category);
    for (const AafAttribute* attribute : attributes) {
      const std::string& name = attribute->name;
      const std::span<const AafValue> values = attribute->values();
      if (name.starts_with('#')) continue;
      bool non_empty = false;
      for (const AafValue& v : values) non_empty = non_empty || !model::is_blank(v.text);
      if (!non_empty) continue;  // entcore checks emptiness first: an empty unknown attribute is skipped
      const XmlPosition where = attribute->first_position;
      if (list != aaf_allowed_attributes().end() && !list->second.contains(name)) {
        issue({"A006", where, {{name}, {category}}, 0, record_of(category, r.id)});
      }
      if (const auto layout = aaf_value_layouts().find(name); layout != aaf_value_layouts().end()) {
        for (const AafValue& v : values) {
          if (model::is_blank(v.text)) continue;
          const std::size_t count = model::split_dollar(model::trim(v.text)).size();
          if (count < layout->second.first || count > layout->second.second) {
            issue({"A002",
                   v.position,
                   {{std::string(model::trim(v.text))},
                    {name},
                    {std::to_string(count)},
                    {std::to_string(layout->second.first)}},
                   0,
                   record_of(category, r.id)});
          }
        }
      }
    }
    for (const char* required : {"sn", "givenName"}) {
      if (is_person(category) && first(r, required).empty()) {
        issue({"A001", r.position, {{required}}, 0, record_of(category, r.id)});
      }
    }
    if (category == "Eleve") {
      const std::string born(first(r, "ENTPersonDateNaissance"));
      const auto date = model::parse_siecle_date(born);
      if (!date || date->year < 1900 || date->year > 2099) {
        issue({"A001", r.position, {{born, model::PersonalKind::date}}, 2, record_of(category, r.id)});
      }
    }
  }

  void pupil(const AafRecord& r) {
    ++pupils_;
    pupils_with_ine_ = pupils_with_ine_ || r.find("ENTEleveINE") != nullptr;
    model::Pupil pupil;
    pupil.location = at(r.position);
    pupil.eleve_id = keep(r.id);
    pupil.id_national = field(r, "ENTEleveINE");
    pupil.nom_de_famille = field(r, first(r, "ENTPersonNomPatro").empty() ? "sn" : "ENTPersonNomPatro");
    pupil.nom_usage = field(r, "sn");
    pupil.prenom = field(r, "givenName");
    pupil.date_naissance = field(r, "ENTPersonDateNaissance");
    pupil.structure = keep(first(r, "ENTPersonStructRattach"));
    pupil.code_mef = keep(model::trim(first(r, "ENTEleveMEF")));
    // The subjects the pupil follows (ENTEleveCodeEnseignements): each
    // distinct code once per file, as a SIECLE export's options (X011).
    if (const AafAttribute* taught = r.find("ENTEleveCodeEnseignements")) {
      for (const AafValue& v : taught->values()) {
        const std::string_view code = model::trim(v.text);
        if (code.empty() || !option_codes_.insert(std::string(code)).second) continue;
        sink_.option_use({at(v.position), pupil.eleve_id, keep(code), {}});
      }
    }
    for (const auto& [attribute, type] :
         {std::pair<const char*, char>{"ENTEleveClasses", 'D'}, {"ENTEleveGroupes", 'G'}}) {
      const AafAttribute* values = r.find(attribute);
      if (values == nullptr) continue;
      for (const AafValue& v : values->values()) {
        const auto parts = model::split_dollar(model::trim(v.text));
        if (parts.size() != 2 || parts[1].empty()) continue;
        const model::SourceLocation where = at(v.position);
        auto& seen = type == 'D' ? divisions_ : groups_;
        const model::Text code = keep(parts[1]);
        const model::Text scope = keep(parts[0]);
        // A drop holds many schools: "3A" of one is not "3A" of another.
        if (seen.first_use(std::string(parts[0]).append(1, '$').append(parts[1]))) {
          if (type == 'D')
            sink_.division({where, code, model::Origin::siecle_pupils, 0, code, scope});
          else
            sink_.group({where, code, model::Origin::siecle_pupils, {}, 0, code, scope});
        }
        sink_.membership({.location = where, .type = type, .eleve_id = pupil.eleve_id, .code = code, .scope = scope});
      }
    }
    if (const AafAttribute* relations = r.find("ENTElevePersRelEleve");
        relations != nullptr && !first(r, "ENTElevePersRelEleve").empty()) {
      for (const AafValue& v : relations->values()) {
        const auto parts = model::split_dollar(model::trim(v.text));
        if (parts.size() != 6) continue;  // A002 said so
        // A contact (5th field 1) who is not a legal responsable is not meant
        // to get an account: entcore skipping it is what the school wants.
        const bool contact_only = parts[3] == "0" && parts[4] == "1";
        if (parts[3] != "1" && parts[3] != "2" && !contact_only) {
          issue({"A008",
                 v.position,
                 {{std::string(model::trim(v.text))}, {std::string(parts[3])}},
                 0,
                 model::RecordRef::link(r.id, parts[0])});
        }
        sink_.link({at(v.position), pupil.eleve_id, keep(parts[0]), keep(parts[3]), keep(parts[1])});
      }
    } else {
      legacy_links(r, pupil.eleve_id);
    }
    sink_.pupil(std::move(pupil));
  }

  // Before ENTElevePersRelEleve (AAF-VE1301 files carry both), a pupil's
  // relatives came as ids: ENTEleveAutoriteParentale the legal ones,
  // ENTEleveParents, ENTElevePere/Mere and ENTElevePersRelEleve1/2 the others.
  void legacy_links(const AafRecord& r, model::Text eleve_id) {
    std::vector<std::string_view> legal;
    if (const AafAttribute* authority = r.find("ENTEleveAutoriteParentale"); authority != nullptr) {
      for (const AafValue& v : authority->values()) {
        const std::string_view id = model::trim(v.text);
        if (id.empty()) continue;
        legal.push_back(id);
        sink_.link({at(v.position), eleve_id, keep(id), keep("1"), {}});
      }
    }
    for (const char* name :
         {"ENTEleveParents", "ENTElevePere", "ENTEleveMere", "ENTElevePersRelEleve1", "ENTElevePersRelEleve2"}) {
      const AafAttribute* others = r.find(name);
      if (others == nullptr) continue;
      for (const AafValue& v : others->values()) {
        const std::string_view id = model::trim(v.text);
        if (id.empty() || std::find(legal.begin(), legal.end(), id) != legal.end()) continue;
        legal.push_back(id);  // once per relative
        sink_.link({at(v.position), eleve_id, keep(id), keep("0"), {}});
      }
    }
  }

  void relative(const AafRecord& r) {
    model::Person person;
    person.location = at(r.position);
    person.personne_id = keep(r.id);
    person.nom_de_famille = field(r, first(r, "ENTPersonNomPatro").empty() ? "sn" : "ENTPersonNomPatro");
    person.nom_usage = field(r, "sn");
    person.prenom = field(r, "givenName");
    person.civilite = field(r, "personalTitle");
    person.tel_personnel = keep(first(r, "homePhone"));
    person.tel_professionnel = keep(first(r, "telephoneNumber"));
    person.tel_portable = keep(first(r, "mobile"));
    person.mel = keep(first(r, "mail"));
    model::Address address;
    address.location = at(r.position);
    address.adresse_id = person.personne_id;
    const auto lines = model::split_dollar(first(r, "ENTPersonAdresse"));
    model::Text* targets[] = {&address.ligne1, &address.ligne2, &address.ligne3, &address.ligne4};
    for (std::size_t i = 0; i < lines.size() && i < 4; ++i) *targets[i] = keep(lines[i]);
    address.code_postal = keep(first(r, "ENTPersonCodePostal"));
    address.libelle_postal = keep(first(r, "ENTPersonVille"));
    address.ll_pays = keep(first(r, "ENTPersonPays"));
    person.adresse_id = person.personne_id;
    sink_.address(std::move(address));
    sink_.person(std::move(person));
  }

  void personnel(const AafRecord& r) {
    model::Staff staff;
    staff.location = at(r.position);
    staff.id = keep(r.id);
    staff.nom_usage = field(r, "sn");
    staff.nom_patronymique = field(r, "ENTPersonNomPatro");
    staff.prenom = field(r, "givenName");
    staff.date_naissance = field(r, "ENTPersonDateNaissance");
    staff.structure = keep(first(r, "ENTPersonStructRattach"));
    bool teaches = first(r, "PersEducNatPresenceDevantEleves") == "O";
    if (const AafAttribute* functions = r.find("ENTPersonFonctions"); functions != nullptr) {
      for (const AafValue& v : functions->values()) teaches = teaches || v.text.find("$ENS$") != std::string::npos;
    }
    staff.fonction = teaches ? keep("ENS") : model::Text();
    sink_.staff(std::move(staff));
  }

  void structure(const AafRecord& r) {
    // The drop's establishment: its UAI is the UAJ of the other exports (F010, A005).
    parameters_.uaj.assign(first(r, "ENTStructureUAI"));
    send_parameters();
    sink_.aaf_structure({at(r.position), keep(r.id)});
  }

  void subject(const AafRecord& r) {
    const std::string_view code = first(r, "ENTMatJointure");
    sink_.subject({at(r.position), keep(code.empty() ? std::string_view(r.id) : code), {}, model::Origin::aaf});
  }

  void mef(const AafRecord& r) {
    const std::string_view code = first(r, "ENTMefJointure");
    sink_.mef({at(r.position), keep(code.empty() ? std::string_view(r.id) : code), keep(first(r, "ENTLibelleMef")),
               model::Origin::aaf});
  }

  AafIssueLog& log_;
  std::set<std::string> option_codes_;  // ENTEleveCodeEnseignements already sent
  AafRecord record_;
  bool in_record_ = false;
  std::vector<const AafAttribute*> sorted_;  // record_'s attributes by name, for finish()
  std::string attribute_;
  XmlPosition attribute_position_;
  CodeSet divisions_;
  CodeSet groups_;
  std::uint64_t pupils_ = 0;
  bool pupils_with_ine_ = false;  // one Eleve record had the attribute, even empty
};

}  // namespace

std::unique_ptr<XmlHandler> make_aaf_reader(model::FileId file, RecordSink& sink, AafIssueLog& log) {
  return std::make_unique<AafReader>(file, sink, log);
}

}  // namespace scolint::formats
