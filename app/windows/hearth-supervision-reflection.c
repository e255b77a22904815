/* hearth-supervision-reflection.c
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

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <glib/gi18n.h>

#include "core/hearth-supervision.h"

#include "hearth-supervision-reflection.h"

/* The supervision record keeps its reflection as one text: each prompt's
 * answer under a heading line that starts with
 * HEARTH_SUPERVISION_REFLECTION_MARK, in the order of
 * HearthReflectionPrompt. The text reads well on its own (in an export or
 * the printed pack) and splits back into the prompts by position, so a
 * record written in one language reopens in another. A line of an answer
 * that itself starts with "#" is written with a backslash before it. The
 * reading is shared with the pack, in hearth_supervision_read_reflection(). */

/**
 * hearth_supervision_reflection_get_heading:
 * @prompt: a prompt
 *
 * Returns: (transfer none): the prompt's translated heading
 */
const char *
hearth_supervision_reflection_get_heading (HearthReflectionPrompt prompt)
{
  switch (prompt)
    {
    case HEARTH_REFLECTION_LIVED_EXPERIENCE:
      return _("The child’s lived experience");
    case HEARTH_REFLECTION_WORKING_WELL:
      return _("What is working well");
    case HEARTH_REFLECTION_WORRIES:
      return _("What worries us");
    case HEARTH_REFLECTION_CHANGED:
      return _("What has changed, and what has not");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * hearth_supervision_reflection_get_question:
 * @prompt: a prompt
 *
 * Returns: (transfer none): a translated question that opens the prompt up
 */
const char *
hearth_supervision_reflection_get_question (HearthReflectionPrompt prompt)
{
  switch (prompt)
    {
    case HEARTH_REFLECTION_LIVED_EXPERIENCE:
      return _("What is a day like for each child in this home? What have they said, and what "
               "does their behaviour tell us?");
    case HEARTH_REFLECTION_WORKING_WELL:
      return _("Strengths in the family and the network, and what the family has done.");
    case HEARTH_REFLECTION_WORRIES:
      return _("What might happen to the children if nothing changes? What are we not seeing?");
    case HEARTH_REFLECTION_CHANGED:
      return _("Has any change lasted? Are we seeing compliance rather than change?");
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/**
 * hearth_supervision_reflection_join:
 * @sections: (array fixed-size=4) (nullable): the answer to each prompt, in
 *   the order of #HearthReflectionPrompt; any may be %NULL
 *
 * Writes the answers as one text with a heading before each.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when every
 *   answer is blank
 */
char *
hearth_supervision_reflection_join (const char * const *sections)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean any = FALSE;

  for (guint i = 0; sections != NULL && i < HEARTH_REFLECTION_N_PROMPTS; i++)
    any = any || !is_blank (sections[i]);
  if (!any)
    return NULL;

  for (guint i = 0; i < HEARTH_REFLECTION_N_PROMPTS; i++)
    {
      g_autofree char *answer = NULL;
      g_auto(GStrv) lines = NULL;

      if (i > 0)
        g_string_append (text, "\n\n");
      g_string_append_printf (text, HEARTH_SUPERVISION_REFLECTION_MARK "%s\n",
                              hearth_supervision_reflection_get_heading (i));

      if (is_blank (sections[i]))
        continue;
      answer = g_strstrip (g_strdup (sections[i]));
      lines = g_strsplit (answer, "\n", -1);
      for (guint l = 0; lines[l] != NULL; l++)
        {
          if (l > 0)
            g_string_append_c (text, '\n');
          if (lines[l][0] == '#' || lines[l][0] == '\\')
            g_string_append_c (text, '\\');
          g_string_append (text, lines[l]);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * hearth_supervision_reflection_split:
 * @reflection: (nullable): a reflection as stored
 *
 * Reads a reflection back into the answer to each prompt. Text before the
 * first heading (written before prompts existed, or imported) belongs to
 * the first prompt; sections past the last prompt join the last.
 *
 * Returns: (transfer full): four answers, possibly empty, never %NULL
 */
char **
hearth_supervision_reflection_split (const char *reflection)
{
  g_autoptr(GPtrArray) read = hearth_supervision_read_reflection (reflection);
  GString *sections[HEARTH_REFLECTION_N_PROMPTS];
  char **result = g_new0 (char *, HEARTH_REFLECTION_N_PROMPTS + 1);
  int headings = 0;

  for (guint i = 0; i < HEARTH_REFLECTION_N_PROMPTS; i++)
    sections[i] = g_string_new (NULL);

  for (guint s = 0; s < read->len; s++)
    {
      const HearthReflectionSection *section = g_ptr_array_index (read, s);
      int current = 0;

      /* The first heading opens the first prompt, even after a preamble
       * that already went there. */
      if (section->heading != NULL)
        {
          current = MIN (headings, HEARTH_REFLECTION_N_PROMPTS - 1);
          headings++;
        }
      g_string_append (sections[current], section->text);
    }

  /* Blank lines between sections belong to neither. */
  for (guint i = 0; i < HEARTH_REFLECTION_N_PROMPTS; i++)
    result[i] = g_strstrip (g_string_free (sections[i], FALSE));

  return result;
}
