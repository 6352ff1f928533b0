/* The bare-expat yardstick of bench/run.sh: parse a file with expat, in
 * 256 KiB chunks as scolint does, counting elements and nothing else.
 * Single-byte files are read as ISO-8859-1 (expat knows no ISO-8859-15;
 * the cost is the same). Build: cc -O2 bench/expat_pass.c -lexpat */
#include <expat.h>
#include <stdio.h>
#include <string.h>

static void XMLCALL on_start(void *data, const XML_Char *name, const XML_Char **attributes) {
  (void)name;
  (void)attributes;
  ++*(unsigned long *)data;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s FILE.xml\n", argv[0]);
    return 64;
  }
  FILE *in = fopen(argv[1], "rb");
  if (in == NULL) {
    perror(argv[1]);
    return 1;
  }
  char head[64] = {0};
  size_t got = fread(head, 1, sizeof head - 1, in);
  rewind(in);
  const int utf8 = got > 0 && (strstr(head, "UTF-8") != NULL || strstr(head, "utf-8") != NULL);
  XML_Parser parser = XML_ParserCreate(utf8 ? "UTF-8" : "ISO-8859-1");
  unsigned long elements = 0;
  XML_SetUserData(parser, &elements);
  XML_SetStartElementHandler(parser, on_start);
  for (;;) {
    void *buffer = XML_GetBuffer(parser, 1 << 18);
    size_t length = fread(buffer, 1, 1 << 18, in);
    if (XML_ParseBuffer(parser, (int)length, length == 0) != XML_STATUS_OK) {
      fprintf(stderr, "%s:%lu: %s\n", argv[1], (unsigned long)XML_GetCurrentLineNumber(parser),
              XML_ErrorString(XML_GetErrorCode(parser)));
      return 1;
    }
    if (length == 0) break;
  }
  printf("%lu elements\n", elements);
  XML_ParserFree(parser);
  fclose(in);
  return 0;
}
