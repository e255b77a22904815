/* hearth-pack-document.c
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

/* The blocks of a document and how they are measured. The layout onto
 * pages is in hearth-pack-paginate.c, the drawing in hearth-pack-draw.c
 * and the PDF in hearth-pack-pdf.c. */

/* Point sizes: Pango works at 72 dots per inch here, so a point of text
 * is one unit, which is one point of the PDF and of the printed page. */
static const char *font_descriptions[HEARTH_PACK_N_FONTS] = {
  [HEARTH_PACK_FONT_TITLE] = "Cantarell, Sans Bold 22",
  [HEARTH_PACK_FONT_SUBTITLE] = "Cantarell, Sans 12.5",
  [HEARTH_PACK_FONT_HEADING] = "Cantarell, Sans Bold 14",
  [HEARTH_PACK_FONT_SUBHEADING] = "Cantarell, Sans Bold 10.5",
  [HEARTH_PACK_FONT_BODY] = "Cantarell, Sans 9.5",
  [HEARTH_PACK_FONT_NOTE] = "Cantarell, Sans 8.5",
  [HEARTH_PACK_FONT_QUOTE] = "Cantarell, Sans Italic 9.5",
  [HEARTH_PACK_FONT_LABEL] = "Cantarell, Sans Bold 9.5",
  [HEARTH_PACK_FONT_CELL] = "Cantarell, Sans 8.5",
  [HEARTH_PACK_FONT_CELL_BOLD] = "Cantarell, Sans Bold 8.5",
  [HEARTH_PACK_FONT_RUNNING] = "Cantarell, Sans 7.5",
  [HEARTH_PACK_FONT_RUNNING_BOLD] = "Cantarell, Sans Bold 7.5",
};

static void
clear_row (HearthPackRow *row,
           guint          n_columns)
{
  for (guint c = 0; row->cells != NULL && c < n_columns; c++)
    hearth_pack_text_clear (&row->cells[c]);
  g_clear_pointer (&row->cells, g_free);
}

static void
clear_block (HearthPackBlock *block)
{
  hearth_pack_text_clear (&block->text);
  hearth_pack_text_clear (&block->continued);
  if (block->entries != NULL)
    for (guint i = 0; i < block->entries->len; i++)
      hearth_pack_text_clear (&g_array_index (block->entries, HearthPackText, i));
  g_clear_pointer (&block->entries, g_array_unref);
  g_clear_pointer (&block->entry_blocks, g_array_unref);
  if (block->has_header)
    clear_row (&block->header, block->n_columns);
  if (block->rows != NULL)
    for (guint i = 0; i < block->rows->len; i++)
      clear_row (&g_array_index (block->rows, HearthPackRow, i), block->n_columns);
  g_clear_pointer (&block->rows, g_array_unref);
  g_clear_pointer (&block->edges, g_free);
  if (block->destroy != NULL)
    block->destroy (block->user_data);
  block->destroy = NULL;
}

static HearthPackBlock *
append_block (HearthPackDocument  *self,
              HearthPackBlockKind  kind)
{
  HearthPackBlock block = { 0 };

  /* A document that changes is laid out again before it is drawn. */
  self->paginated = FALSE;
  block.kind = kind;
  g_array_append_val (self->blocks, block);
  return &g_array_index (self->blocks, HearthPackBlock, self->blocks->len - 1);
}

static HearthPackBlock *
last_table (HearthPackDocument *self)
{
  HearthPackBlock *block;

  if (self->blocks->len == 0)
    return NULL;
  block = &g_array_index (self->blocks, HearthPackBlock, self->blocks->len - 1);
  return block->kind == HEARTH_PACK_BLOCK_TABLE ? block : NULL;
}

static void
measure_row (HearthPackDocument    *self,
             HearthPackBlock       *table,
             HearthPackRow         *row,
             const char * const    *cells,
             gboolean               markup,
             gboolean               header)
{
  row->cells = g_new0 (HearthPackText, table->n_columns);
  row->height = 0.0;

  for (guint c = 0; c < table->n_columns; c++)
    {
      HearthPackFont font = HEARTH_PACK_FONT_CELL;
      double width = table->edges[c + 1] - table->edges[c] - 2 * HEARTH_PACK_CELL_PAD_X;

      if (header || (table->table_kind == HEARTH_PACK_TABLE_FIELDS && c == 0))
        font = HEARTH_PACK_FONT_CELL_BOLD;
      hearth_pack_text_measure (self, &row->cells[c], font, cells[c] != NULL ? cells[c] : "",
                                markup, width);
      row->height = MAX (row->height, row->cells[c].height);
    }
}

static void
add_row (HearthPackDocument     *self,
         const HearthChartColor *accent,
         const char * const     *cells,
         gboolean                markup)
{
  HearthPackBlock *table = last_table (self);
  HearthPackRow row = { 0 };

  g_return_if_fail (table != NULL);
  g_return_if_fail (cells != NULL);

  self->paginated = FALSE;
  measure_row (self, table, &row, cells, markup, FALSE);
  if (accent != NULL)
    {
      row.accent = *accent;
      row.has_accent = TRUE;
    }
  g_array_append_val (table->rows, row);
}

/**
 * hearth_pack_style_get_font: (skip)
 * @style: a text style
 *
 * Returns: the font text of @style is set in
 */
HearthPackFont
hearth_pack_style_get_font (HearthPackStyle style)
{
  switch (style)
    {
    case HEARTH_PACK_STYLE_TITLE:
      return HEARTH_PACK_FONT_TITLE;
    case HEARTH_PACK_STYLE_SUBTITLE:
      return HEARTH_PACK_FONT_SUBTITLE;
    case HEARTH_PACK_STYLE_HEADING:
      return HEARTH_PACK_FONT_HEADING;
    case HEARTH_PACK_STYLE_SUBHEADING:
      return HEARTH_PACK_FONT_SUBHEADING;
    case HEARTH_PACK_STYLE_NOTE:
      return HEARTH_PACK_FONT_NOTE;
    case HEARTH_PACK_STYLE_QUOTE:
      return HEARTH_PACK_FONT_QUOTE;
    case HEARTH_PACK_STYLE_LABEL:
      return HEARTH_PACK_FONT_LABEL;
    case HEARTH_PACK_STYLE_BODY:
    default:
      return HEARTH_PACK_FONT_BODY;
    }
}

/**
 * hearth_pack_text_measure: (skip)
 * @self: a document
 * @text: (out caller-allocates): where to keep the result
 * @font: the font
 * @string: UTF-8 text, or Pango markup when @markup is %TRUE
 * @markup: whether @string is markup
 * @width: the width to wrap at
 *
 * Wraps @string at @width, at word boundaries and within a word only
 * when a word is wider than the line, and measures every line.
 */
void
hearth_pack_text_measure (HearthPackDocument *self,
                          HearthPackText     *text,
                          HearthPackFont      font,
                          const char         *string,
                          gboolean            markup,
                          double              width)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (HearthPackLine));
  PangoLayoutIter *iter;
  PangoRectangle logical;

  text->layout = pango_layout_new (self->context);
  pango_layout_set_font_description (text->layout, self->fonts[font]);
  pango_layout_set_width (text->layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (text->layout, PANGO_WRAP_WORD_CHAR);

  /* Markup is built by the pack with every record's text escaped; should
   * it still not parse, the text shows as it is rather than not at all.
   * Markup without tags or entities is plain text, and parsed as such. */
  if (markup && strpbrk (string, "<&") != NULL)
    {
      g_autoptr(PangoAttrList) attributes = NULL;
      g_autofree char *plain = NULL;

      if (pango_parse_markup (string, -1, 0, &attributes, &plain, NULL, NULL))
        {
          pango_layout_set_text (text->layout, plain, -1);
          pango_layout_set_attributes (text->layout, attributes);
        }
      else
        pango_layout_set_text (text->layout, string, -1);
    }
  else
    pango_layout_set_text (text->layout, string, -1);

  iter = pango_layout_get_iter (text->layout);
  do
    {
      HearthPackLine line;
      int top, bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      line.x = (double) logical.x / PANGO_SCALE;
      line.top = (double) top / PANGO_SCALE;
      line.bottom = (double) bottom / PANGO_SCALE;
      line.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      g_array_append_val (lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  text->n_lines = lines->len;
  text->lines = (HearthPackLine *) g_array_free (g_steal_pointer (&lines), FALSE);
  text->height = text->lines[text->n_lines - 1].bottom;
}

/**
 * hearth_pack_text_clear: (skip)
 * @text: a measured text
 *
 * Frees what @text holds.
 */
void
hearth_pack_text_clear (HearthPackText *text)
{
  g_clear_object (&text->layout);
  g_clear_pointer (&text->lines, g_free);
  text->n_lines = 0;
  text->height = 0.0;
}

/**
 * hearth_pack_text_draw_lines: (skip)
 * @text: a measured text
 * @cr: where to draw, its source the text's colour
 * @x: the text's left edge
 * @y: where the top of line @first goes
 * @first: the first line to draw
 * @end: the line after the last to draw
 *
 * Draws some lines of @text, and nothing of the others: a line not on
 * this page is not in this page's content, even clipped away.
 */
void
hearth_pack_text_draw_lines (HearthPackText *text,
                             cairo_t        *cr,
                             double          x,
                             double          y,
                             guint           first,
                             guint           end)
{
  GSList *lines;
  double offset;

  if (text->layout == NULL || first >= end)
    return;

  offset = text->lines[first].top;
  lines = pango_layout_get_lines_readonly (text->layout);
  for (guint i = 0; lines != NULL && i < end; i++, lines = lines->next)
    {
      if (i < first)
        continue;
      cairo_move_to (cr, x + text->lines[i].x, y + text->lines[i].baseline - offset);
      pango_cairo_show_layout_line (cr, lines->data);
    }
}

/**
 * hearth_pack_fragment_clear: (skip)
 * @fragment: a placed fragment
 *
 * Frees what @fragment holds.
 */
void
hearth_pack_fragment_clear (HearthPackFragment *fragment)
{
  g_clear_pointer (&fragment->ranges, g_free);
}

/**
 * hearth_pack_document_set_color: (skip)
 * @cr: a Cairo context
 * @rgb: a colour as 0xRRGGBB
 *
 * Makes @rgb the source of @cr.
 */
void
hearth_pack_document_set_color (cairo_t *cr,
                                guint32  rgb)
{
  cairo_set_source_rgb (cr, (rgb >> 16 & 0xff) / 255.0, (rgb >> 8 & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

/**
 * hearth_pack_document_new:
 *
 * Creates an empty document with its own Pango context: at 72 dots per
 * inch and with unhinted metrics, so text measures the same whatever it
 * is drawn on.
 *
 * Returns: (transfer full): the document
 */
HearthPackDocument *
hearth_pack_document_new (void)
{
  HearthPackDocument *self = g_new0 (HearthPackDocument, 1);
  cairo_font_options_t *options;

  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);

  for (guint i = 0; i < HEARTH_PACK_N_FONTS; i++)
    self->fonts[i] = pango_font_description_from_string (font_descriptions[i]);

  self->blocks = g_array_new (FALSE, TRUE, sizeof (HearthPackBlock));
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->headings = g_array_new (FALSE, FALSE, sizeof (HearthPackHeading));
  return self;
}

/**
 * hearth_pack_document_free:
 * @self: (transfer full): a document
 *
 * Frees @self, calling the destroy function of each figure's data.
 */
void
hearth_pack_document_free (HearthPackDocument *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  for (guint i = 0; i < self->blocks->len; i++)
    clear_block (&g_array_index (self->blocks, HearthPackBlock, i));
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->headings, g_array_unref);
  for (guint i = 0; i < HEARTH_PACK_N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->header); i++)
    g_clear_pointer (&self->header[i], g_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->footer); i++)
    g_clear_pointer (&self->footer[i], g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_object (&self->context);
  g_free (self);
}

/**
 * hearth_pack_document_set_header:
 * @self: a document
 * @left: (nullable): text at the left of every page's running header
 * @centre: (nullable): text in its middle, in bold
 * @right: (nullable): text at its right
 *
 * Sets the running header, one line above a rule at the top of every
 * page.
 */
void
hearth_pack_document_set_header (HearthPackDocument *self,
                                 const char         *left,
                                 const char         *centre,
                                 const char         *right)
{
  g_return_if_fail (self != NULL);

  g_free (self->header[0]);
  g_free (self->header[1]);
  g_free (self->header[2]);
  self->header[0] = g_strdup (left);
  self->header[1] = g_strdup (centre);
  self->header[2] = g_strdup (right);
}

/**
 * hearth_pack_document_set_footer:
 * @self: a document
 * @left: (nullable): text at the left of every page's footer
 * @centre: (nullable): text in its middle, in bold
 *
 * Sets the running footer; its right holds "Page N of M".
 */
void
hearth_pack_document_set_footer (HearthPackDocument *self,
                                 const char         *left,
                                 const char         *centre)
{
  g_return_if_fail (self != NULL);

  g_free (self->footer[0]);
  g_free (self->footer[1]);
  self->footer[0] = g_strdup (left);
  self->footer[1] = g_strdup (centre);
}

/**
 * hearth_pack_document_set_title:
 * @self: a document
 * @title: (nullable): the title in the PDF's properties
 *
 * Sets the document's title, as PDF readers show it.
 */
void
hearth_pack_document_set_title (HearthPackDocument *self,
                                const char         *title)
{
  g_return_if_fail (self != NULL);

  g_free (self->title);
  self->title = g_strdup (title);
}

static void
add_text (HearthPackDocument *self,
          HearthPackStyle     style,
          const char         *string,
          gboolean            markup)
{
  HearthPackBlock *block = append_block (self, HEARTH_PACK_BLOCK_TEXT);
  double width = HEARTH_PACK_CONTENT_WIDTH;

  if (style == HEARTH_PACK_STYLE_QUOTE)
    width -= HEARTH_PACK_QUOTE_INDENT;
  block->style = style;
  hearth_pack_text_measure (self, &block->text, hearth_pack_style_get_font (style), string, markup,
                            width);
}

/**
 * hearth_pack_document_add_text:
 * @self: a document
 * @style: how the text looks
 * @text: UTF-8 text, shown as it is; newlines start new lines
 *
 * Adds a paragraph, wrapped to the page's width.
 */
void
hearth_pack_document_add_text (HearthPackDocument *self,
                               HearthPackStyle     style,
                               const char         *text)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  add_text (self, style, text, FALSE);
}

/**
 * hearth_pack_document_add_markup:
 * @self: a document
 * @style: how the text looks
 * @markup: Pango markup, with any record's text escaped
 *
 * Adds a paragraph of marked-up text, wrapped to the page's width.
 */
void
hearth_pack_document_add_markup (HearthPackDocument *self,
                                 HearthPackStyle     style,
                                 const char         *markup)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (markup != NULL);

  add_text (self, style, markup, TRUE);
}

/**
 * hearth_pack_document_add_space:
 * @self: a document
 * @points: how much
 *
 * Adds vertical space, dropped at the top of a page.
 */
void
hearth_pack_document_add_space (HearthPackDocument *self,
                                double              points)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (points >= 0.0);

  append_block (self, HEARTH_PACK_BLOCK_SPACE)->space = points;
}

/**
 * hearth_pack_document_add_page_break:
 * @self: a document
 *
 * Starts a new page, unless the current one is still empty.
 */
void
hearth_pack_document_add_page_break (HearthPackDocument *self)
{
  g_return_if_fail (self != NULL);

  append_block (self, HEARTH_PACK_BLOCK_PAGE_BREAK);
}

/**
 * hearth_pack_document_add_contents:
 * @self: a document
 * @title: the list's title, such as "Contents"
 *
 * Adds a list of the section headings that follow it, each with the
 * number of the page it starts on.
 */
void
hearth_pack_document_add_contents (HearthPackDocument *self,
                                   const char         *title)
{
  HearthPackBlock *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (title != NULL);

  block = append_block (self, HEARTH_PACK_BLOCK_CONTENTS);
  block->style = HEARTH_PACK_STYLE_SUBHEADING;
  hearth_pack_text_measure (self, &block->text, HEARTH_PACK_FONT_SUBHEADING, title, FALSE,
                            HEARTH_PACK_CONTENT_WIDTH);
  block->entries = g_array_new (FALSE, TRUE, sizeof (HearthPackText));
  block->entry_blocks = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * hearth_pack_document_add_table:
 * @self: a document
 * @kind: how the table looks
 * @n_columns: how many columns, at least one
 * @widths: (array length=n_columns): each column's share of the width;
 *   they are scaled to fill it
 * @header: (array length=n_columns) (nullable): the header row, required
 *   for a grid
 * @continued: (nullable): a line shown above the repeated header where
 *   the table continues on a new page, such as "Chronology, continued"
 *
 * Starts a table; add its rows with hearth_pack_document_add_row().
 */
void
hearth_pack_document_add_table (HearthPackDocument  *self,
                                HearthPackTableKind  kind,
                                guint                n_columns,
                                const double        *widths,
                                const char * const  *header,
                                const char          *continued)
{
  HearthPackBlock *block;
  double total = 0.0, x = 0.0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (n_columns > 0 && widths != NULL);
  g_return_if_fail (kind != HEARTH_PACK_TABLE_GRID || header != NULL);

  for (guint c = 0; c < n_columns; c++)
    total += MAX (widths[c], 0.0);
  g_return_if_fail (total > 0.0);

  block = append_block (self, HEARTH_PACK_BLOCK_TABLE);
  block->table_kind = kind;
  block->n_columns = n_columns;
  block->edges = g_new (double, n_columns + 1);
  for (guint c = 0; c < n_columns; c++)
    {
      block->edges[c] = x;
      x += MAX (widths[c], 0.0) / total * HEARTH_PACK_CONTENT_WIDTH;
    }
  block->edges[n_columns] = HEARTH_PACK_CONTENT_WIDTH;
  block->rows = g_array_new (FALSE, TRUE, sizeof (HearthPackRow));

  if (header != NULL)
    {
      block->has_header = TRUE;
      measure_row (self, block, &block->header, header, FALSE, TRUE);
    }
  if (continued != NULL)
    {
      block->has_continued = TRUE;
      hearth_pack_text_measure (self, &block->continued, HEARTH_PACK_FONT_NOTE, continued, FALSE,
                                HEARTH_PACK_CONTENT_WIDTH);
    }
}

/**
 * hearth_pack_document_add_row:
 * @self: a document whose last block is a table
 * @accent: (nullable): a colour for a bar down the row's left edge
 * @cells: (array): one UTF-8 text per column, shown as it is; %NULL for
 *   an empty cell
 *
 * Adds a row to the table last added. Each cell wraps to its column.
 */
void
hearth_pack_document_add_row (HearthPackDocument     *self,
                              const HearthChartColor *accent,
                              const char * const     *cells)
{
  g_return_if_fail (self != NULL);

  add_row (self, accent, cells, FALSE);
}

/**
 * hearth_pack_document_add_markup_row:
 * @self: a document whose last block is a table
 * @accent: (nullable): a colour for a bar down the row's left edge
 * @cells: (array): one cell of Pango markup per column, with any
 *   record's text escaped; %NULL for an empty cell
 *
 * Adds a row of marked-up cells to the table last added.
 */
void
hearth_pack_document_add_markup_row (HearthPackDocument     *self,
                                     const HearthChartColor *accent,
                                     const char * const     *cells)
{
  g_return_if_fail (self != NULL);

  add_row (self, accent, cells, TRUE);
}

/**
 * hearth_pack_document_add_figure:
 * @self: a document
 * @height: the figure's height; the width is the page's. A figure
 *   taller than a page is given a page's height.
 * @draw: draws the figure
 * @user_data: passed to @draw
 * @destroy: (nullable): frees @user_data with the document
 *
 * Adds a figure, such as a chart, kept whole on one page.
 */
void
hearth_pack_document_add_figure (HearthPackDocument *self,
                                 double              height,
                                 HearthPackDrawFunc  draw,
                                 gpointer            user_data,
                                 GDestroyNotify      destroy)
{
  HearthPackBlock *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (height > 0.0);
  g_return_if_fail (draw != NULL);

  block = append_block (self, HEARTH_PACK_BLOCK_FIGURE);
  block->height = MIN (height, HEARTH_PACK_CONTENT_BOTTOM - HEARTH_PACK_CONTENT_TOP);
  block->draw = draw;
  block->user_data = user_data;
  block->destroy = destroy;
}
