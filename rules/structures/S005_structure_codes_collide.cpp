#include <map>
#include <set>
#include <tuple>

#include "rules/rule_kit.hpp"
#include "rules/scope.hpp"
#include "rules/structures/structure_text.hpp"

namespace scolint::rules {
namespace {

struct StructureCodesCollide {
  static constexpr RuleInfo info{
      .code = "S005",
      .slug = "structure-codes-collide",
      .severity = Severity::warning,
      .summary = {.fr = "deux codes de structure qui ne diffèrent que par la casse, les accents, espaces, - ou _",
                  .en = "two structure codes that differ only by case, accents, spaces, - or _"},
      // {0} code, {1} the other codes
      .message = {.fr = "le code « {0} » se confond avec « {1} » (même code aux espaces, tirets, accents et "
                        "majuscules près) ; l'ENT ou les utilisateurs les confondront",
                  .en = "code \"{0}\" is confusable with \"{1}\" (same code but for spaces, dashes, accents and "
                        "case); the ENT or its users will mix them up"},
      .hint = {.fr = "gardez un seul code dans STS-Web (Structures) et rattachez-y élèves et services, ou "
                     "renommez l'une des structures pour qu'elles se distinguent",
               .en = "keep one code in STS-Web (Structures) and attach pupils and services to it, or rename one "
                     "of them so that they differ"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    // Within one export: "3 B" in SIECLE against "3B" in STS is X001's business.
    struct Entry {
      model::Text code;
      bool division;
      model::SourceLocation location;
    };
    // And within one establishment: an academy drop holds hundreds, "5 1" in
    // one and "5-1" in another confuse nobody.
    std::map<std::tuple<model::FileId, std::string_view, std::string>, std::map<model::Text, Entry>> groups;
    auto add = [&](model::Text code, bool division, model::SourceLocation at, model::Text scope) {
      std::string key = model::fold_identity(code);
      if (key.empty()) return;
      groups[{at.file, scope_of(scope), std::move(key)}].try_emplace(code, Entry{code, division, at});
    };
    for (const auto& division : dataset.divisions) add(division.code, true, division.location, division.scope);
    for (const auto& group : dataset.groups) add(group.code, false, group.location, group.scope);
    for (const auto& [key, entries] : groups) {
      if (entries.size() < 2) continue;
      for (const auto& [code, entry] : entries) {
        Finding finding{.location = entry.location, .record = model::RecordRef::structure(entry.division, code)};
        // The codes are quoted by the message; between them, the language's own quotes.
        static constexpr Phrase between{" », « ", "\", \""};
        const std::string separator = say(out.language(), between);
        std::string others;
        for (const auto& [other_code, other] : entries) {
          if (other_code == code) continue;
          others += (others.empty() ? "" : separator) + other_code;
          finding.related.push_back(other.location);
        }
        finding.args = {code.str(), others};
        out.report(std::move(finding));
      }
    }
  }

  static constexpr low_memory::Needs records_needed = low_memory::no_pupils;
};

}  // namespace

SCOLINT_RULE(S005, StructureCodesCollide)

}  // namespace scolint::rules
