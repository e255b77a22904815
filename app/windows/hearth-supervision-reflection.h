/* hearth-supervision-reflection.h
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

G_BEGIN_DECLS

/**
 * HearthReflectionPrompt:
 * @HEARTH_REFLECTION_LIVED_EXPERIENCE: the child's lived experience
 * @HEARTH_REFLECTION_WORKING_WELL: what is working well
 * @HEARTH_REFLECTION_WORRIES: what worries us
 * @HEARTH_REFLECTION_CHANGED: what has changed and what has not
 *
 * The prompts for reflection in supervision, in the order they are
 * discussed and stored.
 */
typedef enum
{
  HEARTH_REFLECTION_LIVED_EXPERIENCE,
  HEARTH_REFLECTION_WORKING_WELL,
  HEARTH_REFLECTION_WORRIES,
  HEARTH_REFLECTION_CHANGED,
} HearthReflectionPrompt;

#define HEARTH_REFLECTION_N_PROMPTS (HEARTH_REFLECTION_CHANGED + 1)

const char  *hearth_supervision_reflection_get_heading  (HearthReflectionPrompt   prompt);
const char  *hearth_supervision_reflection_get_question (HearthReflectionPrompt   prompt);
char        *hearth_supervision_reflection_join         (const char * const      *sections);
char       **hearth_supervision_reflection_split        (const char              *reflection);

G_END_DECLS
