/* test-charts-comparison.c — siblings, progress and home conditions charts
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

#include <math.h>
#include <string.h>

#include "charts/hearth-chart-draw.h"
#include "charts/hearth-comparison-chart.h"

static const char *categories[] = { "Physical", "Educational", "Emotional", "Medical" };

static void
dump (cairo_surface_t *surface,
      const char      *name)
{
  const char *dir = g_getenv ("HEARTH_TEST_DUMP_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  path = g_build_filename (dir, name, NULL);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
}

static guint32
read_pixel (cairo_surface_t *surface,
            int              x,
            int              y)
{
  const guint8 *data;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));
  return *(const guint32 *)(gconstpointer)(data + y * cairo_image_surface_get_stride (surface)
                                           + x * 4)
         & 0xffffff;
}

static guint32
color_to_pixel (const HearthChartColor *color)
{
  return ((guint32) round (color->red * 255) << 16) | ((guint32) round (color->green * 255) << 8)
         | (guint32) round (color->blue * 255);
}

static gboolean
pixel_is_near (guint32                 pixel,
               const HearthChartColor *color,
               int                     tolerance)
{
  guint32 expected = color_to_pixel (color);

  for (int shift = 0; shift <= 16; shift += 8)
    if (abs ((int) ((pixel >> shift) & 0xff) - (int) ((expected >> shift) & 0xff)) > tolerance)
      return FALSE;
  return TRUE;
}

static HearthChartValue
scored (double value,
        int    level)
{
  HearthChartValue result = { HEARTH_CHART_VALUE_SCORED, value, level };

  return result;
}

static HearthChartValue
without (HearthChartValueState state)
{
  HearthChartValue result = { state, NAN, 0 };

  return result;
}

/* A fictional family's screenings on a scale of 1 (no concern) to 5. */
static HearthComparisonData *
make_screenings (void)
{
  HearthComparisonData *data = hearth_comparison_data_new ("Neglect screening", 1.0, 5.0, TRUE);
  gint32 start = hearth_chart_day_from_ymd (2023, 3, 1);
  guint testy, bramble, pip;

  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    g_assert_cmpuint (hearth_comparison_data_add_category (data, categories[c]), ==, c);
  hearth_comparison_data_add_band (data, 1.0, 1.75, 1);
  hearth_comparison_data_add_band (data, 1.75, 2.5, 2);
  hearth_comparison_data_add_band (data, 2.5, 3.5, 3);
  hearth_comparison_data_add_band (data, 3.5, 5.0, 4);
  hearth_comparison_data_set_level_name (data, 1, "Universal");
  hearth_comparison_data_set_level_name (data, 2, "Early help");
  hearth_comparison_data_set_level_name (data, 3, "Child in need");
  hearth_comparison_data_set_level_name (data, 4, "Child protection");

  testy = hearth_comparison_data_add_series (data, "Testy McTestface");
  for (guint p = 0; p < 4; p++)
    {
      guint point = hearth_comparison_data_add_point (data, testy, start + p * 90);
      HearthChartValue physical = scored (4.0 - p * 0.75, p < 1 ? 4 : p < 3 ? 3 : 2);
      HearthChartValue educational = scored (2.0, 2);
      HearthChartValue emotional
          = p == 2 ? without (HEARTH_CHART_VALUE_INSUFFICIENT) : scored (3.0, 3);
      HearthChartValue medical = scored (1.0, 1);

      hearth_comparison_data_set_value (data, testy, point, 0, &physical);
      hearth_comparison_data_set_value (data, testy, point, 1, &educational);
      hearth_comparison_data_set_value (data, testy, point, 2, &emotional);
      hearth_comparison_data_set_value (data, testy, point, 3, &medical);
    }

  bramble = hearth_comparison_data_add_series (data, "Bramble Oakfoot");
  for (guint p = 0; p < 3; p++)
    {
      guint point = hearth_comparison_data_add_point (data, bramble, start + 30 + p * 120);
      HearthChartValue physical = scored (3.0, 3);
      HearthChartValue educational = without (HEARTH_CHART_VALUE_INSUFFICIENT);
      HearthChartValue emotional = scored (4.0, 4);
      HearthChartValue medical = scored (2.0 + p * 0.5, p == 0 ? 2 : 3);

      hearth_comparison_data_set_value (data, bramble, point, 0, &physical);
      hearth_comparison_data_set_value (data, bramble, point, 1, &educational);
      hearth_comparison_data_set_value (data, bramble, point, 2, &emotional);
      hearth_comparison_data_set_value (data, bramble, point, 3, &medical);
    }

  /* A child not yet screened. */
  pip = hearth_comparison_data_add_series (data, "Pip McTestface");
  (void) pip;

  return data;
}

static cairo_surface_t *
render (HearthComparisonKind      kind,
        HearthComparisonData     *data,
        int                       width,
        int                       height,
        const HearthChartPalette *palette,
        GArray                   *marks,
        gboolean                 *drew)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  g_autoptr(cairo_t) cr = cairo_create (surface);

  *drew = hearth_comparison_chart_draw (kind, data, cr, width, height, palette, marks);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

static const HearthChartMark *
find_mark (GArray *marks,
           guint   series,
           guint   point,
           guint   category)
{
  for (guint i = 0; i < marks->len; i++)
    {
      const HearthChartMark *mark = &g_array_index (marks, HearthChartMark, i);

      if (mark->series == series && mark->point == point && mark->category == category)
        return mark;
    }
  g_assert_not_reached ();
}

static void
test_siblings (void)
{
  g_autoptr(HearthComparisonData) data = make_screenings ();
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (HearthChartMark));
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autofree char *summary = NULL;
  const HearthChartMark *physical, *educational, *emotional, *medical, *insufficient;
  HearthChartPalette palette;
  double step;
  gboolean drew;
  guint hatch_pixels = 0, background_pixels = 0;

  hearth_chart_palette_init (&palette, FALSE);
  surface = render (HEARTH_COMPARISON_SIBLINGS, data, 900, 420, &palette, marks, &drew);
  dump (surface, "siblings.png");
  g_assert_true (drew);

  /* A bar per category for each child with a screening, from the latest
   * one; none for the child without. */
  g_assert_cmpuint (marks->len, ==, 2 * G_N_ELEMENTS (categories));
  for (guint i = 0; i < marks->len; i++)
    {
      const HearthChartMark *mark = &g_array_index (marks, HearthChartMark, i);

      g_assert_cmpuint (mark->series, <, 2);
      g_assert_cmpuint (mark->point, ==, mark->series == 0 ? 3 : 2);
    }

  /* Bars grow with the score, one step of the scale at a time, and the
   * best score (1) still has a bar: none has no height. */
  physical = find_mark (marks, 0, 3, 0);       /* 1.75 */
  educational = find_mark (marks, 0, 3, 1);    /* 2.0 */
  emotional = find_mark (marks, 0, 3, 2);      /* 3.0 */
  medical = find_mark (marks, 0, 3, 3);        /* 1.0 */
  step = emotional->height - educational->height;
  g_assert_cmpfloat (step, >, 10.0);
  g_assert_cmpfloat (fabs ((educational->height - medical->height) - step), <, 1e-6);
  g_assert_cmpfloat (fabs ((physical->height - medical->height) - 0.75 * step), <, 1e-6);
  g_assert_cmpfloat (medical->height, >, 0.5 * step);
  g_assert_cmpfloat (fabs (physical->y + physical->height - (medical->y + medical->height)), <,
                     1e-6);

  /* Insufficient information is not a bar of zero: it is a full column,
   * hatched, with no bar colour in it. */
  insufficient = find_mark (marks, 1, 2, 1);
  g_assert_cmpint (insufficient->state, ==, HEARTH_CHART_VALUE_INSUFFICIENT);
  g_assert_cmpfloat (insufficient->height, >, 4.0 * step);
  for (int y = (int) insufficient->y + 2; y < insufficient->y + insufficient->height - 2; y++)
    for (int x = (int) insufficient->x + 2; x < insufficient->x + insufficient->width - 2; x++)
      {
        guint32 pixel = read_pixel (surface, x, y);

        g_assert_false (pixel_is_near (pixel, &palette.hues[1], 4));
        if ((pixel & 0xff) < 0xd0)
          hatch_pixels++;
        else
          background_pixels++;
      }
  g_assert_cmpuint (hatch_pixels, >, 100);
  g_assert_cmpuint (background_pixels, >, hatch_pixels);

  /* A scored bar is solid in its category's colour at its middle. */
  g_assert_true (pixel_is_near (read_pixel (surface, (int) (emotional->x + emotional->width / 2),
                                            (int) (emotional->y + emotional->height - 3)),
                                &palette.hues[2], 4));

  summary = hearth_comparison_chart_dup_summary (HEARTH_COMPARISON_SIBLINGS, data);
  g_assert_nonnull (strstr (summary, "Bramble Oakfoot"));
  g_assert_nonnull (strstr (summary, "Educational insufficient information"));
  g_assert_nonnull (strstr (summary, "no finalised assessment"));
}

static void
test_progress (void)
{
  g_autoptr(HearthComparisonData) data = make_screenings ();
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (HearthChartMark));
  g_autoptr(cairo_surface_t) surface = NULL;
  HearthChartPalette palette;
  gboolean drew;
  const HearthChartMark *previous = NULL;
  guint n_insufficient = 0;

  hearth_chart_palette_init (&palette, TRUE);
  surface = render (HEARTH_COMPARISON_PROGRESS, data, 1000, 420, &palette, marks, &drew);
  dump (surface, "progress-dark.png");
  g_assert_true (drew);

  /* Every value of every point has a mark: 4 × 4 for the first child and
   * 3 × 4 for the second. */
  g_assert_cmpuint (marks->len, ==, 16 + 12);

  /* Along a category, later dates stand further right, and a falling
   * score (the first child's physical: 4, 3.25, 2.5, 1.75) is drawn
   * lower each time. */
  for (guint p = 0; p < 4; p++)
    {
      const HearthChartMark *mark = find_mark (marks, 0, p, 0);

      if (previous != NULL)
        {
          g_assert_cmpfloat (mark->x, >, previous->x);
          g_assert_cmpfloat (mark->y, >, previous->y);
        }
      previous = mark;
    }

  for (guint i = 0; i < marks->len; i++)
    if (g_array_index (marks, HearthChartMark, i).state == HEARTH_CHART_VALUE_INSUFFICIENT)
      {
        const HearthChartMark *mark = &g_array_index (marks, HearthChartMark, i);

        /* Below every scored point of its panel: off the scale. */
        for (guint j = 0; j < marks->len; j++)
          {
            const HearthChartMark *other = &g_array_index (marks, HearthChartMark, j);

            if (other->series == mark->series && other->state == HEARTH_CHART_VALUE_SCORED)
              g_assert_cmpfloat (mark->y, >, other->y + other->height);
          }
        n_insufficient++;
      }
  g_assert_cmpuint (n_insufficient, ==, 1 + 3);
}

static HearthComparisonData *
make_home (void)
{
  static const char *areas[] = { "Entrance and access", "Kitchen and food storage", "Living areas",
                                 "Bathroom and toilet" };
  HearthComparisonData *data = hearth_comparison_data_new ("Home conditions", 1.0, 5.0, TRUE);
  gint32 start = hearth_chart_day_from_ymd (2024, 2, 1);
  guint household;

  for (guint a = 0; a < G_N_ELEMENTS (areas); a++)
    hearth_comparison_data_add_category (data, areas[a]);
  hearth_comparison_data_set_scale_label (data, 1, "Good");
  hearth_comparison_data_set_scale_label (data, 2, "Adequate");
  hearth_comparison_data_set_scale_label (data, 3, "Concerning");
  hearth_comparison_data_set_scale_label (data, 4, "Poor");
  hearth_comparison_data_set_scale_label (data, 5, "Severe");
  household = hearth_comparison_data_add_series (data, "Household");

  for (guint p = 0; p < 5; p++)
    {
      guint point = hearth_comparison_data_add_point (data, household, start + p * 42);

      for (guint a = 0; a < G_N_ELEMENTS (areas); a++)
        {
          HearthChartValue value = scored (MAX (1, 5 - (int) p - (int) a % 2), 0);

          if (a == 3 && p % 2 == 1)
            value = without (HEARTH_CHART_VALUE_NOT_SEEN);
          if (a == 0 && p == 4)
            value = without (HEARTH_CHART_VALUE_NONE);
          hearth_comparison_data_set_value (data, household, point, a, &value);
        }
    }

  return data;
}

static void
test_home (void)
{
  g_autoptr(HearthComparisonData) data = make_home ();
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (HearthChartMark));
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autofree char *summary = NULL;
  HearthChartPalette palette;
  gboolean drew;

  hearth_chart_palette_init (&palette, FALSE);
  surface = render (HEARTH_COMPARISON_HOME, data, 800, 360, &palette, marks, &drew);
  dump (surface, "home.png");
  g_assert_true (drew);

  /* A cell per area and date, in a grid: rows by area, columns by date. */
  g_assert_cmpuint (marks->len, ==, 4 * 5);
  for (guint i = 0; i < marks->len; i++)
    {
      const HearthChartMark *mark = &g_array_index (marks, HearthChartMark, i);
      const HearthChartMark *right
          = mark->point < 4 ? find_mark (marks, 0, mark->point + 1, mark->category) : NULL;
      const HearthChartMark *below
          = mark->category < 3 ? find_mark (marks, 0, mark->point, mark->category + 1) : NULL;
      guint32 corner = read_pixel (surface, (int) mark->x + 3, (int) mark->y + 3);

      if (right != NULL)
        g_assert_cmpfloat (right->x, >=, mark->x + mark->width);
      if (below != NULL)
        g_assert_cmpfloat (below->y, >=, mark->y + mark->height);

      /* A rated cell is filled with its step's colour (the number sits in
       * the middle, so look near a corner); a cell not seen is hatched,
       * not filled; a cell not rated stays open. */
      switch (mark->state)
        {
        case HEARTH_CHART_VALUE_SCORED:
          g_assert_true (pixel_is_near (corner, &palette.scale_steps[(int) mark->value - 1], 3));
          break;
        case HEARTH_CHART_VALUE_NOT_SEEN:
          {
            guint marked = 0;

            for (int x = (int) mark->x + 2; x < mark->x + mark->width - 2; x++)
              if (!pixel_is_near (read_pixel (surface, x, (int) (mark->y + mark->height / 2)),
                                  &palette.background, 40))
                marked++;
            g_assert_cmpuint (marked, >, 3);
            g_assert_cmpuint (marked, <, (guint) (mark->width / 2));
          }
          break;
        case HEARTH_CHART_VALUE_NONE:
          g_assert_true (pixel_is_near (read_pixel (surface, (int) (mark->x + mark->width / 2),
                                                    (int) (mark->y + mark->height / 2)),
                                        &palette.background, 3));
          break;
        default:
          g_assert_not_reached ();
        }
    }

  summary = hearth_comparison_chart_dup_summary (HEARTH_COMPARISON_HOME, data);
  g_assert_nonnull (strstr (summary, "Bathroom and toilet not seen"));
}

static void
test_empty (void)
{
  HearthComparisonKind kinds[]
      = { HEARTH_COMPARISON_SIBLINGS, HEARTH_COMPARISON_PROGRESS, HEARTH_COMPARISON_HOME };
  HearthChartPalette palette;

  hearth_chart_palette_init (&palette, FALSE);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(HearthComparisonData) data
          = hearth_comparison_data_new ("Nothing yet", 1.0, 5.0, TRUE);
      g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (HearthChartMark));
      g_autoptr(cairo_surface_t) surface = NULL;
      g_autofree char *summary = NULL;
      gboolean drew;
      guint ink = 0;

      hearth_comparison_data_add_category (data, "Physical");
      hearth_comparison_data_add_series (data, "Bramble Oakfoot");
      hearth_comparison_data_set_empty_text (data, "No screenings yet",
                                             "Finalised screenings of each child appear here.");
      surface = render (kinds[k], data, 600, 300, &palette, marks, &drew);
      if (k == 0)
        dump (surface, "comparison-empty.png");

      /* Explained, not blank: text in the middle, and nothing drawn as
       * data. */
      g_assert_false (drew);
      g_assert_cmpuint (marks->len, ==, 0);
      for (int y = 100; y < 200; y++)
        for (int x = 50; x < 550; x++)
          if (!pixel_is_near (read_pixel (surface, x, y), &palette.background, 30))
            ink++;
      g_assert_cmpuint (ink, >, 200);

      summary = hearth_comparison_chart_dup_summary (kinds[k], data);
      g_assert_cmpstr (summary, ==,
                       "No screenings yet. Finalised screenings of each child appear here.");
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/comparison/siblings", test_siblings);
  g_test_add_func ("/charts/comparison/progress", test_progress);
  g_test_add_func ("/charts/comparison/home", test_home);
  g_test_add_func ("/charts/comparison/empty", test_empty);

  return g_test_run ();
}
