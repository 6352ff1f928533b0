// `scolint accounts`: a lint run whose records are kept (engine/session.hpp's
// take_records) and turned into the accounts an ENT import would create.
#include <scolint/accounts.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "engine/session.hpp"
#include "model/existing_logins.hpp"
#include "model/login.hpp"
#include "model/personal.hpp"
#include "model/pseudo_division.hpp"
#include "model/text.hpp"
#include "rules/logins/login_index.hpp"
#include "rules/pupils/repeated_rows.hpp"

namespace scolint {
namespace {

Location locate(const model::Dataset& data, const model::SourceLocation& at) {
  if (at.file >= data.files.size()) return {};
  return {data.files[at.file].path, at.line, at.column};
}

// What the accounts are made of, before the logins' suffixes and the findings.
struct Draft {
  Account account;
  std::string base_login;  // prenom.nom before any suffix
  std::string first_division;
  std::string name_key;  // model::ExistingLogins::name_key, to recognise one's existing account
  bool listed = true;    // false: a responsable without account, who still takes a login's place
};

std::string base_login(model::LoginProfile profile, const model::Field& prenom, const model::Field& nom,
                       model::LoginHolder holder) {
  if (model::is_blank(prenom.value) || model::is_blank(nom.value)) return {};
  return model::predict_login(profile, prenom.value, nom.value, holder);
}

// What every account starts from: who, where, and the login their names predict.
template <typename Record>
Draft draft_of(std::string_view profile, model::Text id, const Record& record, model::LoginHolder holder,
               const model::Dataset& data, model::LoginProfile login_profile) {
  Draft draft;
  draft.account.profile = std::string(profile);
  draft.account.id = id.str();
  draft.account.name = model::personal_name(record.usage_name().value, record.prenom.value);
  draft.account.location = locate(data, record.location);
  draft.base_login = base_login(login_profile, record.prenom, record.usage_name(), holder);
  draft.name_key = model::ExistingLogins::name_key(record.usage_name().value, record.prenom.value);
  return draft;
}

std::vector<Draft> drafts_of(const model::Dataset& data, model::LoginProfile profile, AccountList& list) {
  // Keyed by model::run_key: CSV rows known by their line are told apart by file.
  std::unordered_map<std::string, std::string_view> division;  // pupil → first real division
  for (const model::Membership& m : data.memberships) {
    if (m.type == 'D' && !m.code.empty() && !model::is_pseudo_division(m.code)) {
      division.try_emplace(model::run_key(m.eleve_id, m.location), m.code);
    }
  }
  auto division_of = [&](const std::string& pupil) {
    const auto found = division.find(pupil);
    return found == division.end() ? std::string() : std::string(found->second);
  };
  const rules::RepeatedRows repeated(data);  // a row written twice is one pupil (P015)
  std::vector<Draft> drafts;
  std::unordered_set<std::string> current;
  for (const model::Pupil& pupil : data.pupils) {
    std::string key = model::run_key(pupil.eleve_id, pupil.location);
    if (pupil.left || pupil.eleve_id.empty() || repeated.repeats(&pupil) || !current.insert(key).second) continue;
    const std::string where = division_of(key);
    Draft draft = draft_of("pupil", pupil.eleve_id, pupil, model::LoginHolder::pupil, data, profile);
    draft.account.division = where;
    draft.first_division = where;
    drafts.push_back(std::move(draft));
    ++list.pupils;
  }
  // A responsable gets an account through a legal link to a current pupil.
  std::unordered_map<std::string, std::vector<std::string>> children;
  for (const model::ResponsableLink& link : data.links) {
    std::string child = model::run_key(link.eleve_id, link.location);
    if (!link.legal() || !current.contains(child)) continue;
    auto& of = children[model::run_key(link.personne_id, link.location)];
    if (std::find(of.begin(), of.end(), child) == of.end()) of.push_back(std::move(child));
  }
  std::unordered_set<std::string> persons;
  for (const model::Person& person : data.persons) {
    const std::string key = model::run_key(person.personne_id, person.location);
    if (person.personne_id.empty() || !persons.insert(key).second) continue;
    const auto linked = children.find(key);
    Draft draft = draft_of("responsable", person.personne_id, person, model::LoginHolder::responsable, data, profile);
    if (linked == children.end()) {  // not listed, but holding its place in the logins' order, as L001 counts it
      ++list.not_legal;
      draft.listed = false;
      drafts.push_back(std::move(draft));
      continue;
    }
    std::vector<std::string> divisions;
    for (const std::string& child : linked->second) {
      const std::string where = division_of(child);
      if (!where.empty() && std::find(divisions.begin(), divisions.end(), where) == divisions.end()) {
        divisions.push_back(where);
      }
    }
    for (const std::string& d : divisions) draft.account.division += (draft.account.division.empty() ? "" : ", ") + d;
    draft.first_division = divisions.empty() ? std::string() : divisions.front();
    drafts.push_back(std::move(draft));
    ++list.responsables;
  }
  std::unordered_set<std::string> staff_seen;
  for (const model::Staff& staff : data.staff) {
    if (staff.id.empty() || !staff_seen.insert(model::run_key(staff.id, staff.location)).second) continue;
    drafts.push_back(draft_of("staff", staff.id, staff, model::LoginHolder::staff, data, profile));
    ++list.staff;
  }
  return drafts;
}

int profile_rank(const std::string& profile) { return profile == "pupil" ? 0 : profile == "responsable" ? 1 : 2; }

}  // namespace

Result<AccountList> accounts(const Options& options, const std::vector<std::string>& paths) {
  const rules::RuleRegistry registry = rules::RuleRegistry::with_all_rules();
  Options lint = options;
  lint.low_memory = false;  // the accounts are every record: nothing to spare
  auto resolved = engine::resolve_settings(registry, lint);
  if (!resolved) return resolved.error();
  engine::Settings settings = std::move(resolved.value());
  model::Dataset data;
  settings.take_records = [&data](model::Dataset& dataset) {
    std::vector<model::FileRecord> files = dataset.files;  // the run still reports them
    data = std::move(dataset);
    dataset = model::Dataset{};
    dataset.files = std::move(files);
  };
  std::vector<engine::Input> inputs;
  inputs.reserve(paths.size());
  for (const std::string& path : paths) {
    inputs.push_back({path, std::nullopt, path == "-"});
  }
  AccountList list;
  list.language = options.language;
  list.login_profile = std::string(model::login_profile_name(settings.login_profile));
  list.report = engine::run_session(registry, settings, inputs);

  std::vector<Draft> drafts = drafts_of(data, settings.login_profile, list);
  // The suffix a login gets follows the order of creation: the export's,
  // pupils first; accounts that exist keep theirs and hold their logins.
  std::unordered_map<std::string, std::vector<Draft*>> holders;
  std::vector<std::string> bases;
  for (Draft& draft : drafts) {
    if (draft.base_login.empty()) continue;
    auto& of = holders[draft.base_login];
    if (of.empty()) bases.push_back(draft.base_login);
    of.push_back(&draft);
  }
  for (const std::string& base : bases) {
    const std::vector<Draft*>& of = holders[base];
    std::vector<std::string> keys;
    keys.reserve(of.size());
    for (const Draft* draft : of) keys.push_back(draft->name_key);
    const auto assigned = rules::assign_logins(settings.login_profile, base, keys, settings.existing_logins.get());
    for (std::size_t i = 0; i < of.size(); ++i) {
      of[i]->account.login = assigned[i].login;
      of[i]->account.existing = assigned[i].own;
    }
  }
  std::erase_if(drafts, [](const Draft& draft) { return !draft.listed; });
  // Each person's findings, by the subject the lint named.
  std::map<std::pair<std::string, std::string>, std::vector<const Diagnostic*>> findings;
  for (const Diagnostic& d : list.report.diagnostics) {
    if (!d.subject.kind.empty() && !d.subject.id.empty()) findings[{d.subject.kind, d.subject.id}].push_back(&d);
  }
  std::sort(drafts.begin(), drafts.end(), [](const Draft& a, const Draft& b) {
    const bool a_staff = a.account.profile == "staff";
    const bool b_staff = b.account.profile == "staff";
    return std::tuple(a_staff, a.first_division, profile_rank(a.account.profile), a.account.name, a.account.id) <
           std::tuple(b_staff, b.first_division, profile_rank(b.account.profile), b.account.name, b.account.id);
  });
  model::Redactor redactor(options.redact);
  for (Draft& draft : drafts) {
    Account& account = draft.account;
    if (const auto found = findings.find({account.profile, account.id}); found != findings.end()) {
      std::vector<const Diagnostic*> mine = found->second;
      std::stable_sort(mine.begin(), mine.end(),
                       [](const Diagnostic* a, const Diagnostic* b) { return a->severity > b->severity; });
      account.worst = mine.front()->severity;
      for (const Diagnostic* d : mine) {
        if (std::find(account.codes.begin(), account.codes.end(), d->code) == account.codes.end()) {
          account.codes.push_back(d->code);
        }
      }
    }
    account.name = redactor.resolve(account.name);
    if (!account.login.empty()) account.login = redactor.value(model::PersonalKind::login, account.login);
    list.accounts.push_back(std::move(account));
  }
  return list;
}

}  // namespace scolint
