/* hearth-test-pdf.h
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

#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

/* A PDF as poppler reads it: every word with its box, page by page, from
 * `pdftotext -bbox`. Header-only, like hearth-test-tmpdir.h. Poppler is
 * independent of Cairo and Pango, so what it finds is what a reader's
 * PDF viewer finds. */

typedef struct
{
  char   *text;
  double  x_min;
  double  y_min;
  double  x_max;
  double  y_max;
} HearthTestPdfWord;

typedef struct
{
  double  width;
  double  height;
  GArray *words;   /* HearthTestPdfWord */
} HearthTestPdfPage;

typedef struct
{
  GArray *pages;   /* HearthTestPdfPage */
} HearthTestPdf;

static inline void
hearth_test_pdf_word_clear (gpointer data)
{
  HearthTestPdfWord *word = data;

  g_free (word->text);
}

static inline void
hearth_test_pdf_page_clear (gpointer data)
{
  HearthTestPdfPage *page = data;

  g_array_unref (page->words);
}

static inline void
hearth_test_pdf_free (HearthTestPdf *pdf)
{
  g_array_unref (pdf->pages);
  g_free (pdf);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthTestPdf, hearth_test_pdf_free)

static inline double
hearth_test_pdf_attribute (const char *element,
                           const char *name)
{
  g_autofree char *key = g_strdup_printf (" %s=\"", name);
  const char *at = strstr (element, key);

  g_assert_nonnull (at);
  return g_ascii_strtod (at + strlen (key), NULL);
}

/* pdftotext escapes &, <, > and quotes in words. */
static inline char *
hearth_test_pdf_unescape (const char *text,
                          gsize       length)
{
  GString *out = g_string_sized_new (length);
  static const struct { const char *entity; char c; } entities[] = {
    { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' }, { "&apos;", '\'' },
  };

  for (gsize i = 0; i < length; i++)
    {
      gboolean replaced = FALSE;

      for (guint e = 0; e < G_N_ELEMENTS (entities) && text[i] == '&'; e++)
        if (strncmp (text + i, entities[e].entity, strlen (entities[e].entity)) == 0)
          {
            g_string_append_c (out, entities[e].c);
            i += strlen (entities[e].entity) - 1;
            replaced = TRUE;
            break;
          }
      if (!replaced)
        g_string_append_c (out, text[i]);
    }
  return g_string_free (out, FALSE);
}

/* Returns NULL (and skips the test) when poppler-utils is missing. */
static inline HearthTestPdf *
hearth_test_pdf_load (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  HearthTestPdf *pdf;
  const char *at;
  int status = 0;

  if (program == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return NULL;
    }

  {
    const char *argv[] = { program, "-bbox", path, "-", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                                 &err, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, &error));
    g_assert_no_error (error);
  }

  pdf = g_new0 (HearthTestPdf, 1);
  pdf->pages = g_array_new (FALSE, TRUE, sizeof (HearthTestPdfPage));
  g_array_set_clear_func (pdf->pages, hearth_test_pdf_page_clear);

  for (at = out; (at = strchr (at, '<')) != NULL; at++)
    {
      const char *end = strchr (at, '>');

      g_assert_nonnull (end);
      if (g_str_has_prefix (at, "<page "))
        {
          g_autofree char *element = g_strndup (at, end - at);
          HearthTestPdfPage page;

          page.width = hearth_test_pdf_attribute (element, "width");
          page.height = hearth_test_pdf_attribute (element, "height");
          page.words = g_array_new (FALSE, TRUE, sizeof (HearthTestPdfWord));
          g_array_set_clear_func (page.words, hearth_test_pdf_word_clear);
          g_array_append_val (pdf->pages, page);
        }
      else if (g_str_has_prefix (at, "<word "))
        {
          g_autofree char *element = g_strndup (at, end - at);
          const char *close = strstr (end, "</word>");
          HearthTestPdfPage *page;
          HearthTestPdfWord word;

          g_assert_nonnull (close);
          g_assert_cmpuint (pdf->pages->len, >, 0);
          page = &g_array_index (pdf->pages, HearthTestPdfPage, pdf->pages->len - 1);
          word.x_min = hearth_test_pdf_attribute (element, "xMin");
          word.y_min = hearth_test_pdf_attribute (element, "yMin");
          word.x_max = hearth_test_pdf_attribute (element, "xMax");
          word.y_max = hearth_test_pdf_attribute (element, "yMax");
          word.text = hearth_test_pdf_unescape (end + 1, close - end - 1);
          g_array_append_val (page->words, word);
          at = close;
        }
    }

  return pdf;
}

static inline guint
hearth_test_pdf_get_n_pages (HearthTestPdf *pdf)
{
  return pdf->pages->len;
}

static inline HearthTestPdfPage *
hearth_test_pdf_get_page (HearthTestPdf *pdf,
                          guint          page)
{
  g_assert_cmpuint (page, <, pdf->pages->len);
  return &g_array_index (pdf->pages, HearthTestPdfPage, page);
}

/* The page's words joined by single spaces, in poppler's reading order. */
static inline char *
hearth_test_pdf_dup_page_text (HearthTestPdf *pdf,
                               guint          page)
{
  HearthTestPdfPage *p = hearth_test_pdf_get_page (pdf, page);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < p->words->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "",
                            g_array_index (p->words, HearthTestPdfWord, i).text);
  return g_string_free (text, FALSE);
}

/* Whether @phrase's words appear one after another on @page. */
static inline gboolean
hearth_test_pdf_page_has (HearthTestPdf *pdf,
                          guint          page,
                          const char    *phrase)
{
  g_autofree char *text = hearth_test_pdf_dup_page_text (pdf, page);
  g_autofree char *padded = g_strdup_printf (" %s ", text);
  g_autofree char *needle = g_strdup_printf (" %s ", phrase);

  return strstr (padded, needle) != NULL;
}

/* The first page from @first with @phrase on it, or -1. */
static inline int
hearth_test_pdf_find_from (HearthTestPdf *pdf,
                           const char    *phrase,
                           guint          first)
{
  for (guint page = first; page < pdf->pages->len; page++)
    if (hearth_test_pdf_page_has (pdf, page, phrase))
      return (int) page;
  return -1;
}

/* The first page with @phrase on it, or -1. */
static inline int
hearth_test_pdf_find (HearthTestPdf *pdf,
                      const char    *phrase)
{
  return hearth_test_pdf_find_from (pdf, phrase, 0);
}

G_END_DECLS
