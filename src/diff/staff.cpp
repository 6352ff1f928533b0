// STS-Web between two exports: groups, staff (arrived, left, renamed, typed
// again under a new identifier) and teaching services.
#include <algorithm>
#include <deque>
#include <map>
#include <set>

#include "diff/compare.hpp"
#include "model/identity.hpp"
#include "model/personal.hpp"
#include "model/text.hpp"

namespace scolint::changes {
namespace {

using model::personal_name;

std::string staff_name(const model::Staff& staff) {
  return personal_name(staff.usage_name().value, staff.prenom.value);
}

// The same person under another identifier: as T001 reads them.
using model::staff_identity_key;

struct StaffTable {
  std::vector<const model::Staff*> list;
  std::unordered_map<std::string_view, const model::Staff*> by_key;
  // The key of each staff member: the STS-Web identifier, or for a CSV row
  // identified by its line, "~" + folded names and birth date.
  std::unordered_map<const model::Staff*, std::string_view> keys;
  std::deque<std::string> owned;

  explicit StaffTable(const Side& side) {
    for (const model::Staff& staff : side.records.staff) {
      if (!side.counts(staff.location.file, Records::staff) || staff.id.empty()) continue;
      std::string_view key = staff.id;
      if (is_line_identifier(staff.id, staff.location.line)) {
        std::string identity = staff_identity_key(staff);
        if (identity.empty()) continue;
        key = owned.emplace_back("~" + identity);
      }
      if (by_key.try_emplace(key, &staff).second) {
        list.push_back(&staff);
        keys.emplace(&staff, key);
      }
    }
  }
  StaffTable(const StaffTable&) = delete;
  StaffTable& operator=(const StaffTable&) = delete;

  [[nodiscard]] const model::Staff* find(std::string_view key) const {
    const auto it = by_key.find(key);
    return it == by_key.end() ? nullptr : it->second;
  }
  [[nodiscard]] std::string_view key(const model::Staff* staff) const { return keys.at(staff); }
};

Subject staff_subject(const model::Staff& staff) { return {"staff", staff.id.str(), staff_name(staff)}; }

// Returns the codes of the groups added and removed (their services go with them).
std::pair<std::set<std::string_view>, std::set<std::string_view>> compare_groups(Comparison& c) {
  std::set<std::string_view> added;
  std::set<std::string_view> removed;
  std::map<std::string_view, model::SourceLocation> before;
  std::map<std::string_view, model::SourceLocation> after;
  for (const model::Group& group : c.before.records.groups) {
    if (c.before.counts(group.location.file, Records::structures) && !group.code.empty())
      before.try_emplace(group.code, group.location);
  }
  for (const model::Group& group : c.after.records.groups) {
    if (c.after.counts(group.location.file, Records::structures) && !group.code.empty())
      after.try_emplace(group.code, group.location);
  }
  for (const auto& [code, at] : after) {
    if (before.contains(code)) continue;
    added.insert(code);
    Draft draft{"group-added", 0, {std::string(code)}, {"group", std::string(code)}};
    draft.new_value = std::string(code);
    draft.record = model::RecordRef::structure(false, code);
    draft.in_new = at;
    c.drafts.push_back(std::move(draft));
  }
  for (const auto& [code, at] : before) {
    if (after.contains(code)) continue;
    removed.insert(code);
    Draft draft{"group-removed", 0, {std::string(code)}, {"group", std::string(code)}};
    draft.old_value = std::string(code);
    draft.record = model::RecordRef::structure(false, code);
    draft.in_old = at;
    c.drafts.push_back(std::move(draft));
  }
  return {std::move(added), std::move(removed)};
}

// Returns whether NEW's staff is partial (then departures are not listed).
bool compare_staff(Comparison& c, const StaffTable& before, const StaffTable& after,
                   std::unordered_map<std::string_view, std::string_view>& new_id) {
  std::vector<const model::Staff*> gone;
  std::map<std::string, std::vector<const model::Staff*>> come_by_identity;
  for (const model::Staff* staff : after.list) {
    if (before.find(after.key(staff)) != nullptr) continue;
    if (std::string key = staff_identity_key(*staff); !key.empty()) come_by_identity[std::move(key)].push_back(staff);
  }
  std::set<const model::Staff*> matched;
  std::map<std::string, std::uint32_t> gone_identities;  // an identity must name one person on each side
  for (const model::Staff* staff : before.list) {
    if (after.find(before.key(staff)) == nullptr) ++gone_identities[staff_identity_key(*staff)];
  }
  for (const model::Staff* staff : before.list) {
    const model::Staff* now = after.find(before.key(staff));
    if (now == nullptr) {
      const auto it = come_by_identity.find(staff_identity_key(*staff));
      if (it != come_by_identity.end() && it->second.size() == 1 && gone_identities[it->first] == 1 &&
          !matched.contains(it->second.front())) {
        const model::Staff* to = it->second.front();
        matched.insert(to);
        new_id.emplace(before.key(staff), after.key(to));
        Draft draft{
            "staff-id-changed", 0, {c.quoted(staff_name(*to)), staff->id.str(), to->id.str()}, staff_subject(*to)};
        draft.old_value = staff->id.str();
        draft.new_value = to->id.str();
        draft.record = model::RecordRef::staff(to->id);
        draft.in_new = to->location;
        draft.in_old = staff->location;
        c.drafts.push_back(std::move(draft));
      } else {
        gone.push_back(staff);
      }
      continue;
    }
    if (model::trim(staff->usage_name().value) != model::trim(now->usage_name().value) ||
        model::trim(staff->prenom.value) != model::trim(now->prenom.value)) {
      Draft draft{"staff-renamed",
                  0,
                  {c.quoted(staff_name(*now)), c.quoted(staff_name(*staff)), c.quoted(staff_name(*now))},
                  staff_subject(*now)};
      draft.old_value = staff_name(*staff);
      draft.new_value = staff_name(*now);
      draft.record = model::RecordRef::staff(now->id);
      draft.in_new = now->location;
      draft.in_old = staff->location;
      c.drafts.push_back(std::move(draft));
    }
  }
  constexpr std::size_t smallest_staff = 10;
  const bool partial = before.list.size() >= smallest_staff && gone.size() * 2 > before.list.size();
  if (partial) {
    Draft draft{"export-incomplete", 2, {"", std::to_string(gone.size()), std::to_string(before.list.size())}};
    draft.subject = {"establishment"};
    draft.old_value = std::to_string(before.list.size());
    draft.new_value = std::to_string(after.list.size());
    c.drafts.push_back(std::move(draft));
    return true;
  }
  for (const model::Staff* staff : gone) {
    Draft draft{"staff-left", 0, {c.quoted(staff_name(*staff))}, staff_subject(*staff)};
    draft.record = model::RecordRef::staff(staff->id);
    draft.in_old = staff->location;
    c.drafts.push_back(std::move(draft));
  }
  for (const model::Staff* staff : after.list) {
    if (before.find(after.key(staff)) != nullptr || matched.contains(staff)) continue;
    Draft draft{"staff-arrived", 0, {c.quoted(staff_name(*staff))}, staff_subject(*staff)};
    draft.record = model::RecordRef::staff(staff->id);
    draft.in_new = staff->location;
    c.drafts.push_back(std::move(draft));
  }
  return false;
}

// A service: its structure (an old division under its new code when renamed),
// subject and teaching mode; its teachers by identifier (OLD's under NEW's
// when a teacher's changed), named from their own side.
struct ServiceSeen {
  const model::Service* service = nullptr;
  std::map<std::string_view, std::string> teachers;  // identifier → name

  [[nodiscard]] bool same_teachers(const ServiceSeen& other) const {
    return std::equal(teachers.begin(), teachers.end(), other.teachers.begin(), other.teachers.end(),
                      [](const auto& a, const auto& b) { return a.first == b.first; });
  }
};

void compare_services(Comparison& c, const StaffTable& staff_before, const StaffTable& staff_after,
                      const std::unordered_map<std::string_view, std::string_view>& staff_new_id,
                      const std::pair<std::set<std::string_view>, std::set<std::string_view>>& groups) {
  auto services_of = [&](const Side& side, const StaffTable& staff, bool old) {
    std::map<std::string, ServiceSeen> seen;
    for (const model::Service& service : side.records.services) {
      if (!side.counts(service.location.file, Records::structures)) continue;
      std::string_view structure = service.structure_code;
      if (old && !service.on_group) {
        if (const auto it = c.division_renamed.find(structure); it != c.division_renamed.end()) structure = it->second;
      }
      const std::string key =
          std::string(structure) + '\x1f' + service.code_matiere.str() + '\x1f' + service.code_mod_cours.str();
      ServiceSeen& entry = seen[key];
      if (entry.service == nullptr) entry.service = &service;
      for (const model::Text& id : service.teacher_ids) {
        const model::Staff* teacher = staff.find(id);
        const auto renumbered = old ? staff_new_id.find(id) : staff_new_id.end();
        entry.teachers.emplace(renumbered == staff_new_id.end() ? id.view() : renumbered->second,
                               teacher == nullptr ? id.str() : staff_name(*teacher));
      }
    }
    return seen;
  };
  const auto before = services_of(c.before, staff_before, true);
  const auto after = services_of(c.after, staff_after, false);
  auto joined = [&](const std::map<std::string_view, std::string>& teachers) {
    std::string out;
    for (const auto& [id, name] : teachers) out += (out.empty() ? "" : ", ") + name;
    return out.empty() ? c.words("aucun", "none") : out;
  };
  auto draft_of = [&](std::string_view kind, const model::Service& service) {
    Draft draft{kind, 0, {service.structure_code.str(), service.code_matiere.str()}};
    draft.subject = {service.on_group ? "group" : "division",
                     service.structure_code.str(),
                     {},
                     service.on_group ? std::string{} : service.structure_code.str()};
    draft.record = model::RecordRef::structure(!service.on_group, service.structure_code);
    return draft;
  };
  for (const auto& [key, now] : after) {
    const auto was = before.find(key);
    if (was == before.end()) {
      if (now.service->on_group ? groups.first.contains(now.service->structure_code)
                                : c.divisions_added.contains(now.service->structure_code)) {
        continue;
      }
      Draft draft = draft_of("service-added", *now.service);
      draft.args.push_back(now.teachers.empty() ? std::string{} : " (" + joined(now.teachers) + ")");
      draft.new_value = joined(now.teachers);
      draft.in_new = now.service->location;
      c.drafts.push_back(std::move(draft));
    } else if (!was->second.same_teachers(now)) {
      Draft draft = draft_of("service-changed", *now.service);
      draft.args.push_back(joined(was->second.teachers));
      draft.args.push_back(joined(now.teachers));
      draft.old_value = joined(was->second.teachers);
      draft.new_value = joined(now.teachers);
      draft.in_new = now.service->location;
      draft.in_old = was->second.service->location;
      c.drafts.push_back(std::move(draft));
    }
  }
  for (const auto& [key, was] : before) {
    if (after.contains(key)) continue;
    if (was.service->on_group ? groups.second.contains(was.service->structure_code)
                              : c.divisions_removed.contains(was.service->structure_code)) {
      continue;
    }
    Draft draft = draft_of("service-removed", *was.service);
    draft.old_value = joined(was.teachers);
    draft.in_old = was.service->location;
    c.drafts.push_back(std::move(draft));
  }
}

}  // namespace

void compare_staff_and_services(Comparison& c) {
  const auto groups = compare_groups(c);
  const StaffTable before(c.before);
  const StaffTable after(c.after);
  std::unordered_map<std::string_view, std::string_view> staff_new_id;
  if (compare_staff(c, before, after, staff_new_id)) return;
  compare_services(c, before, after, staff_new_id, groups);
}

}  // namespace scolint::changes
