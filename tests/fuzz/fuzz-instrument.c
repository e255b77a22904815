/* fuzz-instrument.c
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

#include <libxml/xmlerror.h>
#include <stdint.h>

#include "core/hearth-instrument.h"

/*
 * libFuzzer target: the instrument loader, from bytes to a validated
 * instrument (XML parsing with the untrusted-XML guards, the RelaxNG
 * schema, and the semantic checks). Any input must end in an instrument
 * or a GError, never a crash, a leak or undefined behaviour.
 */

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

/* Anything libxml2 prints on its own goes to standard error and may quote
 * the file: that is a finding too (it once printed bytes of a file whose
 * declared encoding could not be converted). */
static void
generic_error_trap (void       *context,
                    const char *format,
                    ...)
{
  __builtin_trap ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  xmlSetGenericErrorFunc (NULL, generic_error_trap);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthInstrument) instrument = NULL;

  instrument = hearth_instrument_new_from_bytes (bytes, "fuzz.xml", &error);

  /* Exactly one of the two, and an error is one sentence. */
  if ((instrument == NULL) == (error == NULL))
    __builtin_trap ();
  if (error != NULL && (error->message == NULL || error->message[0] == '\0'))
    __builtin_trap ();

  return 0;
}
