// The reports of `scolint accounts` (docs/accounts.md): CSV for a
// spreadsheet, one printable HTML page per division, JSON for a program.
#include <algorithm>
#include <sstream>

#include <nlohmann/json.hpp>

#include <scolint/accounts.hpp>
#include <scolint/version.hpp>

#include "report/counted.hpp"
#include "report/markup.hpp"

namespace scolint {
namespace {

using report::counted;

std::string csv_field(const std::string& value) {
  if (value.find_first_of(";\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string_view profile_word(const std::string& profile, Language language) {
  const bool fr = language == Language::fr;
  if (profile == "pupil") return fr ? "élève" : "pupil";
  if (profile == "responsable") return "responsable";  // the same word in both languages
  return fr ? "personnel" : "staff";
}

std::string codes_text(const Account& account) {
  std::string out;
  for (const std::string& code : account.codes) out += (out.empty() ? "" : " ") + code;
  return out;
}

std::string summary_line(const AccountList& list) {
  const bool fr = list.language == Language::fr;
  const Language l = list.language;
  std::uint64_t flagged = 0;  // accounts with findings to fix (P015's repeated rows need no fix)
  for (const Account& account : list.accounts) {
    const bool to_fix =
        std::any_of(account.codes.begin(), account.codes.end(), [](const std::string& c) { return c != "P015"; });
    flagged += to_fix ? 1U : 0U;
  }
  std::string out = fr ? counted(list.accounts.size(), "compte", "comptes", l) + " : "
                       : counted(list.accounts.size(), "account", "accounts", l) + ": ";
  out += fr ? counted(list.pupils, "élève", "élèves", l) + ", " +
                  counted(list.responsables, "responsable légal", "responsables légaux", l) + ", " +
                  counted(list.staff, "personnel", "personnels", l)
            : counted(list.pupils, "pupil", "pupils", l) + ", " +
                  counted(list.responsables, "legal responsable", "legal responsables", l) + ", " +
                  std::to_string(list.staff) + " staff";
  out += fr ? " ; identifiants prévus avec le profil " + list.login_profile + " ; "
            : "; logins predicted with the " + list.login_profile + " profile; ";
  out += fr ? counted(flagged, "compte a", "comptes ont", l) + " des constats à corriger avant l'import"
            : counted(flagged, "account has", "accounts have", l) + " findings to fix before the import";
  if (list.not_legal > 0) {
    out += fr ? " ; " + counted(list.not_legal, "autre responsable", "autres responsables", l) +
                    " (contacts, personnes en charge) sans compte prévu"
              : "; " + counted(list.not_legal, "other responsable", "other responsables", l) +
                    " (contacts, people in charge) with no account expected";
  }
  return out;
}

}  // namespace

std::string render_accounts_text(const AccountList& list) {
  const bool fr = list.language == Language::fr;
  std::ostringstream out;
  std::string current = "\x01";
  for (const Account& a : list.accounts) {
    const std::string title = a.profile == "staff" ? std::string(fr ? "Personnels" : "Staff")
                              : a.division.empty() ? std::string(fr ? "Sans division" : "No division")
                                                   : "Division " + a.division.substr(0, a.division.find(','));
    if (title != current) {
      out << (current == "\x01" ? "" : "\n") << "== " << title << " ==\n";
      current = title;
    }
    std::string name = a.name;
    if (a.profile == "responsable" && !a.division.empty()) name += " (" + a.division + ")";
    out << "  " << profile_word(a.profile, list.language) << "  " << name << "  "
        << (a.login.empty()
                ? std::string(fr ? "(pas d'identifiant : nom ou prénom vide)" : "(no login: a name is blank)")
                : a.login);
    if (a.existing) out << (fr ? "  (compte existant)" : "  (existing account)");
    if (!a.codes.empty()) out << "  [" << codes_text(a) << "]";
    out << '\n';
  }
  out << (list.accounts.empty() ? "" : "\n") << summary_line(list) << '\n';
  return out.str();
}

std::string render_accounts_csv(const AccountList& list) {
  const bool fr = list.language == Language::fr;
  std::string out = "\xEF\xBB\xBF";
  out += fr ? "profil;nom;division;identifiant ENT prévu;compte existant;identifiant;constats;fichier;ligne\r\n"
            : "profile;name;division;predicted ENT login;existing account;identifier;findings;file;line\r\n";
  for (const Account& a : list.accounts) {
    out += std::string(profile_word(a.profile, list.language)) + ";" + csv_field(a.name) + ";" + csv_field(a.division) +
           ";" + csv_field(a.login) + ";" + (a.existing ? (fr ? "oui" : "yes") : "") + ";" + csv_field(a.id) + ";" +
           codes_text(a) + ";" + csv_field(a.location.file) + ";" + std::to_string(a.location.line) + "\r\n";
  }
  return out;
}

std::string render_accounts_json(const AccountList& list) {
  using Json = nlohmann::ordered_json;
  Json accounts = Json::array();
  for (const Account& a : list.accounts) {
    Json entry{{"profile", a.profile}, {"id", a.id}, {"name", a.name}};
    if (!a.division.empty()) entry["division"] = a.division;
    if (!a.login.empty()) entry["login"] = a.login;
    if (a.existing) entry["existing"] = true;
    if (!a.codes.empty()) {
      entry["findings"] = a.codes;
      entry["worst"] = severity_name(a.worst);
    }
    entry["location"] = {{"file", a.location.file}, {"line", a.location.line}, {"column", a.location.column}};
    accounts.push_back(std::move(entry));
  }
  const Json out{{"schema_version", 1},
                 {"tool", {{"name", "scolint"}, {"version", version_string}}},
                 {"login_profile", list.login_profile},
                 {"accounts", std::move(accounts)},
                 {"summary",
                  {{"pupils", list.pupils},
                   {"responsables", list.responsables},
                   {"staff", list.staff},
                   {"responsables_without_account", list.not_legal},
                   {"exit_code", list.report.exit_code}}}};
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string render_accounts_html(const AccountList& list) {
  const bool fr = list.language == Language::fr;
  using report::escape_markup;
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"" << (fr ? "fr" : "en") << "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
      << (fr ? "scolint — comptes ENT prévus" : "scolint — ENT accounts to be created") << "</title>\n<style>\n"
      << "body{font-family:system-ui,sans-serif;margin:1.5em;max-width:70em}table{border-collapse:collapse;width:100%;"
         "table-layout:fixed}td,th{border-bottom:1px solid #ddd;padding:.3em;text-align:left}th:nth-child(1){width:8em}"
         "th:nth-child(4){width:9em}.login{font-family:monospace}.error{color:#b00020;font-weight:bold}"
         ".warning{color:#8a5a00;font-weight:bold}.info{color:#055}section{margin-top:1.5em}"
         "@media print{section{page-break-before:always}section:first-of-type{page-break-before:auto}}\n</style>\n"
      << "</head>\n<body>\n<h1>" << (fr ? "Comptes que l'import créera" : "Accounts the import will create")
      << "</h1>\n<p>" << escape_markup(summary_line(list)) << "</p>\n";
  const std::string* group = nullptr;
  std::string current;
  for (const Account& a : list.accounts) {
    const std::string title = a.profile == "staff"
                                  ? std::string(fr ? "Personnels" : "Staff")
                                  : (a.division.empty() ? std::string(fr ? "Sans division" : "No division")
                                                        : "Division " + a.division.substr(0, a.division.find(',')));
    if (group == nullptr || current != title) {
      if (group != nullptr) out << "</tbody></table></section>\n";
      current = title;
      group = &current;
      out << "<section><h2>" << escape_markup(title) << "</h2>\n<table><thead><tr><th>" << (fr ? "profil" : "profile")
          << "</th><th>" << (fr ? "nom" : "name") << "</th><th>" << (fr ? "identifiant ENT prévu" : "predicted login")
          << "</th><th>" << (fr ? "constats" : "findings") << "</th></tr></thead><tbody>\n";
    }
    const std::string level(severity_name(a.worst));
    out << "<tr><td>" << escape_markup(profile_word(a.profile, list.language)) << "</td><td>" << escape_markup(a.name)
        << (a.profile == "responsable" && !a.division.empty() ? " <small>(" + escape_markup(a.division) + ")</small>"
                                                              : "")
        << "</td><td class=\"login\">" << escape_markup(a.login)
        << (a.existing ? std::string(fr ? " <small>(existant)</small>" : " <small>(existing)</small>") : std::string())
        << "</td><td" << (a.codes.empty() ? "" : " class=\"" + level + "\"") << ">" << escape_markup(codes_text(a))
        << "</td></tr>\n";
  }
  if (group != nullptr) out << "</tbody></table></section>\n";
  out << "</body>\n</html>\n";
  return out.str();
}

}  // namespace scolint
