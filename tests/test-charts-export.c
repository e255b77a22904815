/* test-charts-export.c — PNG, SVG and PDF files of the requested size
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
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>
#include <sys/stat.h>

#include "charts/hearth-chart-draw.h"
#include "charts/hearth-chart-export.h"
#include "charts/hearth-comparison-chart.h"
#include "charts/hearth-timeline-chart.h"

#define LANE(i) (G_GUINT64_CONSTANT (1) << (i))

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("hearth-export-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
}

static HearthTimelineData *
make_timeline (void)
{
  HearthTimelineData *data = hearth_timeline_data_new ("The McTestface family");
  gint32 start = hearth_chart_day_from_ymd (2024, 1, 8);

  hearth_timeline_data_add_lane (data, "Testy McTestface");
  hearth_timeline_data_add_lane (data, "Household");
  for (guint i = 0; i < 40; i++)
    {
      HearthTimelineEvent event = { start + (gint32) (i * 9), (guint8) (i % 7), (guint8) (i % 3),
                                    i % 4 == 0 ? HEARTH_TIMELINE_EVENT_ACTION : 0, LANE (i % 2) };

      hearth_timeline_data_add_event (data, &event, HEARTH_TIMELINE_ITEM_EVENT, i + 1, "Visit",
                                      NULL);
    }
  return data;
}

static void
draw_timeline_cb (cairo_t  *cr,
                  double    width,
                  double    height,
                  gpointer  user_data)
{
  HearthTimelineChart *chart = user_data;
  HearthChartPalette palette;
  double from, to;

  hearth_chart_palette_init (&palette, FALSE);
  hearth_timeline_chart_get_fit_range (chart, &from, &to);
  hearth_timeline_chart_draw (chart, cr, width, height, from, to, &palette);
}

static void
draw_siblings_cb (cairo_t  *cr,
                  double    width,
                  double    height,
                  gpointer  user_data)
{
  HearthChartPalette palette;

  hearth_chart_palette_init (&palette, FALSE);
  hearth_siblings_chart_draw (user_data, cr, width, height, &palette, NULL);
}

static void
assert_private_file (const char *path)
{
  GStatBuf buf;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  g_assert_cmpint (buf.st_size, >, 0);
}

static void
test_format_from_path (void)
{
  static const struct
  {
    const char        *path;
    gboolean           ok;
    HearthChartFormat  format;
  } cases[] = {
    { "chart.png", TRUE, HEARTH_CHART_FORMAT_PNG },
    { "/tmp/Chart.PNG", TRUE, HEARTH_CHART_FORMAT_PNG },
    { "chart.svg", TRUE, HEARTH_CHART_FORMAT_SVG },
    { "pack.Pdf", TRUE, HEARTH_CHART_FORMAT_PDF },
    { "chart.jpg", FALSE, 0 },
    { "chart", FALSE, 0 },
    { "png", FALSE, 0 },
    { "chart.pdf.txt", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      HearthChartFormat format = 99;
      gboolean ok = hearth_chart_format_from_path (cases[i].path, &format, &error);

      g_assert_cmpint (ok, ==, cases[i].ok);
      if (ok)
        {
          g_assert_no_error (error);
          g_assert_cmpint (format, ==, cases[i].format);
        }
      else
        g_assert_error (error, HEARTH_CHART_ERROR, HEARTH_CHART_ERROR_FORMAT);
    }
}

static void
test_png (Fixture       *fixture,
          gconstpointer  user_data)
{
  g_autoptr(HearthTimelineData) data = make_timeline ();
  g_autoptr(HearthTimelineChart) chart = hearth_timeline_chart_new (data);
  g_autofree char *path = g_build_filename (fixture->dir, "timeline.png", NULL);
  g_autoptr(cairo_surface_t) image = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_chart_export (path, HEARTH_CHART_FORMAT_PNG, 640, 360, draw_timeline_cb,
                                      chart, &error));
  g_assert_no_error (error);
  assert_private_file (path);

  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 640);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 360);
}

static char *
dup_attribute (xmlNode    *node,
               const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static void
test_svg (Fixture       *fixture,
          gconstpointer  user_data)
{
  g_autoptr(HearthTimelineData) data = make_timeline ();
  g_autoptr(HearthTimelineChart) chart = hearth_timeline_chart_new (data);
  g_autofree char *path = g_build_filename (fixture->dir, "timeline.svg", NULL);
  g_autofree char *width = NULL;
  g_autofree char *height = NULL;
  g_autofree char *view_box = NULL;
  g_autoptr(GError) error = NULL;
  xmlDoc *doc;
  xmlNode *root;

  g_assert_true (hearth_chart_export (path, HEARTH_CHART_FORMAT_SVG, 800, 400, draw_timeline_cb,
                                      chart, &error));
  g_assert_no_error (error);
  assert_private_file (path);

  /* A well-formed SVG document, 800 by 400 pixels. */
  doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_nonnull (root);
  g_assert_cmpstr ((const char *) root->name, ==, "svg");
  width = dup_attribute (root, "width");
  height = dup_attribute (root, "height");
  view_box = dup_attribute (root, "viewBox");
  g_assert_cmpstr (width, ==, "800px");
  g_assert_cmpstr (height, ==, "400px");
  g_assert_cmpstr (view_box, ==, "0 0 800 400");
  xmlFreeDoc (doc);
}

static char *
run_poppler_tool (const char *tool,
                  const char *path)
{
  g_autofree char *program = g_find_program_in_path (tool);
  const char *argv[] = { program, path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *output = NULL;
  int status;

  if (program == NULL)
    return NULL;
  if (g_str_equal (tool, "pdfinfo"))
    argv[2] = NULL;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &output, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return output;
}

static void
test_pdf (Fixture       *fixture,
          gconstpointer  user_data)
{
  g_autoptr(HearthTimelineData) data = make_timeline ();
  g_autoptr(HearthTimelineChart) chart = hearth_timeline_chart_new (data);
  g_autofree char *path = g_build_filename (fixture->dir, "timeline.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_chart_export (path, HEARTH_CHART_FORMAT_PDF, 842, 595, draw_timeline_cb,
                                      chart, &error));
  g_assert_no_error (error);
  assert_private_file (path);

  /* Poppler opens it: one A4 landscape page, with the title as text. */
  info = run_poppler_tool ("pdfinfo", path);
  if (info == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed");
      return;
    }
  g_assert_nonnull (strstr (info, "Pages:           1"));
  g_assert_nonnull (strstr (info, "Page size:       842 x 595 pts"));
  g_assert_nonnull (strstr (info, "Creator:         Hearth"));

  text = run_poppler_tool ("pdftotext", path);
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "The McTestface family"));
  g_assert_nonnull (strstr (text, "Testy McTestface"));
}

static void
test_comparison_svg (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(HearthComparisonData) data
      = hearth_comparison_data_new ("Neglect screening", 1, 5, TRUE);
  g_autofree char *path = g_build_filename (fixture->dir, "siblings.svg", NULL);
  g_autoptr(GError) error = NULL;
  HearthChartValue value = { HEARTH_CHART_VALUE_SCORED, 3.0, 3 };
  xmlDoc *doc;

  hearth_comparison_data_add_category (data, "Physical");
  hearth_comparison_data_add_series (data, "Bramble Oakfoot");
  hearth_comparison_data_add_point (data, 0, hearth_chart_day_from_ymd (2024, 3, 1));
  hearth_comparison_data_set_value (data, 0, 0, 0, &value);

  g_assert_true (hearth_chart_export (path, HEARTH_CHART_FORMAT_SVG, 500, 300, draw_siblings_cb,
                                      data, &error));
  g_assert_no_error (error);
  doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  xmlFreeDoc (doc);
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(HearthTimelineData) data = make_timeline ();
  g_autoptr(HearthTimelineChart) chart = hearth_timeline_chart_new (data);
  g_autofree char *path = g_build_filename (fixture->dir, "tiny.png", NULL);
  g_autofree char *nowhere = g_build_filename (fixture->dir, "no-such-folder", "chart.pdf", NULL);
  g_autoptr(GError) size_error = NULL;
  g_autoptr(GError) folder_error = NULL;

  g_assert_false (hearth_chart_export (path, HEARTH_CHART_FORMAT_PNG, 8, 300, draw_timeline_cb,
                                       chart, &size_error));
  g_assert_error (size_error, HEARTH_CHART_ERROR, HEARTH_CHART_ERROR_SIZE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_false (hearth_chart_export (nowhere, HEARTH_CHART_FORMAT_PDF, 400, 300, draw_timeline_cb,
                                       chart, &folder_error));
  g_assert_error (folder_error, HEARTH_CHART_ERROR, HEARTH_CHART_ERROR_WRITE);
  g_assert_null (strstr (folder_error->message, "no-such-folder"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/export/format-from-path", test_format_from_path);
  g_test_add ("/charts/export/png", Fixture, NULL, fixture_set_up, test_png, fixture_tear_down);
  g_test_add ("/charts/export/svg", Fixture, NULL, fixture_set_up, test_svg, fixture_tear_down);
  g_test_add ("/charts/export/pdf", Fixture, NULL, fixture_set_up, test_pdf, fixture_tear_down);
  g_test_add ("/charts/export/comparison-svg", Fixture, NULL, fixture_set_up, test_comparison_svg,
              fixture_tear_down);
  g_test_add ("/charts/export/refusals", Fixture, NULL, fixture_set_up, test_refusals,
              fixture_tear_down);

  return g_test_run ();
}
