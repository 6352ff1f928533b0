#include "model/existing_logins.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "model/records.hpp"
#include "model/text.hpp"

namespace scolint::model {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The cells of one line; quotes around a cell are removed (no quoted delimiters in login lists).
std::vector<std::string_view> cells_of(std::string_view line, char delimiter) {
  std::vector<std::string_view> cells;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = line.find(delimiter, start);
    std::string_view cell =
        trim(line.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') cell = cell.substr(1, cell.size() - 2);
    cells.push_back(cell);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return cells;
}

char delimiter_of(std::string_view header) {
  for (const char c : {';', '\t', ','}) {
    if (header.find(c) != std::string_view::npos) return c;
  }
  return ';';
}

}  // namespace

std::string ExistingLogins::name_key(std::string_view nom, std::string_view prenom) {
  if (is_blank(nom) || is_blank(prenom)) return {};
  return fold_identity(nom) + '|' + fold_identity(prenom);
}

std::optional<ExistingLogins> ExistingLogins::parse(std::string_view text, std::string& error) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!is_blank(line)) lines.push_back(line);
    start = end + 1;
  }
  ExistingLogins out;
  if (lines.empty()) {
    error = "no login in the file";
    return std::nullopt;
  }
  const char delimiter = delimiter_of(lines.front());
  const std::vector<std::string_view> header = cells_of(lines.front(), delimiter);
  std::optional<std::size_t> login;
  std::optional<std::size_t> nom;
  std::optional<std::size_t> prenom;
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::string name;
    for (const char c : fold_ascii_lower(header[i])) {
      if (c >= 'a' && c <= 'z') name += c;
    }
    if (!login && (name == "login" || name == "identifiant" || name == "identifiantent" || name == "uid")) login = i;
    if (!nom && (name == "nom" || name == "lastname" || name == "sn" || name == "nomdusage")) nom = i;
    if (!prenom && (name == "prenom" || name == "firstname" || name == "givenname")) prenom = i;
  }
  std::size_t first = 1;
  if (!login) {
    if (header.size() > 1) {
      error = "no login column in the header (login, identifiant, uid)";
      return std::nullopt;
    }
    login = 0;  // one login per line, no header
    first = 0;
  }
  for (std::size_t l = first; l < lines.size(); ++l) {
    const std::vector<std::string_view> cells = cells_of(lines[l], delimiter);
    if (*login >= cells.size() || cells[*login].empty()) continue;
    Holder holder;
    if (nom && prenom && *nom < cells.size() && *prenom < cells.size()) {
      holder.nom = std::string(cells[*nom]);
      holder.prenom = std::string(cells[*prenom]);
      holder.key = name_key(holder.nom, holder.prenom);
    }
    out.accounts_.emplace(lower(cells[*login]), std::move(holder));
  }
  if (out.accounts_.empty()) {
    error = "no login in the file";
    return std::nullopt;
  }
  return out;
}

bool ExistingLogins::contains(std::string_view login) const { return accounts_.contains(lower(login)); }

bool ExistingLogins::belongs_to(std::string_view login, std::string_view key) const {
  const auto it = accounts_.find(lower(login));
  return it != accounts_.end() && !key.empty() && it->second.key == key;
}

std::string ExistingLogins::name_of(std::string_view login) const {
  const auto it = accounts_.find(lower(login));
  if (it == accounts_.end() || it->second.nom.empty()) return {};
  return std::string(trim(it->second.nom)) + " " + std::string(trim(it->second.prenom));
}

}  // namespace scolint::model
