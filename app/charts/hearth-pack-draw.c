/* hearth-pack-draw.c
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

#define G_LOG_DOMAIN "hearth-charts"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-pack-document-private.h"

/* Drawing a laid-out page: the running header and footer, then each
 * fragment pagination placed, onto any cairo_t. */

/* The document's colours, as 0xRRGGBB: ink on white, with one accent. */
#define INK         0x1d232b
#define MUTED       0x5b6470
#define RULE        0xc3cad3
#define RULE_STRONG 0x6b7582
#define HEADER_FILL 0xe6ebf1
#define ACCENT      0x1f4e79
#define QUOTE_BAR   0x9aa7b5

/* Where the running header and footer sit. */
#define RUNNING_HEADER_Y      36.0
#define RUNNING_HEADER_RULE_Y 52.0
#define RUNNING_FOOTER_RULE_Y (HEARTH_PACK_PAGE_HEIGHT - 52.0)
#define RUNNING_FOOTER_Y      (HEARTH_PACK_PAGE_HEIGHT - 46.0)

static HearthPackBlock *
get_block (HearthPackDocument *self,
           guint               index)
{
  return &g_array_index (self->blocks, HearthPackBlock, index);
}

static void
draw_running_text (HearthPackDocument *self,
                   cairo_t            *cr,
                   const char         *text,
                   HearthPackFont      font,
                   double              y,
                   double              align)
{
  HearthPackText measured = { 0 };
  PangoRectangle logical;
  double x;

  if (text == NULL || text[0] == '\0')
    return;

  /* One line: a running header is never wrapped, so it is measured at
   * the full width and placed by its own width. */
  hearth_pack_text_measure (self, &measured, font, text, FALSE, HEARTH_PACK_CONTENT_WIDTH);
  pango_layout_get_extents (measured.layout, NULL, &logical);
  x = HEARTH_PACK_CONTENT_LEFT
      + (HEARTH_PACK_CONTENT_WIDTH - (double) logical.width / PANGO_SCALE) * align;
  hearth_pack_text_draw_lines (&measured, cr, x - measured.lines[0].x, y, 0, 1);
  hearth_pack_text_clear (&measured);
}

static void
draw_rule (cairo_t *cr,
           double   y,
           double   width,
           guint32  color)
{
  hearth_pack_document_set_color (cr, color);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, HEARTH_PACK_CONTENT_LEFT, y);
  cairo_line_to (cr, HEARTH_PACK_CONTENT_LEFT + HEARTH_PACK_CONTENT_WIDTH, y);
  cairo_stroke (cr);
}

static void
draw_running (HearthPackDocument *self,
              cairo_t            *cr,
              guint               page)
{
  g_autofree char *number = NULL;

  hearth_pack_document_set_color (cr, MUTED);
  draw_running_text (self, cr, self->header[0], HEARTH_PACK_FONT_RUNNING, RUNNING_HEADER_Y, 0.0);
  draw_running_text (self, cr, self->header[2], HEARTH_PACK_FONT_RUNNING, RUNNING_HEADER_Y, 1.0);
  draw_running_text (self, cr, self->footer[0], HEARTH_PACK_FONT_RUNNING, RUNNING_FOOTER_Y, 0.0);
  /* Translators: the page number in a printed document's footer. */
  number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  draw_running_text (self, cr, number, HEARTH_PACK_FONT_RUNNING, RUNNING_FOOTER_Y, 1.0);

  hearth_pack_document_set_color (cr, INK);
  draw_running_text (self, cr, self->header[1], HEARTH_PACK_FONT_RUNNING_BOLD, RUNNING_HEADER_Y,
                     0.5);
  draw_running_text (self, cr, self->footer[1], HEARTH_PACK_FONT_RUNNING_BOLD, RUNNING_FOOTER_Y,
                     0.5);

  draw_rule (cr, RUNNING_HEADER_RULE_Y, 0.5, RULE);
  draw_rule (cr, RUNNING_FOOTER_RULE_Y, 0.5, RULE);
}

static void
draw_text_fragment (HearthPackDocument       *self,
                    cairo_t                  *cr,
                    const HearthPackFragment *fragment)
{
  HearthPackBlock *block = get_block (self, fragment->block);
  double x = HEARTH_PACK_CONTENT_LEFT;

  switch (block->style)
    {
    case HEARTH_PACK_STYLE_HEADING:
      hearth_pack_document_set_color (cr, ACCENT);
      break;
    case HEARTH_PACK_STYLE_SUBTITLE:
    case HEARTH_PACK_STYLE_NOTE:
      hearth_pack_document_set_color (cr, MUTED);
      break;
    case HEARTH_PACK_STYLE_QUOTE:
      hearth_pack_document_set_color (cr, QUOTE_BAR);
      cairo_rectangle (cr, x + 2.0, fragment->y, 2.0, fragment->height);
      cairo_fill (cr);
      x += HEARTH_PACK_QUOTE_INDENT;
      hearth_pack_document_set_color (cr, INK);
      break;
    default:
      hearth_pack_document_set_color (cr, INK);
      break;
    }

  hearth_pack_text_draw_lines (&block->text, cr, x, fragment->y, fragment->first, fragment->end);

  /* A section heading is underlined once, under its last line. */
  if (block->style == HEARTH_PACK_STYLE_HEADING && fragment->end == block->text.n_lines)
    draw_rule (cr, fragment->y + fragment->height + 3.0, 0.75, ACCENT);
}

static void
draw_cells (HearthPackBlock *block,
            HearthPackRow   *row,
            cairo_t         *cr,
            double           y,
            const guint     *ranges)
{
  for (guint c = 0; c < block->n_columns; c++)
    {
      HearthPackText *cell = &row->cells[c];
      guint first = ranges != NULL ? ranges[2 * c] : 0;
      guint end = ranges != NULL ? ranges[2 * c + 1] : cell->n_lines;

      hearth_pack_text_draw_lines (cell, cr,
                                   HEARTH_PACK_CONTENT_LEFT + block->edges[c]
                                   + HEARTH_PACK_CELL_PAD_X,
                                   y + HEARTH_PACK_CELL_PAD_Y, first, end);
    }
}

static void
draw_row_fragment (HearthPackDocument       *self,
                   cairo_t                  *cr,
                   const HearthPackFragment *fragment)
{
  HearthPackBlock *block = get_block (self, fragment->block);
  gboolean grid = block->table_kind == HEARTH_PACK_TABLE_GRID;
  double left = HEARTH_PACK_CONTENT_LEFT;

  if (fragment->kind == HEARTH_PACK_FRAGMENT_HEADER)
    {
      hearth_pack_document_set_color (cr, HEADER_FILL);
      cairo_rectangle (cr, left, fragment->y, HEARTH_PACK_CONTENT_WIDTH, fragment->height);
      cairo_fill (cr);
      draw_rule (cr, fragment->y, 0.75, RULE_STRONG);
      draw_rule (cr, fragment->y + fragment->height, 0.75, RULE_STRONG);
      hearth_pack_document_set_color (cr, INK);
      draw_cells (block, &block->header, cr, fragment->y, NULL);
      return;
    }

  {
    HearthPackRow *row = &g_array_index (block->rows, HearthPackRow, fragment->row);

    if (row->has_accent)
      {
        hearth_chart_color_set_source (&row->accent, cr);
        cairo_rectangle (cr, left, fragment->y + 1.0, 2.5, fragment->height - 2.0);
        cairo_fill (cr);
      }
    draw_rule (cr, fragment->y + fragment->height, grid ? 0.5 : 0.35, RULE);

    /* A fields table's labels are muted; the values are ink. */
    hearth_pack_document_set_color (cr, INK);
    if (!grid)
      {
        HearthPackText *label = &row->cells[0];

        hearth_pack_document_set_color (cr, MUTED);
        hearth_pack_text_draw_lines (label, cr, left + HEARTH_PACK_CELL_PAD_X,
                                     fragment->y + HEARTH_PACK_CELL_PAD_Y, fragment->ranges[0],
                                     fragment->ranges[1]);
        hearth_pack_document_set_color (cr, INK);
        for (guint c = 1; c < block->n_columns; c++)
          hearth_pack_text_draw_lines (&row->cells[c], cr,
                                       left + block->edges[c] + HEARTH_PACK_CELL_PAD_X,
                                       fragment->y + HEARTH_PACK_CELL_PAD_Y,
                                       fragment->ranges[2 * c], fragment->ranges[2 * c + 1]);
        return;
      }
    draw_cells (block, row, cr, fragment->y, fragment->ranges);

    /* A row that goes on from the page before says so where its first
     * cell has nothing left to show, so the reader knows whose it is. */
    if (fragment->ranges[0] == fragment->ranges[1] && fragment->ranges[0] > 0)
      {
        HearthPackText note = { 0 };

        /* Translators: in the first cell of a table row that goes on
         * from the page before. */
        hearth_pack_text_measure (self, &note, HEARTH_PACK_FONT_CELL, _("(continued)"), FALSE,
                                  block->edges[1] - 2 * HEARTH_PACK_CELL_PAD_X);
        hearth_pack_document_set_color (cr, MUTED);
        hearth_pack_text_draw_lines (&note, cr, left + HEARTH_PACK_CELL_PAD_X,
                                     fragment->y + HEARTH_PACK_CELL_PAD_Y, 0, 1);
        hearth_pack_text_clear (&note);
      }
  }
}

static guint
find_heading_page (HearthPackDocument *self,
                   guint               block,
                   double             *y)
{
  for (guint i = 0; i < self->headings->len; i++)
    {
      const HearthPackHeading *heading = &g_array_index (self->headings, HearthPackHeading, i);

      if (heading->block == block)
        {
          *y = heading->y;
          return heading->page;
        }
    }
  *y = HEARTH_PACK_CONTENT_TOP;
  return 0;
}

static void
draw_contents_entry (HearthPackDocument       *self,
                     cairo_t                  *cr,
                     const HearthPackFragment *fragment)
{
  HearthPackBlock *block = get_block (self, fragment->block);
  HearthPackText *entry = &g_array_index (block->entries, HearthPackText, fragment->row);
  guint heading = g_array_index (block->entry_blocks, guint, fragment->row);
  HearthPackText number = { 0 };
  g_autofree char *text = NULL;
  g_autofree char *link = NULL;
  PangoRectangle logical;
  double target_y;
  guint page = find_heading_page (self, heading, &target_y);

  /* In a PDF the entry links to its section; elsewhere tags do nothing. */
  link = g_strdup_printf ("page=%u pos=[%g %g]", page + 1, HEARTH_PACK_CONTENT_LEFT, target_y);
  cairo_tag_begin (cr, CAIRO_TAG_LINK, link);

  hearth_pack_document_set_color (cr, INK);
  hearth_pack_text_draw_lines (entry, cr, HEARTH_PACK_CONTENT_LEFT, fragment->y, 0,
                               entry->n_lines);

  text = g_strdup_printf ("%u", page + 1);
  hearth_pack_text_measure (self, &number, HEARTH_PACK_FONT_BODY, text, FALSE,
                            HEARTH_PACK_CONTENTS_NUMBER_WIDTH);
  pango_layout_get_extents (number.layout, NULL, &logical);
  hearth_pack_text_draw_lines (&number, cr,
                               HEARTH_PACK_CONTENT_LEFT + HEARTH_PACK_CONTENT_WIDTH
                               - (double) logical.width / PANGO_SCALE - number.lines[0].x,
                               fragment->y + entry->lines[entry->n_lines - 1].top, 0, 1);
  hearth_pack_text_clear (&number);

  cairo_tag_end (cr, CAIRO_TAG_LINK);
}

static void
draw_figure (HearthPackDocument       *self,
             cairo_t                  *cr,
             const HearthPackFragment *fragment)
{
  HearthPackBlock *block = get_block (self, fragment->block);

  cairo_save (cr);
  cairo_translate (cr, HEARTH_PACK_CONTENT_LEFT, fragment->y);
  cairo_rectangle (cr, 0, 0, HEARTH_PACK_CONTENT_WIDTH, fragment->height);
  cairo_clip (cr);
  block->draw (cr, HEARTH_PACK_CONTENT_WIDTH, fragment->height, block->user_data);
  cairo_restore (cr);
}

/**
 * hearth_pack_document_draw_page:
 * @self: a document
 * @cr: where to draw, in points, with the page's top-left corner at the
 *   origin: a PDF page, a print context's, or a scaled image
 * @page: the page, from 0
 *
 * Draws one page: the running header and footer with its number, and
 * what pagination placed on it. Lays the document out first if it has
 * changed.
 */
void
hearth_pack_document_draw_page (HearthPackDocument *self,
                                cairo_t            *cr,
                                guint               page)
{
  GArray *fragments;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < hearth_pack_document_paginate (self));

  fragments = g_ptr_array_index (self->pages, page);

  cairo_save (cr);
  cairo_new_path (cr);
  draw_running (self, cr, page);

  for (guint i = 0; i < fragments->len; i++)
    {
      const HearthPackFragment *fragment = &g_array_index (fragments, HearthPackFragment, i);
      HearthPackBlock *block = get_block (self, fragment->block);

      switch (fragment->kind)
        {
        case HEARTH_PACK_FRAGMENT_TEXT:
          draw_text_fragment (self, cr, fragment);
          break;

        case HEARTH_PACK_FRAGMENT_CONTINUED:
          hearth_pack_document_set_color (cr, MUTED);
          hearth_pack_text_draw_lines (&block->continued, cr, HEARTH_PACK_CONTENT_LEFT,
                                       fragment->y, 0, block->continued.n_lines);
          break;

        case HEARTH_PACK_FRAGMENT_HEADER:
        case HEARTH_PACK_FRAGMENT_ROW:
          draw_row_fragment (self, cr, fragment);
          break;

        case HEARTH_PACK_FRAGMENT_CONTENTS:
          draw_contents_entry (self, cr, fragment);
          break;

        case HEARTH_PACK_FRAGMENT_FIGURE:
          draw_figure (self, cr, fragment);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  cairo_restore (cr);
}
