#include "formats/xml_messages.hpp"

#include <expat.h>

namespace scolint::formats {

std::string describe_expat_error(int code, Language language) {
  const auto error = static_cast<XML_Error>(code);
  if (language == Language::en) {
    const XML_LChar* text = XML_ErrorString(error);
    return text != nullptr ? text : "unknown XML error";
  }
  switch (error) {
    case XML_ERROR_SYNTAX: return "erreur de syntaxe";
    case XML_ERROR_NO_ELEMENTS: return "aucun élément trouvé, ou fichier tronqué avant la fin";
    case XML_ERROR_INVALID_TOKEN: return "caractère ou balise invalide";
    case XML_ERROR_UNCLOSED_TOKEN: return "balise non refermée (fichier tronqué ?)";
    case XML_ERROR_PARTIAL_CHAR: return "caractère incomplet en fin de fichier (fichier tronqué ?)";
    case XML_ERROR_TAG_MISMATCH: return "balise fermante qui ne correspond pas à la balise ouverte";
    case XML_ERROR_DUPLICATE_ATTRIBUTE: return "attribut présent deux fois";
    case XML_ERROR_JUNK_AFTER_DOC_ELEMENT: return "contenu après la fin du document";
    case XML_ERROR_UNDEFINED_ENTITY: return "entité non définie (un « & » doit s'écrire « &amp; »)";
    case XML_ERROR_RECURSIVE_ENTITY_REF: return "référence d'entité récursive";
    case XML_ERROR_BAD_CHAR_REF: return "référence de caractère invalide";
    case XML_ERROR_BINARY_ENTITY_REF: return "référence à une entité binaire";
    case XML_ERROR_MISPLACED_XML_PI: return "déclaration XML ailleurs qu'au début du fichier";
    case XML_ERROR_UNKNOWN_ENCODING: return "encodage inconnu";
    case XML_ERROR_INCORRECT_ENCODING: return "l'encodage déclaré ne correspond pas au contenu";
    case XML_ERROR_UNCLOSED_CDATA_SECTION: return "section CDATA non refermée";
    case XML_ERROR_XML_DECL: return "déclaration XML mal formée";
    case XML_ERROR_TEXT_DECL: return "déclaration de texte mal formée";
    case XML_ERROR_INVALID_ARGUMENT: return "argument invalide";
    case XML_ERROR_AMPLIFICATION_LIMIT_BREACH: return "expansion d'entités trop importante (refusée)";
    default: break;
  }
  const XML_LChar* text = XML_ErrorString(error);
  return std::string("erreur XML (") + (text != nullptr ? text : "?") + ")";
}

}  // namespace scolint::formats
