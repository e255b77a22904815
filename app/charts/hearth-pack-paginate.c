/* hearth-pack-paginate.c
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

#include <string.h>

#include "hearth-pack-document-private.h"

/* Laying measured blocks onto pages. Pagination only reads the
 * measurements taken when the blocks were added, so it is cheap, and the
 * pages it makes are exactly what drawing (hearth-pack-draw.c) shows. */

#define CONTENT_HEIGHT (HEARTH_PACK_CONTENT_BOTTOM - HEARTH_PACK_CONTENT_TOP)

typedef struct
{
  double before;
  double after;
} Spacing;

static const Spacing style_spacing[] = {
  [HEARTH_PACK_STYLE_TITLE] = { 0.0, 6.0 },
  [HEARTH_PACK_STYLE_SUBTITLE] = { 0.0, 18.0 },
  [HEARTH_PACK_STYLE_HEADING] = { 18.0, 10.0 },
  [HEARTH_PACK_STYLE_SUBHEADING] = { 10.0, 5.0 },
  [HEARTH_PACK_STYLE_BODY] = { 0.0, 6.0 },
  [HEARTH_PACK_STYLE_NOTE] = { 0.0, 6.0 },
  [HEARTH_PACK_STYLE_QUOTE] = { 2.0, 8.0 },
  [HEARTH_PACK_STYLE_LABEL] = { 6.0, 3.0 },
};

#define TABLE_SPACE_BEFORE 2.0
#define TABLE_SPACE_AFTER 12.0
#define FIGURE_SPACE_AFTER 12.0
#define CONTENTS_ENTRY_GAP 3.0

/* The rows a table must start with on a page, unless they are taller
 * than this. */
#define MIN_START_ROWS 3
#define MIN_START_MAX  (CONTENT_HEIGHT / 4.0)

typedef struct
{
  HearthPackDocument *document;
  GArray             *page;   /* borrowed from document->pages */
  double              y;
} Flow;

static HearthPackBlock *
get_block (HearthPackDocument *self,
           guint               index)
{
  return &g_array_index (self->blocks, HearthPackBlock, index);
}

static gboolean
is_heading (const HearthPackBlock *block)
{
  return block->kind == HEARTH_PACK_BLOCK_TEXT
         && (block->style == HEARTH_PACK_STYLE_HEADING
             || block->style == HEARTH_PACK_STYLE_SUBHEADING
             || block->style == HEARTH_PACK_STYLE_LABEL);
}

static void
new_page (Flow *flow)
{
  GArray *page = g_array_new (FALSE, TRUE, sizeof (HearthPackFragment));

  g_array_set_clear_func (page, (GDestroyNotify) hearth_pack_fragment_clear);
  g_ptr_array_add (flow->document->pages, page);
  flow->page = page;
  flow->y = HEARTH_PACK_CONTENT_TOP;
}

static gboolean
at_top (Flow *flow)
{
  return flow->y <= HEARTH_PACK_CONTENT_TOP;
}

static double
room (Flow *flow)
{
  return HEARTH_PACK_CONTENT_BOTTOM - flow->y;
}

static HearthPackFragment *
place (Flow                   *flow,
       HearthPackFragmentKind  kind,
       guint                   block,
       double                  height)
{
  HearthPackFragment fragment = { 0 };

  fragment.kind = kind;
  fragment.block = block;
  fragment.y = flow->y;
  fragment.height = height;
  g_array_append_val (flow->page, fragment);
  flow->y += height;
  return &g_array_index (flow->page, HearthPackFragment, flow->page->len - 1);
}

/* How many lines of @text from @first fit in @space. */
static guint
count_fitting (const HearthPackText *text,
               guint                 first,
               double                space)
{
  guint n = 0;

  while (first + n < text->n_lines
         && text->lines[first + n].bottom - text->lines[first].top <= space)
    n++;
  return n;
}

static double
lines_height (const HearthPackText *text,
              guint                 first,
              guint                 end)
{
  if (first >= end)
    return 0.0;
  return text->lines[end - 1].bottom - text->lines[first].top;
}

static double
header_height (const HearthPackBlock *table)
{
  return table->has_header && table->table_kind == HEARTH_PACK_TABLE_GRID
             ? table->header.height + 2 * HEARTH_PACK_CELL_PAD_Y : 0.0;
}

/* The least of a block that may start a page: what a heading before it
 * needs room for, so it is never left alone at a page's foot. */
static double
min_start (HearthPackDocument *self,
           guint               index,
           guint               depth)
{
  const HearthPackBlock *block;

  if (index >= self->blocks->len || depth > 3)
    return 0.0;
  block = get_block (self, index);

  switch (block->kind)
    {
    case HEARTH_PACK_BLOCK_TEXT:
      if (is_heading (block))
        return block->text.height + style_spacing[block->style].after
               + min_start (self, index + 1, depth + 1);
      return lines_height (&block->text, 0, MIN (block->text.n_lines, 2));

    case HEARTH_PACK_BLOCK_TABLE:
      {
        double first_row = 0.0, first_rows = 0.0;

        if (block->rows->len > 0)
          {
            const HearthPackRow *row = &g_array_index (block->rows, HearthPackRow, 0);

            for (guint c = 0; c < block->n_columns; c++)
              first_row = MAX (first_row, lines_height (&row->cells[c], 0,
                                                        MIN (row->cells[c].n_lines, 2)));
            first_row += 2 * HEARTH_PACK_CELL_PAD_Y;
          }

        /* A table starts with its first few rows, so a page does not end
         * on a header and a single row; a tall first row needs only its
         * first lines. */
        for (guint r = 0; r < MIN (block->rows->len, MIN_START_ROWS); r++)
          first_rows += g_array_index (block->rows, HearthPackRow, r).height
                        + 2 * HEARTH_PACK_CELL_PAD_Y;
        if (first_rows > MIN_START_MAX)
          first_rows = first_row;

        return TABLE_SPACE_BEFORE + header_height (block) + first_rows;
      }

    case HEARTH_PACK_BLOCK_FIGURE:
      return block->height;

    case HEARTH_PACK_BLOCK_CONTENTS:
      return block->text.height;

    case HEARTH_PACK_BLOCK_SPACE:
    case HEARTH_PACK_BLOCK_PAGE_BREAK:
    default:
      return 0.0;
    }
}

static void
flow_text (Flow  *flow,
           guint  index)
{
  HearthPackDocument *self = flow->document;
  HearthPackBlock *block = get_block (self, index);
  const HearthPackText *text = &block->text;
  const Spacing *spacing = &style_spacing[block->style];
  double need;
  guint first = 0;

  need = is_heading (block) ? text->height + spacing->after + min_start (self, index + 1, 0)
                            : lines_height (text, 0, MIN (text->n_lines, 2));
  if (!at_top (flow) && spacing->before + need > room (flow))
    new_page (flow);
  if (!at_top (flow))
    flow->y += spacing->before;

  while (first < text->n_lines)
    {
      guint remaining = text->n_lines - first;
      guint fit = count_fitting (text, first, room (flow));
      HearthPackFragment *fragment;

      if (fit == 0 && !at_top (flow))
        {
          new_page (flow);
          continue;
        }
      /* A line taller than a whole page cannot happen with these fonts;
       * should it, it is drawn rather than lost. */
      fit = MAX (fit, 1);

      /* No paragraph leaves a lone line at a page's foot or head. */
      if (fit < remaining && fit == 1 && remaining > 1 && !at_top (flow))
        {
          new_page (flow);
          continue;
        }
      if (fit == remaining - 1 && fit > 2)
        fit--;

      fragment = place (flow, HEARTH_PACK_FRAGMENT_TEXT, index,
                        lines_height (text, first, first + fit));
      if (first == 0 && block->style == HEARTH_PACK_STYLE_HEADING)
        {
          HearthPackHeading heading = { index, self->pages->len - 1, fragment->y };

          g_array_append_val (self->headings, heading);
        }
      fragment->first = first;
      fragment->end = first + fit;
      first += fit;
      if (first < text->n_lines)
        new_page (flow);
    }

  flow->y += spacing->after;
}

/* The top of a page a table continues on: the note that it continues,
 * then its header row. */
static void
place_table_top (Flow     *flow,
                 guint     index,
                 gboolean  continued)
{
  HearthPackBlock *block = get_block (flow->document, index);

  if (continued && block->has_continued)
    place (flow, HEARTH_PACK_FRAGMENT_CONTINUED, index, block->continued.height + 3.0);
  if (header_height (block) > 0.0)
    place (flow, HEARTH_PACK_FRAGMENT_HEADER, index, header_height (block));
}

static void
place_row_part (Flow  *flow,
                guint  index,
                guint  row_index,
                guint *next,
                guint *end)
{
  HearthPackBlock *block = get_block (flow->document, index);
  HearthPackRow *row = &g_array_index (block->rows, HearthPackRow, row_index);
  HearthPackFragment *fragment;
  double height = 0.0;

  for (guint c = 0; c < block->n_columns; c++)
    height = MAX (height, lines_height (&row->cells[c], next[c], end[c]));

  fragment = place (flow, HEARTH_PACK_FRAGMENT_ROW, index, height + 2 * HEARTH_PACK_CELL_PAD_Y);
  fragment->row = row_index;
  fragment->ranges = g_new (guint, 2 * block->n_columns);
  for (guint c = 0; c < block->n_columns; c++)
    {
      fragment->ranges[2 * c] = next[c];
      fragment->ranges[2 * c + 1] = end[c];
    }
}

static void
flow_row (Flow  *flow,
          guint  index,
          guint  row_index)
{
  HearthPackBlock *block = get_block (flow->document, index);
  HearthPackRow *row = &g_array_index (block->rows, HearthPackRow, row_index);
  double height = row->height + 2 * HEARTH_PACK_CELL_PAD_Y;
  double fresh = CONTENT_HEIGHT - header_height (block)
                 - (block->has_continued ? block->continued.height + 3.0 : 0.0);
  g_autofree guint *next = g_new0 (guint, block->n_columns);
  g_autofree guint *end = g_new0 (guint, block->n_columns);

  /* A row that would fit on a page of its own moves there whole. */
  if (height > room (flow) && height <= fresh)
    {
      new_page (flow);
      place_table_top (flow, index, TRUE);
    }

  /* Otherwise each cell gives the page as many whole lines as fit, and
   * goes on from the next on the page after. */
  for (;;)
    {
      gboolean any = FALSE, done = TRUE;
      double space = room (flow) - 2 * HEARTH_PACK_CELL_PAD_Y;

      for (guint c = 0; c < block->n_columns; c++)
        {
          end[c] = next[c] + count_fitting (&row->cells[c], next[c], space);
          any = any || end[c] > next[c];
          done = done && end[c] == row->cells[c].n_lines;
        }

      /* A page that cannot take one line of any cell is left for the
       * next, unless it is already a fresh one. */
      if (!any && room (flow) < fresh)
        {
          new_page (flow);
          place_table_top (flow, index, TRUE);
          continue;
        }
      if (!any)
        for (guint c = 0; c < block->n_columns; c++)
          end[c] = MIN (next[c] + 1, row->cells[c].n_lines);

      place_row_part (flow, index, row_index, next, end);
      if (done)
        return;

      memcpy (next, end, block->n_columns * sizeof (guint));
      new_page (flow);
      place_table_top (flow, index, TRUE);
    }
}

static void
flow_table (Flow  *flow,
            guint  index)
{
  HearthPackBlock *block = get_block (flow->document, index);

  if (!at_top (flow) && min_start (flow->document, index, 0) > room (flow))
    new_page (flow);
  if (!at_top (flow))
    flow->y += TABLE_SPACE_BEFORE;

  place_table_top (flow, index, FALSE);
  for (guint r = 0; r < block->rows->len; r++)
    flow_row (flow, index, r);
  flow->y += TABLE_SPACE_AFTER;
}

static void
measure_contents (HearthPackDocument *self,
                  guint               index)
{
  HearthPackBlock *block = get_block (self, index);

  for (guint i = 0; i < block->entries->len; i++)
    hearth_pack_text_clear (&g_array_index (block->entries, HearthPackText, i));
  g_array_set_size (block->entries, 0);
  g_array_set_size (block->entry_blocks, 0);

  for (guint b = index + 1; b < self->blocks->len; b++)
    {
      HearthPackBlock *heading = get_block (self, b);
      HearthPackText entry = { 0 };

      if (heading->kind != HEARTH_PACK_BLOCK_TEXT || heading->style != HEARTH_PACK_STYLE_HEADING)
        continue;
      hearth_pack_text_measure (self, &entry, HEARTH_PACK_FONT_BODY,
                                pango_layout_get_text (heading->text.layout), FALSE,
                                HEARTH_PACK_CONTENT_WIDTH - HEARTH_PACK_CONTENTS_NUMBER_WIDTH);
      g_array_append_val (block->entries, entry);
      g_array_append_val (block->entry_blocks, b);
    }
}

static void
flow_contents (Flow  *flow,
               guint  index)
{
  HearthPackBlock *block = get_block (flow->document, index);
  const Spacing *spacing = &style_spacing[HEARTH_PACK_STYLE_SUBHEADING];

  measure_contents (flow->document, index);
  if (!at_top (flow) && spacing->before + block->text.height + spacing->after > room (flow))
    new_page (flow);
  if (!at_top (flow))
    flow->y += spacing->before;
  place (flow, HEARTH_PACK_FRAGMENT_TEXT, index, block->text.height)->end = block->text.n_lines;
  flow->y += spacing->after;

  for (guint i = 0; i < block->entries->len; i++)
    {
      const HearthPackText *entry = &g_array_index (block->entries, HearthPackText, i);

      if (entry->height + CONTENTS_ENTRY_GAP > room (flow) && !at_top (flow))
        new_page (flow);
      place (flow, HEARTH_PACK_FRAGMENT_CONTENTS, index, entry->height + CONTENTS_ENTRY_GAP)->row
          = i;
    }
  flow->y += style_spacing[HEARTH_PACK_STYLE_BODY].after;
}

/**
 * hearth_pack_document_paginate:
 * @self: a document
 *
 * Lays the blocks onto pages, unless nothing has changed since the last
 * time. A heading stays with what follows it; a figure stays whole; a
 * paragraph or a table row that does not fit goes on, whole lines at a
 * time, on the next page, where a table's header row is repeated.
 *
 * Returns: the number of pages, at least one
 */
guint
hearth_pack_document_paginate (HearthPackDocument *self)
{
  Flow flow = { self, NULL, 0.0 };

  g_return_val_if_fail (self != NULL, 0);

  if (self->paginated)
    return self->pages->len;

  g_ptr_array_set_size (self->pages, 0);
  g_array_set_size (self->headings, 0);
  new_page (&flow);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      HearthPackBlock *block = get_block (self, i);

      switch (block->kind)
        {
        case HEARTH_PACK_BLOCK_TEXT:
          flow_text (&flow, i);
          break;

        case HEARTH_PACK_BLOCK_SPACE:
          if (!at_top (&flow))
            flow.y = MIN (flow.y + block->space, HEARTH_PACK_CONTENT_BOTTOM);
          break;

        case HEARTH_PACK_BLOCK_PAGE_BREAK:
          if (flow.page->len > 0)
            new_page (&flow);
          break;

        case HEARTH_PACK_BLOCK_CONTENTS:
          flow_contents (&flow, i);
          break;

        case HEARTH_PACK_BLOCK_TABLE:
          flow_table (&flow, i);
          break;

        case HEARTH_PACK_BLOCK_FIGURE:
          if (!at_top (&flow) && block->height > room (&flow))
            new_page (&flow);
          place (&flow, HEARTH_PACK_FRAGMENT_FIGURE, i, block->height);
          flow.y += FIGURE_SPACE_AFTER;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  /* A trailing page break leaves no blank page behind. */
  if (self->pages->len > 1 && flow.page->len == 0)
    g_ptr_array_set_size (self->pages, self->pages->len - 1);

  self->paginated = TRUE;
  return self->pages->len;
}

/**
 * hearth_pack_document_get_n_pages:
 * @self: a document
 *
 * Returns: the number of pages, laying the document out first if it has
 *   changed
 */
guint
hearth_pack_document_get_n_pages (HearthPackDocument *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return hearth_pack_document_paginate (self);
}
