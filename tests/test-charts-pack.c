/* test-charts-pack.c — the paginating document and the supervision pack
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

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "charts/hearth-chart-draw.h"
#include "charts/hearth-pack.h"

#include "hearth-test-pack.h"
#include "hearth-test-tmpdir.h"

/* Every PDF here is read back by poppler, which shares no code with
 * Cairo or Pango: what it finds on a page is what a reader sees. */

#define REFERENCE "HTP-2024-0007"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->dir = hearth_test_make_tmpdir ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static HearthPackDocument *
new_document (void)
{
  HearthPackDocument *document = hearth_pack_document_new ();

  hearth_pack_document_set_header (document, REFERENCE, HEARTH_PACK_MARKING, "Test document");
  hearth_pack_document_set_footer (document, "Prepared by Bramble Oakfoot", HEARTH_PACK_MARKING);
  return document;
}

static HearthTestPdf *
write_and_read (Fixture            *fixture,
                HearthPackDocument *document,
                const char         *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf buf;

  g_assert_true (hearth_pack_document_write_pdf (document, path, &error));
  g_assert_no_error (error);

  /* It holds records about children: only its owner may read it. */
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  return hearth_test_pdf_load (path);
}

static void
test_table_split (Fixture       *fixture,
                  gconstpointer  user_data)
{
  static const double widths[] = { 0.2, 0.5, 0.3 };
  const char *header[] = { "Number", "Who it concerns", "Remark", NULL };
  g_autoptr(HearthPackDocument) document = new_document ();
  g_autoptr(HearthTestPdf) pdf = NULL;
  guint n_pages, n_continued;
  double pitch = 0.0;

  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_HEADING, "Register");
  hearth_pack_document_add_table (document, HEARTH_PACK_TABLE_GRID, 3, widths, header,
                                  "Register, continued");
  for (guint i = 1; i <= 250; i++)
    {
      g_autofree char *number = g_strdup_printf ("rw%04u", i);
      const char *cells[] = { number, "Bramble Oakfoot", "A short remark" };

      hearth_pack_document_add_row (document, NULL, cells);
    }

  n_pages = hearth_pack_document_paginate (document);
  pdf = write_and_read (fixture, document, "register.pdf");
  if (pdf == NULL)
    return;

  hearth_test_pack_check_pages (pdf, n_pages, REFERENCE);
  g_assert_cmpuint (hearth_test_pack_check_numbered_words (pdf, "rw", 250), ==, n_pages);
  n_continued = hearth_test_pack_check_repeated_header (pdf, "Register, continued", header);
  g_assert_cmpuint (n_continued, ==, n_pages - 1);

  /* Every page but the last is full: the next row would not have fitted
   * above the content's bottom. */
  for (guint p = 0; p + 1 < n_pages; p++)
    {
      HearthTestPdfPage *page = hearth_test_pdf_get_page (pdf, p);
      double first = G_MAXDOUBLE, last = 0.0, last_bottom = 0.0;
      guint n_rows = 0;

      for (guint w = 0; w < page->words->len; w++)
        {
          const HearthTestPdfWord *word = &g_array_index (page->words, HearthTestPdfWord, w);

          if (!g_str_has_prefix (word->text, "rw"))
            continue;
          n_rows++;
          first = MIN (first, word->y_min);
          last = MAX (last, word->y_min);
          last_bottom = MAX (last_bottom, word->y_max);
        }
      g_assert_cmpuint (n_rows, >, 10);
      pitch = (last - first) / (n_rows - 1);
      g_assert_cmpfloat (last_bottom, <=, HEARTH_PACK_CONTENT_BOTTOM);
      g_assert_cmpfloat (last + 2 * pitch, >, HEARTH_PACK_CONTENT_BOTTOM);
    }
  g_assert_cmpfloat (pitch, >, 8.0);
}

static void
test_tall_cell (Fixture       *fixture,
                gconstpointer  user_data)
{
  static const double widths[] = { 0.15, 0.35, 0.5 };
  const char *header[] = { "Date", "Source", "What happened", NULL };
  g_autoptr(HearthPackDocument) document = new_document ();
  g_autoptr(HearthTestPdf) pdf = NULL;
  g_autofree char *cell = hearth_test_pack_numbered_text ("tc", 1500);
  g_autofree char *paragraph = hearth_test_pack_numbered_text ("pg", 2000);
  guint n_pages;

  /* A cell taller than two pages goes on page after page, line by line,
   * under the repeated header; the cells beside it are not repeated. */
  hearth_pack_document_add_table (document, HEARTH_PACK_TABLE_GRID, 3, widths, header,
                                  "Chronology, continued");
  {
    const char *first[] = { "1 May 2024", "School", "Before the long one." };
    const char *tall[] = { "2 May 2024", "Health visitor", cell };
    const char *after[] = { "3 May 2024", "Police", "After the long one." };

    hearth_pack_document_add_row (document, NULL, first);
    hearth_pack_document_add_row (document, NULL, tall);
    hearth_pack_document_add_row (document, NULL, after);
  }
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_BODY, paragraph);

  n_pages = hearth_pack_document_paginate (document);
  pdf = write_and_read (fixture, document, "tall.pdf");
  if (pdf == NULL)
    return;

  hearth_test_pack_check_pages (pdf, n_pages, REFERENCE);
  g_assert_cmpuint (hearth_test_pack_check_numbered_words (pdf, "tc", 1500), >=, 3);
  g_assert_cmpuint (hearth_test_pack_check_numbered_words (pdf, "pg", 2000), >=, 2);
  g_assert_cmpuint (hearth_test_pack_check_repeated_header (pdf, "Chronology, continued", header),
                    >=, 2);
  g_assert_cmpint (hearth_test_pdf_find (pdf, "Health visitor"), ==, 0);
  g_assert_cmpint (hearth_test_pdf_find (pdf, "After the long one."), >=, 2);
}

static void
test_page_breaks (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(HearthPackDocument) empty = new_document ();
  g_autoptr(HearthPackDocument) document = new_document ();
  g_autoptr(HearthTestPdf) pdf = NULL;

  /* Even an empty document has a page to carry its marking. */
  g_assert_cmpuint (hearth_pack_document_paginate (empty), ==, 1);

  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *text = g_strdup_printf ("Section %u stands alone.", i);

      hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_BODY, text);
      hearth_pack_document_add_page_break (document);
      /* A second break in a row makes no blank page. */
      hearth_pack_document_add_page_break (document);
    }
  g_assert_cmpuint (hearth_pack_document_paginate (document), ==, 4);

  pdf = write_and_read (fixture, document, "breaks.pdf");
  if (pdf == NULL)
    return;
  hearth_test_pack_check_pages (pdf, 4, REFERENCE);
  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *text = g_strdup_printf ("Section %u stands alone.", i);

      g_assert_cmpint (hearth_test_pdf_find (pdf, text), ==, (int) i - 1);
    }
}

static void
test_keep_with_next (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(HearthPackDocument) document = new_document ();
  g_autoptr(HearthTestPdf) pdf = NULL;
  const char *headings[] = { "Latest home conditions", "Supervision records", NULL };

  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_TITLE, "The Oakfoot family");
  hearth_pack_document_add_contents (document, "Contents");
  hearth_pack_document_add_page_break (document);

  /* A line, then space down to some 45 points above the page's foot:
   * room for the heading alone, not for the heading and a line under
   * it. The heading moves to the next page with its text. */
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_BODY, "Before the gap.");
  hearth_pack_document_add_space (document, HEARTH_PACK_CONTENT_BOTTOM - HEARTH_PACK_CONTENT_TOP
                                            - 18.5 - 45.0);
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_HEADING, headings[0]);
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_BODY,
                                 "The kitchen was clean and there was food in the fridge.");
  hearth_pack_document_add_page_break (document);
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_HEADING, headings[1]);
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_BODY, "None yet.");

  pdf = write_and_read (fixture, document, "keep.pdf");
  if (pdf == NULL)
    return;

  hearth_test_pack_check_pages (pdf, 4, REFERENCE);
  g_assert_cmpint (hearth_test_pdf_find (pdf, "Before the gap."), ==, 1);
  g_assert_cmpint (hearth_test_pdf_find_from (pdf, headings[0], 1), ==, 2);
  g_assert_cmpint (hearth_test_pdf_find (pdf, "The kitchen was clean and there was food in the "
                                              "fridge."), ==, 2);
  g_assert_cmpint (hearth_test_pdf_find_from (pdf, headings[1], 1), ==, 3);
  hearth_test_pack_check_contents (pdf, headings);
}

static void
blot_cb (cairo_t  *cr,
         double    width,
         double    height,
         gpointer  user_data)
{
  /* A figure that paints far past its box: the page must not show it. */
  cairo_set_source_rgb (cr, 0x20 / 255.0, 0x40 / 255.0, 0x60 / 255.0);
  cairo_rectangle (cr, -500, -500, width + 1000, height + 1000);
  cairo_fill (cr);
}

static void
test_margins_stay_clear (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(HearthPackDocument) document = new_document ();
  guint n_pages;

  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_HEADING, "A figure");
  hearth_pack_document_add_figure (document, 2000.0, blot_cb, NULL, NULL);
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_BODY, "After the figure.");
  n_pages = hearth_pack_document_paginate (document);

  /* A figure taller than a page is given a page: heading, figure, text. */
  g_assert_cmpuint (n_pages, ==, 3);

  for (guint p = 0; p < n_pages; p++)
    {
      g_autoptr(cairo_surface_t) surface
          = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) HEARTH_PACK_PAGE_WIDTH,
                                        (int) HEARTH_PACK_PAGE_HEIGHT);
      g_autoptr(cairo_t) cr = cairo_create (surface);
      const guint32 *pixels;
      int stride;
      guint dark_inside = 0;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      hearth_pack_document_draw_page (document, cr, p);
      cairo_surface_flush (surface);
      pixels = (const guint32 *) cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface) / 4;

      for (int y = 0; y < (int) HEARTH_PACK_PAGE_HEIGHT; y++)
        for (int x = 0; x < (int) HEARTH_PACK_PAGE_WIDTH; x++)
          {
            gboolean white = (pixels[y * stride + x] & 0xffffff) == 0xffffff;
            gboolean margin = x < HEARTH_PACK_SAFE_MARGIN
                              || x >= HEARTH_PACK_PAGE_WIDTH - HEARTH_PACK_SAFE_MARGIN
                              || y < HEARTH_PACK_SAFE_MARGIN
                              || y >= HEARTH_PACK_PAGE_HEIGHT - HEARTH_PACK_SAFE_MARGIN;

            if (margin && !white)
              g_error ("Page %u is drawn on at (%d, %d), in its margin", p + 1, x, y);
            dark_inside += !white && (pixels[y * stride + x] & 0xffffff) == 0x204060;
          }

      /* The figure's page is painted edge to edge of the content box. */
      if (p == 1)
        g_assert_cmpuint (dark_inside, ==,
                          (guint) (HEARTH_PACK_CONTENT_WIDTH
                                   * (HEARTH_PACK_CONTENT_BOTTOM - HEARTH_PACK_CONTENT_TOP)));
    }
}

static HearthPackData *
make_data (void)
{
  HearthPackData *data = hearth_pack_data_new ();
  HearthPackSignal *signal;
  HearthPackEvent *event;
  HearthPackAssessment *screening;
  HearthPackSupervision *supervision;

  data->case_reference = g_strdup (REFERENCE);
  data->family_name = g_strdup ("The Oakfoot family");
  data->period = g_strdup ("1 January 2024 to 1 December 2024");
  data->prepared_by = g_strdup ("Testy McTestface");
  data->prepared_on = g_strdup ("2 December 2024");
  data->as_of = g_strdup ("1 December 2024");
  g_ptr_array_add (data->children,
                   hearth_pack_person_new ("Bramble Oakfoot", "born 3 May 2014, aged 10"));
  g_ptr_array_add (data->adults,
                   hearth_pack_person_new ("Rowan Oakfoot", "Parent, lives in the home"));

  signal = hearth_pack_signal_new (HEARTH_SIGNAL_SEVERITY_SERIOUS, "Drift",
                                   "No visit or assessment for 14 weeks.");
  g_ptr_array_add (signal->evidence, g_strdup ("12 August 2024: Visit by Jo Practitioner"));
  g_ptr_array_add (data->signals, signal);

  /* Record text is never taken for markup. */
  event = hearth_pack_event_new ("4 March 2024", "School <nurse> & GP", "Health",
                                 "Said <b>no</b> & left.");
  event->impact = g_strdup ("Harmful");
  g_ptr_array_add (data->events, event);

  screening = hearth_pack_assessment_new ("Bramble Oakfoot", "Neglect screening", "9 May 2024");
  g_ptr_array_add (screening->scores,
                   hearth_pack_score_new ("Physical neglect", "2.5", "Level 3", 3, NULL));
  screening->voice = g_strdup ("I like it when Nan does my packed lunch.");
  g_ptr_array_add (data->screenings, screening);

  supervision = hearth_pack_supervision_new ("20 November 2024");
  hearth_pack_supervision_add_field (supervision, "Supervisor", "Hazel Testwood");
  hearth_pack_supervision_add_section (supervision, "What worries us", "The winter.");
  hearth_pack_supervision_add_action (supervision, "Book the health review", "Jo Practitioner",
                                      "1 November 2024", "Overdue", TRUE);
  g_ptr_array_add (data->supervisions, supervision);
  return data;
}

static void
test_build (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(HearthPackData) data = make_data ();
  g_autoptr(HearthPackDocument) document = hearth_pack_build (data);
  g_autoptr(HearthTestPdf) pdf = NULL;
  const char *headings[] = { "Signals of drift and cumulative harm",
                             "Timeline and comparison charts", "Chronology",
                             "Latest neglect screening of each child", "Latest home conditions",
                             "Supervision records", NULL };

  pdf = write_and_read (fixture, document, "pack.pdf");
  if (pdf == NULL)
    return;

  hearth_test_pack_check_pages (pdf, hearth_pack_document_get_n_pages (document), REFERENCE);
  hearth_test_pack_check_contents (pdf, headings);
  g_assert_cmpint (hearth_test_pdf_find (pdf, "The Oakfoot family"), ==, 0);
  g_assert_cmpint (hearth_test_pdf_find (pdf, "Bramble Oakfoot — born 3 May 2014, aged 10"), ==, 0);
  g_assert_cmpint (hearth_test_pdf_find (pdf, "Prepared by Testy McTestface on 2 December 2024"),
                   ==, 0);
  g_assert_cmpint (hearth_test_pdf_find (pdf, "School <nurse> & GP"), >, 0);
  g_assert_cmpint (hearth_test_pdf_find (pdf, "Said <b>no</b> & left."), >, 0);
  g_assert_cmpint (hearth_test_pdf_find (pdf, "I like it when Nan does my packed lunch."), >, 0);
  g_assert_cmpint (hearth_test_pdf_find (pdf, "No finalised home conditions assessment in the "
                                              "period."), >, 0);
  g_assert_cmpint (hearth_test_pdf_find (pdf, "Book the health review"), >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/charts/pack/table-split", Fixture, NULL, fixture_set_up, test_table_split,
              fixture_tear_down);
  g_test_add ("/charts/pack/tall-cell", Fixture, NULL, fixture_set_up, test_tall_cell,
              fixture_tear_down);
  g_test_add ("/charts/pack/page-breaks", Fixture, NULL, fixture_set_up, test_page_breaks,
              fixture_tear_down);
  g_test_add ("/charts/pack/keep-with-next", Fixture, NULL, fixture_set_up, test_keep_with_next,
              fixture_tear_down);
  g_test_add ("/charts/pack/margins", Fixture, NULL, fixture_set_up, test_margins_stay_clear,
              fixture_tear_down);
  g_test_add ("/charts/pack/build", Fixture, NULL, fixture_set_up, test_build, fixture_tear_down);

  return g_test_run ();
}
