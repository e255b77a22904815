/* test-charts-label-layout.c
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

#include "charts/hearth-label-layout.h"

/* Pixel maths in doubles: rectangles closer than this count as touching. */
#define TOLERANCE 1e-9

static gboolean
rectangles_intersect (const HearthLabelPlacement *a,
                      const HearthLabelPlacement *b)
{
  return a->x < b->x + b->width - TOLERANCE
         && b->x < a->x + a->width - TOLERANCE
         && a->y < b->y + b->height - TOLERANCE
         && b->y < a->y + a->height - TOLERANCE;
}

/* --- table ------------------------------------------------------------ */

typedef struct
{
  gboolean placed;
  guint    row;
  double   x;
  double   y;
} Expected;

typedef struct
{
  const char              *name;
  HearthLabelLayoutParams  params;
  guint                    n_candidates;
  HearthLabelCandidate     candidates[4];
  Expected                 expected[4];
} LayoutCase;

/* Rows are as tall as the tallest label plus the gap: with labels 10 px
 * tall and a gap of 2 above an axis at y = 100, row 0 spans y 88..98 and
 * row 1 spans y 76..86. */
static const LayoutCase layout_cases[] = {
  { "apart-share-a-row",
    { 100, -INFINITY, INFINITY, 2, 2 }, 2,
    { { 50, 40, 10, 0 }, { 150, 40, 10, 0 } },
    { { TRUE, 0, 30, 88 }, { TRUE, 0, 130, 88 } } },
  { "overlap-one-row-keeps-higher-priority",
    { 100, -INFINITY, INFINITY, 2, 1 }, 2,
    { { 50, 40, 10, 1 }, { 60, 40, 10, 5 } },
    { { FALSE, 0, 30, 88 }, { TRUE, 0, 40, 88 } } },
  { "overlap-goes-up-a-row",
    { 100, -INFINITY, INFINITY, 2, 2 }, 2,
    { { 50, 40, 10, 1 }, { 60, 40, 10, 5 } },
    { { TRUE, 1, 30, 76 }, { TRUE, 0, 40, 88 } } },
  { "three-overlap-two-rows-drop-lowest",
    { 100, -INFINITY, INFINITY, 2, 2 }, 3,
    { { 50, 40, 10, 3 }, { 55, 40, 10, 1 }, { 60, 40, 10, 2 } },
    { { TRUE, 0, 30, 88 }, { FALSE, 0, 35, 88 }, { TRUE, 1, 40, 76 } } },
  { "equal-priority-keeps-input-order",
    { 100, -INFINITY, INFINITY, 2, 1 }, 2,
    { { 60, 40, 10, 2 }, { 50, 40, 10, 2 } },
    { { TRUE, 0, 40, 88 }, { FALSE, 0, 30, 88 } } },
  { "touching-without-gap-share-a-row",
    { 100, -INFINITY, INFINITY, 0, 2 }, 2,
    { { 20, 40, 10, 0 }, { 60, 40, 10, 0 } },
    { { TRUE, 0, 0, 90 }, { TRUE, 0, 40, 90 } } },
  { "touching-with-gap-split-rows",
    { 100, -INFINITY, INFINITY, 1, 2 }, 2,
    { { 20, 40, 10, 0 }, { 60, 40, 10, 0 } },
    { { TRUE, 0, 0, 89 }, { TRUE, 1, 40, 78 } } },
  { "gap-exactly-met-shares-a-row",
    { 100, -INFINITY, INFINITY, 4, 2 }, 2,
    { { 20, 40, 10, 0 }, { 64, 40, 10, 0 } },
    { { TRUE, 0, 0, 86 }, { TRUE, 0, 44, 86 } } },
  { "shift-inside-bounds",
    { 100, 0, 200, 2, 1 }, 2,
    { { 5, 40, 10, 0 }, { 195, 40, 10, 0 } },
    { { TRUE, 0, 0, 88 }, { TRUE, 0, 160, 88 } } },
  { "wider-than-bounds-dropped",
    { 100, 0, 30, 2, 3 }, 1,
    { { 15, 40, 10, 0 } },
    { { FALSE, 0, 0, 88 } } },
  { "no-rows-places-nothing",
    { 100, -INFINITY, INFINITY, 2, 0 }, 2,
    { { 50, 40, 10, 0 }, { 150, 40, 10, 0 } },
    { { FALSE, 0, 30, 88 }, { FALSE, 0, 130, 88 } } },
  { "rows-as-tall-as-tallest-label",
    { 100, -INFINITY, INFINITY, 2, 3 }, 3,
    { { 50, 40, 20, 3 }, { 50, 40, 10, 2 }, { 50, 40, 10, 1 } },
    { { TRUE, 0, 30, 78 }, { TRUE, 1, 30, 66 }, { TRUE, 2, 30, 44 } } },
};

static void
test_label_layout_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (layout_cases); i++)
    {
      const LayoutCase *c = &layout_cases[i];
      HearthLabelPlacement placements[G_N_ELEMENTS (c->candidates)];
      guint expected_placed = 0;

      g_test_message ("case %s", c->name);

      for (guint j = 0; j < c->n_candidates; j++)
        expected_placed += c->expected[j].placed;

      g_assert_cmpuint (hearth_label_layout_place (c->candidates, c->n_candidates, &c->params,
                                                   placements),
                        ==, expected_placed);

      for (guint j = 0; j < c->n_candidates; j++)
        {
          g_assert_cmpint (placements[j].placed, ==, c->expected[j].placed);
          g_assert_cmpuint (placements[j].row, ==, c->expected[j].row);
          g_assert_cmpfloat_with_epsilon (placements[j].x, c->expected[j].x, TOLERANCE);
          g_assert_cmpfloat_with_epsilon (placements[j].y, c->expected[j].y, TOLERANCE);
          g_assert_cmpfloat (placements[j].width, ==, c->candidates[j].width);
          g_assert_cmpfloat (placements[j].height, ==, c->candidates[j].height);
        }
    }
}

/* --- properties on random inputs -------------------------------------- */

typedef struct
{
  guint                    n_candidates;
  HearthLabelCandidate    *candidates;
  HearthLabelPlacement    *placements;
  HearthLabelLayoutParams  params;
  guint                    n_placed;
} RandomLayout;

static void
random_layout_free (RandomLayout *layout)
{
  g_free (layout->candidates);
  g_free (layout->placements);
  g_free (layout);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RandomLayout, random_layout_free)

static RandomLayout *
random_layout_new (void)
{
  RandomLayout *layout = g_new0 (RandomLayout, 1);
  double width = g_test_rand_double_range (100, 1200);

  layout->n_candidates = g_test_rand_int_range (0, 300);
  layout->candidates = g_new0 (HearthLabelCandidate, MAX (layout->n_candidates, 1));
  layout->placements = g_new0 (HearthLabelPlacement, MAX (layout->n_candidates, 1));

  layout->params.axis_y = g_test_rand_double_range (0, 500);
  layout->params.gap = g_test_rand_bit () ? 0 : g_test_rand_double_range (0, 6);
  layout->params.max_rows = g_test_rand_int_range (0, 5);
  if (g_test_rand_bit ())
    {
      layout->params.min_x = 0;
      layout->params.max_x = width;
    }
  else
    {
      layout->params.min_x = -INFINITY;
      layout->params.max_x = INFINITY;
    }

  for (guint i = 0; i < layout->n_candidates; i++)
    {
      HearthLabelCandidate *candidate = &layout->candidates[i];

      candidate->anchor_x = g_test_rand_double_range (-20, width + 20);
      candidate->width = g_test_rand_double_range (0, 120);
      candidate->height = g_test_rand_double_range (0, 18);
      /* Few distinct priorities, so ties are common. */
      candidate->priority = g_test_rand_int_range (-2, 3);
    }

  layout->n_placed = hearth_label_layout_place (layout->candidates, layout->n_candidates,
                                                &layout->params, layout->placements);

  return layout;
}

/* TRUE if @a goes before @b: higher priority, or equal and earlier. */
static gboolean
goes_first (const RandomLayout *layout,
            guint               a,
            guint               b)
{
  int priority_a = layout->candidates[a].priority;
  int priority_b = layout->candidates[b].priority;

  return priority_a > priority_b || (priority_a == priority_b && a < b);
}

/* TRUE if the extents [left, left + width) and @placed's are closer than
 * the gap. */
static gboolean
too_close (double                      left,
           double                      width,
           const HearthLabelPlacement *placed,
           double                      gap)
{
  return left < placed->x + placed->width + gap - TOLERANCE
         && placed->x < left + width + gap - TOLERANCE;
}

static void
test_label_layout_random_never_overlap (void)
{
  for (guint round = 0; round < 200; round++)
    {
      g_autoptr(RandomLayout) layout = random_layout_new ();
      guint n_placed = 0;

      for (guint i = 0; i < layout->n_candidates; i++)
        {
          const HearthLabelCandidate *candidate = &layout->candidates[i];
          const HearthLabelPlacement *placement = &layout->placements[i];
          double centred = candidate->anchor_x - candidate->width / 2;

          g_assert_cmpfloat (placement->width, ==, candidate->width);
          g_assert_cmpfloat (placement->height, ==, candidate->height);

          if (!placement->placed)
            continue;

          n_placed++;
          g_assert_cmpuint (placement->row, <, layout->params.max_rows);

          /* Inside the bounds, and centred on the anchor unless a bound
           * pushed it. */
          g_assert_cmpfloat (placement->x, >=, layout->params.min_x);
          g_assert_cmpfloat (placement->x + placement->width, <=, layout->params.max_x + TOLERANCE);
          if (placement->x != centred)
            g_assert_true (placement->x == layout->params.min_x
                           || fabs (placement->x + placement->width - layout->params.max_x) < TOLERANCE);

          /* Above the axis, keeping the gap. */
          g_assert_cmpfloat (placement->y + placement->height, <=,
                             layout->params.axis_y - layout->params.gap + TOLERANCE);

          for (guint j = 0; j < i; j++)
            {
              const HearthLabelPlacement *other = &layout->placements[j];

              if (!other->placed)
                continue;

              g_assert_false (rectangles_intersect (placement, other));
              if (other->row == placement->row)
                g_assert_false (too_close (placement->x, placement->width, other,
                                           layout->params.gap));
            }
        }

      g_assert_cmpuint (layout->n_placed, ==, n_placed);
    }
}

/* The layout is greedy by priority: a label sits in a row only when every
 * row nearer the axis was taken by a label that went first, and a label is
 * dropped only when every row was. */
static void
test_label_layout_random_greedy_by_priority (void)
{
  for (guint round = 0; round < 200; round++)
    {
      g_autoptr(RandomLayout) layout = random_layout_new ();

      for (guint i = 0; i < layout->n_candidates; i++)
        {
          const HearthLabelPlacement *placement = &layout->placements[i];
          guint blocked_rows;

          if (placement->placed)
            blocked_rows = placement->row;
          else if (placement->width > layout->params.max_x - layout->params.min_x)
            continue;
          else
            blocked_rows = layout->params.max_rows;

          for (guint row = 0; row < blocked_rows; row++)
            {
              gboolean blocked = FALSE;

              for (guint j = 0; j < layout->n_candidates && !blocked; j++)
                {
                  const HearthLabelPlacement *other = &layout->placements[j];

                  blocked = j != i && other->placed && other->row == row
                            && goes_first (layout, j, i)
                            && too_close (placement->x, placement->width, other,
                                          layout->params.gap + 2 * TOLERANCE);
                }

              if (!blocked)
                g_error ("label %u could have gone in row %u", i, row);
            }
        }
    }
}

static void
test_label_layout_refuses_bad_arguments (void)
{
  HearthLabelLayoutParams params = { 100, -INFINITY, INFINITY, 2, 2 };
  HearthLabelCandidate candidates[] = {
    { 50, 40, 10, 0 },
    { 80, -1, 10, 0 },
  };
  HearthLabelPlacement placements[G_N_ELEMENTS (candidates)];

  g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  g_assert_cmpuint (hearth_label_layout_place (candidates, 2, &params, placements), ==, 0);
  g_test_assert_expected_messages ();

  params.gap = -1;
  g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  g_assert_cmpuint (hearth_label_layout_place (candidates, 1, &params, placements), ==, 0);
  g_test_assert_expected_messages ();

  params.gap = 2;
  params.min_x = 10;
  params.max_x = 0;
  g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  g_assert_cmpuint (hearth_label_layout_place (candidates, 1, &params, placements), ==, 0);
  g_test_assert_expected_messages ();

  /* No candidates is not a mistake. */
  params.min_x = 0;
  params.max_x = 100;
  g_assert_cmpuint (hearth_label_layout_place (NULL, 0, &params, NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/label-layout/table", test_label_layout_table);
  g_test_add_func ("/charts/label-layout/random-never-overlap",
                   test_label_layout_random_never_overlap);
  g_test_add_func ("/charts/label-layout/random-greedy-by-priority",
                   test_label_layout_random_greedy_by_priority);
  g_test_add_func ("/charts/label-layout/refuses-bad-arguments",
                   test_label_layout_refuses_bad_arguments);

  return g_test_run ();
}
