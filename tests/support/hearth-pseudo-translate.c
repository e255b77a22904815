/* hearth-pseudo-translate.c — pseudo-translates a whole PO file in one pass
 *
 * Copyright 2026 The Hearth developers
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib.h>
#include <string.h>

/* A pseudo-translation turns every message into bracketed, accented and
 * lengthened text: "Quit" becomes "[Qüít ··]". tests/test-ui-translations.c
 * builds catalogues with it: Hearth's own with "[…]", and GTK's and
 * libadwaita's with "⟦…⟧", so their strings are told apart from ours.
 *
 *   hearth-pseudo-translate [--toolkit] IN.po OUT.po
 *
 * Each translation is made from the message id, so any PO file will do as
 * input, even a German one recovered with msgunfmt. The flags (c-format and
 * the like) are kept, so `msgfmt --check-format` proves that every directive
 * survived. One pass, rather than msgfilter's one process per message:
 * GTK's catalogue alone has some 1,500 messages. */

static const struct
{
  char        plain;
  const char *accented;
} accents[] = {
  { 'a', "á" }, { 'c', "ç" }, { 'e', "é" }, { 'i', "í" }, { 'n', "ñ" },
  { 'o', "ö" }, { 's', "š" }, { 'u', "ü" }, { 'y', "ý" }, { 'z', "ž" },
  { 'A', "Å" }, { 'C', "Ç" }, { 'E', "É" }, { 'I', "Î" }, { 'N', "Ñ" },
  { 'O', "Ö" }, { 'S', "Š" }, { 'U', "Ü" }, { 'Y', "Ý" }, { 'Z', "Ž" },
};

/* --- The pseudo-translation ------------------------------------------------ */

/* Length of a printf or strftime directive at @p ("%s", "%-d", "%1$s",
 * "%'d", "%%"), or 0. Directives pass through untouched. */
static gsize
directive_length (const char *p)
{
  gsize n = 1;

  if (p[0] != '%')
    return 0;
  if (p[1] == '%')
    return 2;
  while (p[n] != '\0' && strchr ("0123456789$-#+ '.*hlLqjzt", p[n]) != NULL)
    n++;
  return g_ascii_isalpha (p[n]) ? n + 1 : 0;
}

/* Length of a markup tag or entity at @p ("<b>", "</a>", "&amp;"), or 0. */
static gsize
markup_length (const char *p)
{
  gsize n = 1;

  if (p[0] == '<' && (g_ascii_isalpha (p[1]) || p[1] == '/'))
    {
      const char *end = strchr (p, '>');

      return end != NULL ? (gsize) (end - p) + 1 : 0;
    }
  if (p[0] == '&')
    {
      while (g_ascii_isalnum (p[n]) || p[n] == '#')
        n++;
      return p[n] == ';' && n > 1 ? n + 1 : 0;
    }
  return 0;
}

static char *
pseudo_translate (const char *text,
                  const char *open,
                  const char *close)
{
  g_autoptr(GString) out = g_string_new (open);
  gsize len = strlen (text);
  gboolean final_newline = len > 0 && text[len - 1] == '\n';
  guint letters = 0;

  if (final_newline)
    len--;

  for (gsize i = 0; i < len; )
    {
      gsize skip = directive_length (text + i);

      if (skip == 0)
        skip = markup_length (text + i);
      if (skip > 0)
        {
          g_string_append_len (out, text + i, skip);
          i += skip;
          continue;
        }

      if (g_ascii_isalpha (text[i]))
        {
          const char *accented = NULL;

          letters++;
          for (guint a = 0; a < G_N_ELEMENTS (accents); a++)
            if (accents[a].plain == text[i])
              accented = accents[a].accented;
          if (accented != NULL)
            g_string_append (out, accented);
          else
            g_string_append_c (out, text[i]);
        }
      else
        {
          g_string_append_c (out, text[i]);
        }
      i++;
    }

  /* Translations run about a third longer than English; pad by 40 %. */
  if (letters > 0)
    {
      g_string_append_c (out, ' ');
      for (guint i = 0; i < MAX (2, (letters * 2 + 4) / 5); i++)
        g_string_append (out, "·");
    }
  g_string_append (out, close);
  if (final_newline)
    g_string_append_c (out, '\n');

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* GTK reads its text direction and calendar layout from messages that must
 * keep their exact form. */
static gboolean
is_magic (const char *msgid)
{
  return g_str_has_prefix (msgid, "default:") || g_str_has_prefix (msgid, "calendar:");
}

typedef struct
{
  char    *flags;         /* the "#," line, or NULL */
  GString *msgctxt;       /* or NULL */
  GString *msgid;         /* or NULL */
  GString *msgid_plural;  /* or NULL */
} Entry;

static void
entry_clear (Entry *entry)
{
  g_clear_pointer (&entry->flags, g_free);
  if (entry->msgctxt != NULL)
    g_string_free (g_steal_pointer (&entry->msgctxt), TRUE);
  if (entry->msgid != NULL)
    g_string_free (g_steal_pointer (&entry->msgid), TRUE);
  if (entry->msgid_plural != NULL)
    g_string_free (g_steal_pointer (&entry->msgid_plural), TRUE);
}

static void
write_string (GString    *out,
              const char *keyword,
              const char *text)
{
  g_string_append_printf (out, "%s \"", keyword);
  for (const char *p = text; *p != '\0'; p++)
    switch (*p)
      {
      case '\\':
        g_string_append (out, "\\\\");
        break;
      case '"':
        g_string_append (out, "\\\"");
        break;
      case '\n':
        g_string_append (out, "\\n");
        break;
      case '\t':
        g_string_append (out, "\\t");
        break;
      default:
        g_string_append_c (out, *p);
      }
  g_string_append (out, "\"\n");
}

static char *
translate (const char *msgid,
           gboolean    toolkit)
{
  if (is_magic (msgid))
    return g_strdup (msgid);
  return toolkit ? pseudo_translate (msgid, "⟦", "⟧") : pseudo_translate (msgid, "[", "]");
}

static void
write_entry (GString  *out,
             Entry    *entry,
             gboolean  toolkit)
{
  g_autofree char *singular = NULL;

  /* The header is written once, first; fuzzy entries are not translations. */
  if (entry->msgid == NULL || entry->msgid->len == 0)
    return;
  if (entry->flags != NULL && strstr (entry->flags, "fuzzy") != NULL)
    return;

  if (entry->flags != NULL)
    g_string_append_printf (out, "%s\n", entry->flags);
  if (entry->msgctxt != NULL)
    write_string (out, "msgctxt", entry->msgctxt->str);
  write_string (out, "msgid", entry->msgid->str);
  singular = translate (entry->msgid->str, toolkit);
  if (entry->msgid_plural != NULL)
    {
      g_autofree char *plural = translate (entry->msgid_plural->str, toolkit);

      write_string (out, "msgid_plural", entry->msgid_plural->str);
      write_string (out, "msgstr[0]", singular);
      write_string (out, "msgstr[1]", plural);
    }
  else
    {
      write_string (out, "msgstr", singular);
    }
  g_string_append_c (out, '\n');
}

int
main (int    argc,
      char **argv)
{
  gboolean toolkit = argc == 4 && g_str_equal (argv[1], "--toolkit");
  const char *in_path = argv[argc - 2];
  const char *out_path = argv[argc - 1];
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  Entry entry = { NULL, NULL, NULL, NULL };
  GString *current = NULL;

  if (argc != 3 && !toolkit)
    {
      g_printerr ("usage: hearth-pseudo-translate [--toolkit] IN.po OUT.po\n");
      return 2;
    }
  if (!g_file_get_contents (in_path, &contents, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_string_append (out,
                   "msgid \"\"\n"
                   "msgstr \"\"\n"
                   "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                   "\"Content-Transfer-Encoding: 8bit\\n\"\n"
                   "\"Language: qps\\n\"\n"
                   "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n");

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *quoted = NULL;

      /* A blank line, or a comment after a message, starts the next one. */
      if (line[0] == '\0' || (line[0] == '#' && entry.msgid != NULL))
        {
          write_entry (out, &entry, toolkit);
          entry_clear (&entry);
          current = NULL;
        }

      if (g_str_has_prefix (line, "#,"))
        {
          g_free (entry.flags);
          entry.flags = g_strdup (line);
        }
      else if (g_str_has_prefix (line, "msgctxt "))
        {
          current = entry.msgctxt = g_string_new (NULL);
          quoted = line + strlen ("msgctxt ");
        }
      else if (g_str_has_prefix (line, "msgid_plural "))
        {
          current = entry.msgid_plural = g_string_new (NULL);
          quoted = line + strlen ("msgid_plural ");
        }
      else if (g_str_has_prefix (line, "msgid "))
        {
          current = entry.msgid = g_string_new (NULL);
          quoted = line + strlen ("msgid ");
        }
      else if (g_str_has_prefix (line, "msgstr"))
        {
          current = NULL;
        }
      else if (line[0] == '"')
        {
          quoted = line;
        }

      if (current != NULL && quoted != NULL && quoted[0] == '"' && strlen (quoted) >= 2)
        {
          g_autofree char *inner = g_strndup (quoted + 1, strlen (quoted) - 2);
          g_autofree char *unescaped = g_strcompress (inner);

          g_string_append (current, unescaped);
        }
    }
  write_entry (out, &entry, toolkit);
  entry_clear (&entry);

  if (!g_file_set_contents (out_path, out->str, out->len, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
