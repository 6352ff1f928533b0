#include <charconv>

#include "model/date.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct ImplausibleAge {
  static constexpr OptionSpec options[]{{"min_age", 2, 0, 100}, {"max_age", 30, 1, 150}};
  static constexpr model::Column reads[]{model::Column::pupil_birth_date};
  static constexpr RuleInfo info{
      .code = "P007",
      .slug = "implausible-age",
      .severity = Severity::warning,
      .summary = {.fr = "âge au 1er septembre hors de [2, 30] ans : date de naissance mal saisie ?",
                  .en = "age on 1 September outside [2, 30]: birth date mistyped?"},
      // {0} name (ELEVE_ID if blank), {1} date, {2} age, {3} school year, {4} min, {5} max
      .message = {.fr = "l'élève {0}, né(e) le {1}, aurait {2} ans au 1er septembre {3} (attendu entre "
                        "{4} et {5}) : date de naissance mal saisie ?",
                  .en = "pupil {0}, born {1}, would be {2} on 1 September {3} (expected between {4} and "
                        "{5}): birth date mistyped?"},
      .hint = {.fr = "vérifiez la date de naissance sur la fiche de l'élève dans SIECLE-BEE (année à 4 chiffres)",
               .en = "check the birth date on the pupil's record in SIECLE-BEE (4-digit year)"},
      .options = options,
      .reads = reads,
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    const int min_age = out.option("min_age");
    const int max_age = out.option("max_age");
    for (const model::Pupil& pupil : dataset.pupils) {
      if (pupil.left) continue;
      const auto born = model::parse_siecle_date(model::trim(pupil.date_naissance.value));
      const auto year = school_year(dataset.files[pupil.location.file].parameters);
      if (!born || !year) continue;  // P006 reports unreadable dates
      const int age = age_on_first_september(*born, *year);
      if (age >= min_age && age <= max_age) continue;
      out.report(
          {.location = pupil.date_naissance.in(pupil.location),
           .args = {quoted_name(pupil, out.language()),
                    personal(PersonalKind::date, model::trim(pupil.date_naissance.value.str())), std::to_string(age),
                    std::to_string(*year), std::to_string(min_age), std::to_string(max_age)},
           .record = model::RecordRef::pupil(pupil.eleve_id)});
    }
  }

  static int age_on_first_september(const model::Date& born, int year) {
    int age = year - born.year;
    if (born.month > 9 || (born.month == 9 && born.day > 1)) --age;
    return age;
  }

 private:
  // ANNEE_SCOLAIRE is the first year of the school year; without it, the
  // school year of the export date (September starts a new one).
  static std::optional<int> school_year(const model::ExportParameters& parameters) {
    int year = 0;
    const auto& text = parameters.annee_scolaire;
    if (const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
        error == std::errc{} && end == text.data() + text.size() && year > 1900) {
      return year;
    }
    if (parameters.date_export)
      return parameters.date_export->month >= 9 ? parameters.date_export->year : parameters.date_export->year - 1;
    return std::nullopt;
  }

 public:
  // Low-memory mode: the pupils of an implausible age, from their birth date
  // (a key) and their file's school year.
  static std::uint64_t birth_key(const model::Pupil& pupil) {
    if (pupil.left) return 0;
    const auto born = model::parse_siecle_date(model::trim(pupil.date_naissance.value));
    if (!born || born->year < 0) return 0;
    return (std::uint64_t{1} << 40U) | (static_cast<std::uint64_t>(born->year) << 9U) |
           (static_cast<std::uint64_t>(born->month) << 5U) | static_cast<std::uint64_t>(born->day);
  }
  static void select(const low_memory::FirstRead& first, const Reporter& rule, low_memory::Keep& keep) {
    const int min_age = rule.option("min_age");
    const int max_age = rule.option("max_age");
    for (std::size_t i = 0; i < first.pupil_count; ++i) {
      const std::uint64_t key = first.pupil(0, i);
      if (key == 0) continue;
      const auto year = school_year(first.rest->files[first.pupil_file(i)].parameters);
      if (!year) continue;
      const model::Date born{static_cast<int>((key >> 9U) & 0x7FFFFFFFU), static_cast<int>((key >> 5U) & 0xFU),
                             static_cast<int>(key & 0x1FU)};
      const int age = age_on_first_september(born, *year);
      if (age < min_age || age > max_age) keep.pupils[i] = true;
    }
  }
  static constexpr low_memory::Needs records_needed{.declared = true, .pupil_keys = {&birth_key}, .select = &select};
};

}  // namespace

SCOLINT_RULE(P007, ImplausibleAge)

}  // namespace scolint::rules
