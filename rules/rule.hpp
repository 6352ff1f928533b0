#pragma once
// What a rule is for the engine: metadata (code, messages, options) plus the
// check functions it provides. Rules only report findings; the engine owns
// severity, message formatting, ordering and fingerprints.

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <scolint/diagnostic.hpp>

#include "model/dataset.hpp"
#include "model/existing_logins.hpp"
#include "model/login.hpp"
#include "model/record_ref.hpp"

namespace scolint::rules {

/// Words in both languages of scolint: a rule's message, hint and summary
/// (RuleInfo), or a phrase it puts in an argument (rules/phrase.hpp). Not to
/// be confused with model::Text, a value of the dataset. `in` is the one
/// place a language is chosen.
struct Phrase {
  std::string_view fr;
  std::string_view en;
  [[nodiscard]] constexpr std::string_view in(Language language) const {
    switch (language) {
      case Language::fr: return fr;
      case Language::en: return en;
    }
    return fr;
  }
};

/// A rule threshold: its name after "CODE." and its default. Integer by
/// default; a text option (`text = true`) takes any string, `default_text`.
struct OptionSpec {
  std::string_view name;
  int default_value = 0;
  int min_value = 0;
  int max_value = 1 << 20;
  bool text = false;
  std::string_view default_text{};
};

struct RuleInfo {
  std::string_view code;
  std::string_view slug;
  Severity severity = Severity::error;
  Phrase summary;  ///< one line for `scolint rules`
  Phrase message;  ///< {0}, {1}... are the finding's arguments
  /// Other wordings of the same finding (Finding::variant 1, 2...), e.g. A001
  /// says "no <id>" and "no valid birth date" differently.
  std::span<const Phrase> variants{};
  Phrase hint;
  /// What Reporter::tally counts, for the summary ({0}: the count). For
  /// findings too many and too harmless to list one by one.
  Phrase tally{};
  std::span<const OptionSpec> options{};
  /// Export kinds the rule needs together (cross-checks): without all of them
  /// it does not run, and the summary says so.
  std::span<const model::ExportKind> needs{};
  /// Columns the rule's findings depend on: in a file that lacks one of them
  /// (FileRecord::lacks) the rule's findings are dropped, and the report
  /// says once that the rule was not checked there (Report::not_checked).
  std::span<const model::Column> reads{};
  /// Reads the predicted ENT logins of pupils, responsables and staff: the
  /// engine then computes them while reading, once per record and on the
  /// reading threads, instead of each such rule computing a million.
  bool uses_logins = false;
};

/// One thing a rule found. Locations are resolved to paths by the engine.
struct Finding {
  model::SourceLocation location{};
  std::vector<std::string> args{};  ///< message arguments, in the order of the placeholders
  model::RecordRef record{};        ///< the record the finding is about
  std::string key{};                ///< extra identity for the fingerprint (never personal data)
  std::uint8_t variant = 0;         ///< 0: RuleInfo::message; n: RuleInfo::variants[n - 1]
  std::vector<model::SourceLocation> related{};
  std::string predicted_login{};
  /// A finding about one responsable's contact value says which: when that
  /// value turns out to be a placeholder of its file (model::Placeholders),
  /// F012 reports it once and this finding is dropped.
  std::optional<std::pair<model::ContactField, std::string>> contact_value{};
};

/// What a check function talks to.
class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void report(Finding finding) = 0;
  /// Adds `count` to the running rule's tally (RuleInfo::tally), printed
  /// once in the summary instead of one finding each.
  virtual void tally(std::uint64_t count) = 0;
  /// The value of a declared option of the running rule ("max_length").
  [[nodiscard]] virtual int option(std::string_view name) const = 0;
  /// The value of a declared text option of the running rule.
  [[nodiscard]] virtual std::string text_option(std::string_view name) const = 0;
  [[nodiscard]] virtual model::LoginProfile login_profile() const = 0;
  [[nodiscard]] virtual Language language() const = 0;
  /// The accounts that exist already (Options::existing_logins), or none.
  [[nodiscard]] virtual const model::ExistingLogins* existing_logins() const { return nullptr; }
};

/// Low-memory mode (`Options::low_memory`, docs/api.md): pupils, placements
/// and their links to responsables are read twice. The first read keeps of each record only the
/// 64-bit keys that the dataset checks ask for (0: the record has no key);
/// from those keys each check marks the records it needs; the second read
/// keeps those records only, and the checks run unchanged on them. A check's
/// declaration must select every record whose absence could change its
/// findings; a hash collision may only add records (except where a check's
/// doc says otherwise).
namespace low_memory {

inline constexpr std::size_t max_keys = 3;
using PupilKey = std::uint64_t (*)(const model::Pupil&);
using MembershipKey = std::uint64_t (*)(const model::Membership&);
using LinkKey = std::uint64_t (*)(const model::ResponsableLink&);

/// The key of a value: never 0, which means "no key".
std::uint64_t key_of(std::string_view value);

/// What the first read gave: one key per record and declared key, in
/// dataset order, and every other record in full.
struct FirstRead {
  std::array<std::span<const std::uint64_t>, max_keys> pupils{};       ///< a rule's declared pupil keys
  std::array<std::span<const std::uint64_t>, max_keys> memberships{};  ///< its membership keys
  std::array<std::span<const std::uint64_t>, max_keys> links{};        ///< its responsable link keys
  std::size_t pupil_count = 0;
  std::size_t membership_count = 0;
  std::size_t link_count = 0;
  std::span<const std::uint64_t> pupil_starts{};  ///< per file: its first pupil's index
  const model::Dataset* rest = nullptr;           ///< files, persons, links, structures, staff...
  const std::vector<bool>* left = nullptr;        ///< Pupil::left of every pupil (one bit each)
  const std::vector<bool>* legal = nullptr;       ///< whether each link is a legal responsable's ("1" or "2")

  /// Key `column` of pupil `i` (columns may be shorter than the records: the rest are 0).
  [[nodiscard]] std::uint64_t pupil(std::size_t column, std::size_t i) const {
    return i < pupils[column].size() ? pupils[column][i] : 0;
  }
  [[nodiscard]] std::uint64_t membership(std::size_t column, std::size_t i) const {
    return i < memberships[column].size() ? memberships[column][i] : 0;
  }
  [[nodiscard]] std::uint64_t link(std::size_t column, std::size_t i) const {
    return i < links[column].size() ? links[column][i] : 0;
  }
  /// Whether link `i` is that of a legal responsable.
  [[nodiscard]] bool link_legal(std::size_t i) const { return legal != nullptr && i < legal->size() && (*legal)[i]; }
  /// Whether pupil `i` left (Pupil::left): no account, and most checks pass over it.
  [[nodiscard]] bool pupil_left(std::size_t i) const { return left != nullptr && i < left->size() && (*left)[i]; }
  /// The file pupil `i` came from.
  [[nodiscard]] model::FileId pupil_file(std::size_t i) const;
};

/// The records a check needs, by index in dataset order.
struct Keep {
  std::vector<bool> pupils;
  std::vector<bool> memberships;
  std::vector<bool> links;
};

using Select = void (*)(const FirstRead& first, const Reporter& rule, Keep& keep);

/// A dataset check's declaration. Undeclared, it needs every record, and a
/// run that selects it reads once, keeping everything.
struct Needs {
  bool declared = false;
  std::array<PupilKey, max_keys> pupil_keys{};
  std::array<MembershipKey, max_keys> membership_keys{};
  std::array<LinkKey, max_keys> link_keys{};
  Select select = nullptr;  ///< none: the check reads no pupil, placement or link
};

}  // namespace low_memory

/// A rule as the engine runs it: any of the check functions may be empty.
struct Rule {
  RuleInfo info;
  std::function<void(const model::Pupil&, Reporter&)> on_pupil;
  std::function<void(const model::Person&, Reporter&)> on_person;
  std::function<void(const model::Staff&, Reporter&)> on_staff;
  std::function<void(const model::Division&, Reporter&)> on_division;
  std::function<void(const model::Group&, Reporter&)> on_group;
  std::function<void(const model::Dataset&, Reporter&)> on_dataset;
  low_memory::Needs records_needed{};  ///< what on_dataset needs of pupils, placements and links

  [[nodiscard]] bool has_record_checks() const { return on_pupil || on_person || on_staff || on_division || on_group; }
};

}  // namespace scolint::rules
