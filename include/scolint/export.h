/* What libscolint exports. The library is built with hidden visibility
 * (cmake/Layers.cmake): a declaration in the public headers is part of the
 * shared library's interface only when it carries SCOLINT_API. Plain C, as
 * scolint.h includes it too. */
#ifndef SCOLINT_EXPORT_H
#define SCOLINT_EXPORT_H

#if defined(_WIN32)
#if defined(SCOLINT_STATIC)
#define SCOLINT_API
#elif defined(SCOLINT_BUILDING_LIBRARY)
#define SCOLINT_API __declspec(dllexport)
#else
#define SCOLINT_API __declspec(dllimport)
#endif
#else
#define SCOLINT_API __attribute__((visibility("default")))
#endif

#endif /* SCOLINT_EXPORT_H */
