/* hearth-test-pack.h
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

#include <stdlib.h>

#include "charts/hearth-pack-document.h"
#include "hearth-test-pdf.h"

G_BEGIN_DECLS

/* Checks shared by the pack's tests, made on the PDF as poppler reads
 * it. Header-only, like hearth-test-tmpdir.h. */

/* The running header sits above this line, the footer below this one;
 * everything else is the page's body. */
#define HEARTH_TEST_PACK_HEADER_BOTTOM 52.0
#define HEARTH_TEST_PACK_FOOTER_TOP (HEARTH_PACK_PAGE_HEIGHT - 52.0)

/* Rounding in poppler's boxes. */
#define HEARTH_TEST_PACK_SLACK 0.5

/* Every page: A4, numbered "Page i of N", marked OFFICIAL-SENSITIVE in
 * its header and its footer, with @reference in the header; no word
 * nearer the paper's edge than the safe margin, and every word of the
 * body inside the content box. */
static inline void
hearth_test_pack_check_pages (HearthTestPdf *pdf,
                              guint          n_pages,
                              const char    *reference)
{
  g_assert_cmpuint (hearth_test_pdf_get_n_pages (pdf), ==, n_pages);

  for (guint p = 0; p < n_pages; p++)
    {
      HearthTestPdfPage *page = hearth_test_pdf_get_page (pdf, p);
      g_autofree char *number = g_strdup_printf ("Page %u of %u", p + 1, n_pages);
      guint markings_top = 0, markings_bottom = 0, references = 0;

      g_assert_cmpfloat_with_epsilon (page->width, HEARTH_PACK_PAGE_WIDTH, 0.01);
      g_assert_cmpfloat_with_epsilon (page->height, HEARTH_PACK_PAGE_HEIGHT, 0.01);
      g_assert_true (hearth_test_pdf_page_has (pdf, p, number));

      for (guint w = 0; w < page->words->len; w++)
        {
          const HearthTestPdfWord *word = &g_array_index (page->words, HearthTestPdfWord, w);

          g_assert_cmpfloat (word->x_min, >=, HEARTH_PACK_SAFE_MARGIN);
          g_assert_cmpfloat (word->y_min, >=, HEARTH_PACK_SAFE_MARGIN);
          g_assert_cmpfloat (word->x_max, <=, page->width - HEARTH_PACK_SAFE_MARGIN);
          g_assert_cmpfloat (word->y_max, <=, page->height - HEARTH_PACK_SAFE_MARGIN);

          if (word->y_max <= HEARTH_TEST_PACK_HEADER_BOTTOM)
            {
              markings_top += g_str_equal (word->text, "OFFICIAL-SENSITIVE");
              references += g_str_equal (word->text, reference);
              continue;
            }
          if (word->y_min >= HEARTH_TEST_PACK_FOOTER_TOP)
            {
              markings_bottom += g_str_equal (word->text, "OFFICIAL-SENSITIVE");
              continue;
            }

          /* The body: inside the content box, whatever drew it. */
          if (word->x_min < HEARTH_PACK_CONTENT_LEFT - HEARTH_TEST_PACK_SLACK
              || word->x_max > HEARTH_PACK_CONTENT_LEFT + HEARTH_PACK_CONTENT_WIDTH
                                   + HEARTH_TEST_PACK_SLACK
              || word->y_min < HEARTH_PACK_CONTENT_TOP - HEARTH_TEST_PACK_SLACK
              || word->y_max > HEARTH_PACK_CONTENT_BOTTOM + HEARTH_TEST_PACK_SLACK)
            g_error ("The word “%s” on page %u lies outside the content box at (%g, %g)–(%g, %g)",
                     word->text, p + 1, word->x_min, word->y_min, word->x_max, word->y_max);
        }

      g_assert_cmpuint (markings_top, ==, 1);
      g_assert_cmpuint (markings_bottom, ==, 1);
      g_assert_cmpuint (references, ==, 1);
    }
}

/* Every page that says a table is @continued shows the table's header
 * row, below that note and above every other word of the body. Returns
 * how many pages the table continued on. */
static inline guint
hearth_test_pack_check_repeated_header (HearthTestPdf      *pdf,
                                        const char         *continued,
                                        const char * const *header)
{
  guint n_continued = 0;

  for (guint p = 0; p < hearth_test_pdf_get_n_pages (pdf); p++)
    {
      HearthTestPdfPage *page = hearth_test_pdf_get_page (pdf, p);
      double header_top = G_MAXDOUBLE;

      if (!hearth_test_pdf_page_has (pdf, p, continued))
        continue;
      n_continued++;

      for (guint h = 0; header[h] != NULL; h++)
        {
          g_auto(GStrv) words = g_strsplit (header[h], " ", -1);
          gboolean found = FALSE;

          /* The header cell's first word, just under the note. */
          for (guint w = 0; w < page->words->len && !found; w++)
            {
              const HearthTestPdfWord *word = &g_array_index (page->words, HearthTestPdfWord, w);

              if (g_str_equal (word->text, words[0]) && word->y_min > HEARTH_PACK_CONTENT_TOP + 5.0
                  && word->y_min < HEARTH_PACK_CONTENT_TOP + 30.0)
                {
                  found = TRUE;
                  header_top = MIN (header_top, word->y_min);
                }
            }
          if (!found)
            g_error ("Page %u continues “%s” without its header “%s”", p + 1, continued,
                     header[h]);
          g_assert_true (hearth_test_pdf_page_has (pdf, p, header[h]));
        }

      /* Above the repeated header: only the running header and the note
       * that the table continues. */
      for (guint w = 0; w < page->words->len; w++)
        {
          const HearthTestPdfWord *word = &g_array_index (page->words, HearthTestPdfWord, w);

          if (word->y_max > HEARTH_TEST_PACK_HEADER_BOTTOM && word->y_min < header_top - 1.0)
            g_assert_cmpfloat (word->y_min, <, HEARTH_PACK_CONTENT_TOP + 5.0);
        }
    }

  return n_continued;
}

static inline int
hearth_test_pack_compare_words (gconstpointer a,
                                gconstpointer b)
{
  const HearthTestPdfWord *first = *(HearthTestPdfWord * const *) a;
  const HearthTestPdfWord *second = *(HearthTestPdfWord * const *) b;

  /* Lines are told apart by their tops; words in a line by their left. */
  if (first->y_min < second->y_min - 1.0)
    return -1;
  if (first->y_min > second->y_min + 1.0)
    return 1;
  return (first->x_min > second->x_min) - (first->x_min < second->x_min);
}

/* The words that start with @prefix, followed by a number, must be
 * numbered 1 to @n in reading order (page by page, line by line): all
 * there, none twice, none out of place. Returns the pages they span. */
static inline guint
hearth_test_pack_check_numbered_words (HearthTestPdf *pdf,
                                       const char    *prefix,
                                       guint          n)
{
  guint expected = 1, first_page = G_MAXUINT, last_page = 0;

  for (guint p = 0; p < hearth_test_pdf_get_n_pages (pdf); p++)
    {
      HearthTestPdfPage *page = hearth_test_pdf_get_page (pdf, p);
      g_autoptr(GPtrArray) found = g_ptr_array_new ();

      for (guint w = 0; w < page->words->len; w++)
        {
          HearthTestPdfWord *word = &g_array_index (page->words, HearthTestPdfWord, w);

          if (g_str_has_prefix (word->text, prefix))
            g_ptr_array_add (found, word);
        }
      g_ptr_array_sort (found, hearth_test_pack_compare_words);

      for (guint i = 0; i < found->len; i++)
        {
          const HearthTestPdfWord *word = g_ptr_array_index (found, i);
          g_autofree char *want = g_strdup_printf ("%s%04u", prefix, expected);

          g_assert_cmpstr (word->text, ==, want);
          expected++;
          first_page = MIN (first_page, p);
          last_page = MAX (last_page, p);
        }
    }

  g_assert_cmpuint (expected - 1, ==, n);
  return last_page - first_page + 1;
}

/* Numbered words: "zq0001 zq0002 …", wrapped as any text is. */
static inline char *
hearth_test_pack_numbered_text (const char *prefix,
                                guint       n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 1; i <= n; i++)
    g_string_append_printf (text, "%s%s%04u", i > 1 ? " " : "", prefix, i);
  return g_string_free (text, FALSE);
}

/* The contents on the cover: each section's page number is the page its
 * heading is on. */
static inline void
hearth_test_pack_check_contents (HearthTestPdf      *pdf,
                                 const char * const *headings)
{
  for (guint h = 0; headings[h] != NULL; h++)
    {
      g_autofree char *entry_prefix = NULL;
      int page = -1;

      /* The heading's own page: the first after the cover. */
      for (guint p = 1; p < hearth_test_pdf_get_n_pages (pdf) && page < 0; p++)
        if (hearth_test_pdf_page_has (pdf, p, headings[h]))
          page = (int) p;
      if (page < 0)
        g_error ("The section “%s” is missing", headings[h]);

      entry_prefix = g_strdup_printf ("%s %d", headings[h], page + 1);
      if (!hearth_test_pdf_page_has (pdf, 0, entry_prefix))
        g_error ("The contents do not give page %d for “%s”", page + 1, headings[h]);
    }
}

G_END_DECLS
