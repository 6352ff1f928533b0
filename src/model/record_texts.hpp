#pragma once
// Every Text a record holds, for code that moves a record's values from one
// arena to another (low-memory reading makes them in a scratch arena first,
// and copies only the records it keeps).
//
// The size checks below fail to compile when a record gains a member: add
// its Texts here, then update the size.

#include <cstddef>

#include "model/records.hpp"

namespace scolint::model {

namespace record_texts_detail {
template <typename F>
void field(Field& field, F& on_text) {
  on_text(field.value);
}
}  // namespace record_texts_detail

static_assert(sizeof(Pupil) == 160 && sizeof(Membership) == 40 && sizeof(Person) == 128 && sizeof(Address) == 84 &&
                  sizeof(ResponsableLink) == 52 && sizeof(Division) == 44 && sizeof(Group) == 72 &&
                  sizeof(Service) == 64 && sizeof(Staff) == 100 && sizeof(Subject) == 32 && sizeof(Mef) == 32 &&
                  sizeof(Field) == 12 && sizeof(ChildMention) == 44 && sizeof(ClassMention) == 28 &&
                  sizeof(OptionUse) == 36 && sizeof(Modality) == 20 && sizeof(AafStructure) == 20,
              "a record changed: list its Texts in for_each_text");

template <typename F>
void for_each_text(Pupil& pupil, F on_text) {
  using record_texts_detail::field;
  on_text(pupil.eleve_id);
  on_text(pupil.elenoet);
  for (Field* f : {&pupil.id_national, &pupil.ine_bea, &pupil.ine_rnie, &pupil.nom, &pupil.nom_de_famille,
                   &pupil.nom_usage, &pupil.prenom, &pupil.date_naissance}) {
    field(*f, on_text);
  }
  on_text(pupil.date_sortie);
  on_text(pupil.login);
  on_text(pupil.structure);
  on_text(pupil.code_mef);
}

template <typename F>
void for_each_text(Membership& membership, F on_text) {
  for (Text* t : {&membership.eleve_id, &membership.code, &membership.scope}) on_text(*t);
}

template <typename F>
void for_each_text(Person& person, F on_text) {
  using record_texts_detail::field;
  on_text(person.personne_id);
  for (Field* f : {&person.nom, &person.nom_de_famille, &person.nom_usage, &person.prenom, &person.civilite}) {
    field(*f, on_text);
  }
  for (Text* t : {&person.tel_personnel, &person.tel_portable, &person.tel_professionnel, &person.mel,
                  &person.adresse_id, &person.login}) {
    on_text(*t);
  }
}

template <typename F>
void for_each_text(Address& address, F on_text) {
  for (Text* t : {&address.adresse_id, &address.ligne1, &address.ligne2, &address.ligne3, &address.ligne4,
                  &address.code_postal, &address.libelle_postal, &address.commune_etrangere, &address.ll_pays}) {
    on_text(*t);
  }
}

template <typename F>
void for_each_text(ResponsableLink& link, F on_text) {
  for (Text* t : {&link.eleve_id, &link.personne_id, &link.resp_legal, &link.code_parente, &link.niveau}) on_text(*t);
}

template <typename F>
void for_each_text(Division& division, F on_text) {
  on_text(division.code);
  on_text(division.raw_code);
  on_text(division.scope);
}

template <typename F>
void for_each_text(Group& group, F on_text) {
  on_text(group.code);
  for (Text& division : group.divisions) on_text(division);
  on_text(group.raw_code);
  on_text(group.scope);
}

template <typename F>
void for_each_text(Service& service, F on_text) {
  on_text(service.structure_code);
  on_text(service.code_matiere);
  on_text(service.code_mod_cours);
  for (Text& teacher : service.teacher_ids) on_text(teacher);
}

template <typename F>
void for_each_text(Staff& staff, F on_text) {
  using record_texts_detail::field;
  on_text(staff.id);
  on_text(staff.type);
  for (Field* f : {&staff.nom_usage, &staff.nom_patronymique, &staff.prenom, &staff.date_naissance}) field(*f, on_text);
  on_text(staff.fonction);
  on_text(staff.login);
  on_text(staff.structure);
}

template <typename F>
void for_each_text(Subject& subject, F on_text) {
  on_text(subject.code);
  on_text(subject.code_gestion);
}

template <typename F>
void for_each_text(Mef& mef, F on_text) {
  on_text(mef.code);
  on_text(mef.label);
}

template <typename F>
void for_each_text(ChildMention& mention, F on_text) {
  for (Text* t : {&mention.personne_id, &mention.nom, &mention.prenom, &mention.classe}) on_text(*t);
}

template <typename F>
void for_each_text(ClassMention& mention, F on_text) {
  on_text(mention.staff_id);
  on_text(mention.classe);
}

template <typename F>
void for_each_text(OptionUse& option, F on_text) {
  for (Text* t : {&option.eleve_id, &option.code_matiere, &option.modalite}) on_text(*t);
}

template <typename F>
void for_each_text(Modality& modality, F on_text) {
  on_text(modality.code);
}

template <typename F>
void for_each_text(AafStructure& structure, F on_text) {
  on_text(structure.id);
}

}  // namespace scolint::model
