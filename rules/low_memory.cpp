#include "rules/low_memory.hpp"

#include <algorithm>
#include <functional>
#include <string_view>

namespace scolint::rules::low_memory {

std::uint64_t key_of(std::string_view value) {
  const std::uint64_t key = std::hash<std::string_view>{}(value);
  return key == 0 ? 1 : key;
}

model::FileId FirstRead::pupil_file(std::size_t i) const {
  // pupil_starts is sorted: the file is the last one that starts at or before i.
  const auto after = std::upper_bound(pupil_starts.begin(), pupil_starts.end(), std::uint64_t{i});
  return static_cast<model::FileId>(after - pupil_starts.begin() - 1);
}

std::uint64_t pupil_id(const model::Pupil& pupil) { return key_of(pupil.eleve_id); }
std::uint64_t membership_pupil_id(const model::Membership& membership) { return key_of(membership.eleve_id); }
std::uint64_t link_pupil_id(const model::ResponsableLink& link) { return key_of(link.eleve_id); }
std::uint64_t link_person_id(const model::ResponsableLink& link) { return key_of(link.personne_id); }

namespace {

template <typename Key>
void add_once(std::vector<Key>& keys, Key key) {
  if (key != nullptr && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
}

template <typename Key>
std::size_t index_of(const std::vector<Key>& keys, Key key) {
  return static_cast<std::size_t>(std::find(keys.begin(), keys.end(), key) - keys.begin());
}

// Puts `key` at `index` of a lazily filled column.
void put(std::vector<std::uint64_t>& column, std::size_t index, std::uint64_t key) {
  if (key == 0) return;
  column.resize(index, 0);
  column.push_back(key);
}

void append_column(std::vector<std::uint64_t>& column, std::size_t offset, std::vector<std::uint64_t>&& next) {
  if (next.empty()) return;
  if (column.empty()) column.reserve(offset + next.size());
  column.resize(offset, 0);
  column.insert(column.end(), next.begin(), next.end());
  next = {};
}

}  // namespace

KeyPlan::KeyPlan() {
  pupil_keys_.push_back(&pupil_id);
  membership_keys_.push_back(&membership_pupil_id);
  link_keys_.push_back(&link_pupil_id);
  link_keys_.push_back(&link_person_id);
}

KeyPlan::KeyPlan(std::span<const Rule* const> rules) : KeyPlan() {
  for (const Rule* rule : rules) {
    for (const PupilKey key : rule->records_needed.pupil_keys) add_once(pupil_keys_, key);
    for (const MembershipKey key : rule->records_needed.membership_keys) add_once(membership_keys_, key);
    for (const LinkKey key : rule->records_needed.link_keys) add_once(link_keys_, key);
  }
}

std::size_t KeyPlan::column(PupilKey key) const { return index_of(pupil_keys_, key); }
std::size_t KeyPlan::column(MembershipKey key) const { return index_of(membership_keys_, key); }
std::size_t KeyPlan::column(LinkKey key) const { return index_of(link_keys_, key); }

KeyColumns::KeyColumns(const KeyPlan& plan)
    : plan_(&plan),
      pupil_(plan.pupil_keys().size()),
      membership_(plan.membership_keys().size()),
      link_(plan.link_keys().size()) {}

void KeyColumns::add(const model::Pupil& pupil) {
  for (std::size_t c = 0; c < pupil_.size(); ++c) put(pupil_[c], pupils_, plan_->pupil_keys()[c](pupil));
  left_.push_back(pupil.left);
  ++pupils_;
}

void KeyColumns::add(const model::Membership& membership) {
  for (std::size_t c = 0; c < membership_.size(); ++c) {
    put(membership_[c], memberships_, plan_->membership_keys()[c](membership));
  }
  ++memberships_;
}

void KeyColumns::add(const model::ResponsableLink& link) {
  for (std::size_t c = 0; c < link_.size(); ++c) put(link_[c], links_, plan_->link_keys()[c](link));
  legal_.push_back(link.legal());
  ++links_;
}

void KeyColumns::append(KeyColumns&& next) {
  // Into nothing yet, the columns move: no copy of a million keys beside the originals.
  if (plan_ == nullptr || (pupils_ == 0 && memberships_ == 0 && links_ == 0 && next.plan_ != nullptr)) {
    *this = std::move(next);
    return;
  }
  if (next.plan_ != nullptr) {
    for (std::size_t c = 0; c < pupil_.size(); ++c) append_column(pupil_[c], pupils_, std::move(next.pupil_[c]));
    for (std::size_t c = 0; c < membership_.size(); ++c) {
      append_column(membership_[c], memberships_, std::move(next.membership_[c]));
    }
    for (std::size_t c = 0; c < link_.size(); ++c) append_column(link_[c], links_, std::move(next.link_[c]));
  }
  left_.insert(left_.end(), next.left_.begin(), next.left_.end());
  legal_.insert(legal_.end(), next.legal_.begin(), next.legal_.end());
  pupils_ += next.pupils_;
  memberships_ += next.memberships_;
  links_ += next.links_;
  next = {};
}

bool all_declared(std::span<const Rule* const> rules) {
  return std::all_of(rules.begin(), rules.end(),
                     [](const Rule* rule) { return !rule->on_dataset || rule->records_needed.declared; });
}

FirstRead first_read_for(const Rule& rule, const KeyPlan& plan, const KeyColumns& keys,
                         std::span<const std::uint64_t> pupil_starts, const model::Dataset& rest) {
  FirstRead first;
  for (std::size_t k = 0; k < max_keys; ++k) {
    if (const PupilKey key = rule.records_needed.pupil_keys[k]) first.pupils[k] = keys.pupil_column(plan.column(key));
    if (const MembershipKey key = rule.records_needed.membership_keys[k]) {
      first.memberships[k] = keys.membership_column(plan.column(key));
    }
    if (const LinkKey key = rule.records_needed.link_keys[k]) first.links[k] = keys.link_column(plan.column(key));
  }
  first.pupil_count = keys.pupils();
  first.membership_count = keys.memberships();
  first.link_count = keys.links();
  first.legal = &keys.legal();
  first.pupil_starts = pupil_starts;
  first.rest = &rest;
  first.left = &keys.left();
  return first;
}

void close_selection(const KeyPlan& plan, const KeyColumns& keys, std::vector<std::uint64_t> named,
                     std::vector<std::uint64_t> named_persons, Keep& keep) {
  const auto pupils = keys.pupil_column(plan.column(&pupil_id));
  const auto memberships = keys.membership_column(plan.column(&membership_pupil_id));
  const auto links = keys.link_column(plan.column(&link_pupil_id));
  auto at = [](std::span<const std::uint64_t> column, std::size_t i) { return i < column.size() ? column[i] : 0; };
  if (const KeySet persons(std::move(named_persons)); !persons.empty()) {
    const auto link_persons = keys.link_column(plan.column(&link_person_id));
    for (std::size_t i = 0; i < keep.links.size(); ++i) {
      if (persons.contains(at(link_persons, i))) keep.links[i] = true;
    }
  }
  for (std::size_t i = 0; i < keep.pupils.size(); ++i) {
    if (keep.pupils[i]) named.push_back(at(pupils, i));
  }
  for (std::size_t i = 0; i < keep.memberships.size(); ++i) {
    if (keep.memberships[i]) named.push_back(at(memberships, i));
  }
  for (std::size_t i = 0; i < keep.links.size(); ++i) {
    if (keep.links[i]) named.push_back(at(links, i));
  }
  const KeySet ids(std::move(named));
  if (ids.empty()) return;
  for (std::size_t i = 0; i < keep.pupils.size(); ++i) {
    if (!keep.pupils[i] && ids.contains(at(pupils, i))) keep.pupils[i] = true;
  }
  for (std::size_t i = 0; i < keep.memberships.size(); ++i) {
    if (!keep.memberships[i] && ids.contains(at(memberships, i))) keep.memberships[i] = true;
  }
  for (std::size_t i = 0; i < keep.links.size(); ++i) {
    if (!keep.links[i] && ids.contains(at(links, i))) keep.links[i] = true;
  }
}

KeySet::KeySet(std::vector<std::uint64_t> keys) : keys_(std::move(keys)) {
  std::sort(keys_.begin(), keys_.end());
  keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
  if (!keys_.empty() && keys_.front() == 0) keys_.erase(keys_.begin());
}

bool KeySet::contains(std::uint64_t key) const {
  return key != 0 && std::binary_search(keys_.begin(), keys_.end(), key);
}

void keep_shared_pupils(const FirstRead& first, std::size_t column, std::vector<std::uint64_t> also, Keep& keep) {
  const auto keys = first.pupils[column];
  also.insert(also.end(), keys.begin(), keys.end());
  std::sort(also.begin(), also.end());
  std::vector<std::uint64_t> shared;
  for (std::size_t i = 1; i < also.size(); ++i) {
    if (also[i] != 0 && also[i] == also[i - 1] && (shared.empty() || shared.back() != also[i])) {
      shared.push_back(also[i]);
    }
  }
  also = {};
  const KeySet set(std::move(shared));
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (set.contains(keys[i])) keep.pupils[i] = true;
  }
}

}  // namespace scolint::rules::low_memory
