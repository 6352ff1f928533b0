#include "engine/file_problems.hpp"

#include <algorithm>
#include <cstdio>

#include "formats/xml_messages.hpp"
#include "model/personal.hpp"

namespace scolint::engine {
namespace {

std::string pick(Language language, const char* fr, const char* en) { return language == Language::fr ? fr : en; }

// What a non-XML file looks like, without echoing its content: a CSV header
// or a ZIP is recognisable, anything else is shown as its first bytes in hex.
std::string describe_head(const std::string& head, Language language) {
  if (head.rfind("PK\x03\x04", 0) == 0) {
    return pick(language, "une archive ZIP ; décompressez-la et donnez les fichiers XML qu'elle contient",
                "a ZIP archive; unzip it and lint the XML files inside");
  }
  const bool printable = std::all_of(head.begin(), head.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20 || c == '\t' || c == '\r' || c == '\n';
  });
  if (printable) {
    const auto end = head.find_first_of("\r\n");
    const std::string first =
        model::personal(model::PersonalKind::text, head.substr(0, std::min<std::size_t>(end, 24)));
    return pick(language, "du texte qui n'est pas du XML (début : « ", "text that is not XML (starts with \"") + first +
           pick(language, " »)", "\")");
  }
  std::string bytes;
  for (std::size_t i = 0; i < std::min<std::size_t>(head.size(), 4); ++i) {
    char hex[6];
    std::snprintf(hex, sizeof hex, "%s%02X", i == 0 ? "" : " ", static_cast<unsigned char>(head[i]));
    bytes += hex;
  }
  return pick(language, "des données binaires (octets ", "binary data (bytes ") + bytes + ")";
}

}  // namespace

FileProblem open_problem(const std::string& detail, Language language) {
  FileProblem problem{"F001", {1, 1}, {}, true};
  if (detail == "not-found") {
    problem.args.push_back(pick(language, "fichier introuvable", "no such file"));
  } else if (detail == "permission-denied") {
    problem.args.push_back(pick(language, "droits de lecture refusés", "permission denied"));
  } else if (detail == "is-directory") {
    problem.args.push_back(pick(language, "c'est un dossier", "it is a directory"));
  } else if (detail == "zip-corrupt") {
    problem.args.push_back(pick(language, "archive ZIP illisible ou corrompue ; téléchargez-la de nouveau",
                                "unreadable or corrupt ZIP archive; download it again"));
  } else if (detail == "zip-encrypted") {
    problem.args.push_back(pick(language, "archive ZIP chiffrée (mot de passe) ; décompressez-la d'abord",
                                "encrypted ZIP archive (password); unzip it first"));
  } else if (detail == "zip-too-large") {
    problem.args.push_back(pick(language,
                                "membre d'archive de plus de 4 Gio une fois décompressé : lecture arrêtée "
                                "(bombe ZIP ?)",
                                "archive member larger than 4 GiB once inflated: reading stopped (zip bomb?)"));
  } else if (detail == "not-regular") {
    problem.args.push_back(pick(language, "ce n'est pas un fichier ordinaire (tube, périphérique…)",
                                "not a regular file (pipe, device...)"));
  } else {
    problem.args.push_back(detail);
  }
  return problem;
}

FileProblem empty_directory_problem(Language language) {
  return {"F001",
          {1, 1},
          {pick(language, "le dossier ne contient aucun export (.xml, .zip, .csv)",
                "the directory holds no export (.xml, .zip, .csv)")},
          true};
}

std::vector<FileProblem> aaf_problems(const formats::ReadOutcome& outcome) {
  std::vector<FileProblem> problems;
  for (const formats::AafIssue& issue : outcome.aaf_issues) {
    std::vector<std::string> args;
    for (const formats::ReaderArg& arg : issue.args) {
      args.push_back(arg.personal ? model::personal(*arg.personal, arg.text) : arg.text);
    }
    problems.push_back({issue.code, issue.position, std::move(args), false, issue.variant, issue.record});
  }
  return problems;
}

std::vector<FileProblem> csv_problems(const formats::ReadOutcome& outcome, Language language) {
  std::vector<FileProblem> problems;
  if (!outcome.csv || outcome.kind == model::ExportKind::unknown) return problems;
  using Kind = formats::CsvIssue::Kind;
  for (const formats::CsvIssue& issue : outcome.csv->issues) {
    switch (issue.kind) {
      case Kind::ragged_row:
        problems.push_back({"F006",
                            issue.position,
                            {pick(language, "ligne de ", "row of ") + std::to_string(issue.found) +
                             pick(language, " cellule(s) alors que l'en-tête en a ", " cell(s) where the header has ") +
                             std::to_string(issue.expected)},
                            false});
        break;
      case Kind::unclosed_quote:
        problems.push_back({"F006",
                            issue.position,
                            {pick(language, "guillemet ouvert jamais refermé : la fin du fichier n'a pas pu être lue",
                                  "quote opened and never closed: the end of the file could not be read")},
                            true});
        break;
      case Kind::line_too_long:
        problems.push_back({"F006",
                            issue.position,
                            {pick(language, "ligne de plus de 4 Mio, ignorée", "line longer than 4 MiB, skipped")},
                            true});
        break;
      case Kind::missing_column: problems.push_back({"F007", issue.position, {issue.detail}, false}); break;
      case Kind::duplicate_column: problems.push_back({"F008", issue.position, {issue.detail}, false}); break;
      case Kind::invalid_utf8:
        problems.push_back(
            {"F004",
             issue.position,
             {pick(language, "ligne qui n'est pas de l'UTF-8 dans un fichier UTF-8 ; lue en windows-1252",
                   "line that is not UTF-8 in a UTF-8 file; read as windows-1252")},
             false});
        break;
      case Kind::no_identifier: problems.push_back({"F014", issue.position, {}, false}); break;
    }
  }
  if (outcome.csv->read_error) problems.push_back(open_problem(outcome.csv->read_error_detail, language));
  return problems;
}

std::optional<FileProblem> read_problem(const formats::ReadOutcome& outcome, std::uint64_t records, Language language) {
  using formats::XmlFailure;
  if (outcome.skipped) return std::nullopt;  // left out on purpose: not a problem of the file
  if (outcome.empty) {
    return FileProblem{"F009", {1, 1}, {pick(language, "le fichier est vide", "the file is empty")}, true};
  }
  if (outcome.not_xml) {
    return FileProblem{"F002", outcome.head_position, {describe_head(outcome.head, language)}, true};
  }
  const formats::XmlOutcome& xml = outcome.xml;
  const formats::XmlPosition at = xml.position.line == 0 ? formats::XmlPosition{1, 1} : xml.position;
  switch (xml.failure) {
    case XmlFailure::none: break;
    case XmlFailure::read_error: return open_problem(xml.detail, language);
    case XmlFailure::not_well_formed:
      return FileProblem{"F003", at, {formats::describe_expat_error(xml.expat_code, language)}, true};
    case XmlFailure::entity_declaration:
      return FileProblem{"F003",
                         at,
                         {pick(language, "déclaration d'entité refusée (aucune entité n'est développée)",
                               "entity declaration refused (no entity is ever expanded)")},
                         true};
    case XmlFailure::too_deep:
      return FileProblem{"F003", at, {pick(language, "imbrication trop profonde", "elements nested too deep")}, true};
    case XmlFailure::text_too_long:
      return FileProblem{
          "F003",
          at,
          {pick(language, "valeur de plus de ", "value longer than ") + xml.detail + pick(language, " Mio", " MiB")},
          true};
    case XmlFailure::unknown_encoding:
      return FileProblem{"F004",
                         at,
                         {pick(language, "l'encodage déclaré « ", "the declared encoding \"") + xml.detail +
                          pick(language, " » est inconnu", "\" is unknown")},
                         true};
    case XmlFailure::invalid_bytes:
      return FileProblem{"F004",
                         at,
                         {pick(language, "l'octet ", "byte ") + xml.detail +
                          pick(language, " n'est pas de l'UTF-8 (encodage déclaré ou par défaut : ",
                               " is not UTF-8 (declared or default encoding: ") +
                          xml.encoding + ")"},
                         true};
    case XmlFailure::unknown_root:
      return FileProblem{"F002",
                         at,
                         {pick(language, "élément racine <", "root element <") + xml.detail +
                          pick(language,
                               "> (attendu : BEE_ELEVES, BEE_RESPONSABLES, BEE_NOMENCLATURES, "
                               "BEE_STRUCTURES, STS_EDT ou ficAlimMENESR)",
                               "> (expected BEE_ELEVES, BEE_RESPONSABLES, BEE_NOMENCLATURES, BEE_STRUCTURES, "
                               "STS_EDT or ficAlimMENESR)")},
                         true};
  }
  if (records == 0) {
    return FileProblem{"F009",
                       {1, 1},
                       {pick(language, "export ", "export ") + std::string(model::export_kind_name(outcome.kind)) +
                        pick(language, " sans aucun enregistrement", " with no record")},
                       false};
  }
  return std::nullopt;
}

}  // namespace scolint::engine
