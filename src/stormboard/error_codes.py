# ruff: noqa: E501 - each template is one literal on one line, so lupdate reads it whole
"""Error codes: every layer raises an error with a code and parameters, the UI says it.

Outside the layers (every layer may import it; it imports nothing of the package), this is the
one registry of code -> English template. ``str(error)`` is the English sentence (the CLI prints
that); ``ui/error_text.sentence`` turns the code and parameters into the UI language's sentence
from the catalogues, context ``Errors``. lupdate reads this file itself (``ui.i18n.ui_sources``):
the ``QT_TRANSLATE_NOOP`` markers below are what it looks for, so a template is written once.

- :class:`CodedError`: an exception with ``code`` and ``params``; mix it into a layer's error.
- :class:`Phrase`: a coded phrase used as a parameter (a "what", a reason); a ``str`` whose
  value is the English phrase, so it formats and compares like the text it stands for.
- :class:`Term`: a word the UI already translates in another context (a notation kind...).
- :func:`os_problem`: what an OSError means for the user, as a Phrase (disk full, denied...).

A test walks every code and checks an English and a Persian sentence with the same parameters,
and an AST scan of ``src/`` refuses an uncoded ``raise`` in the layers that reach the user
(ADR 0184, ADR 0210).
"""

from __future__ import annotations

import errno


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogues (lupdate finds the call by name); returns it as is."""
    return text


#: code -> English template; the parameters in braces (str.format), one sentence (or phrase) each
MESSAGES: dict[str, str] = {
    # -- export/poster -----------------------------------------------------------------------
    "poster.no_lane": QT_TRANSLATE_NOOP("Errors", "There is no lane '{lane}' on this board."),
    "poster.no_chapter_number": QT_TRANSLATE_NOOP("Errors", "Chapter {number} does not exist; this board has chapters 1 to {count}."),
    "poster.no_chapter_name": QT_TRANSLATE_NOOP("Errors", "There is no chapter named '{name}' on this board."),
    "poster.selection_missing": QT_TRANSLATE_NOOP("Errors", "The selection names {count} sticky(s) not on this board."),
    "poster.nothing_to_print": QT_TRANSLATE_NOOP("Errors", "Nothing to print: the {what} holds no stickies."),
    "poster.paper_too_small": QT_TRANSLATE_NOOP("Errors", "The paper is too small for the title block and legend."),
    "poster.overlap_too_wide": QT_TRANSLATE_NOOP("Errors", "Overlap {overlap:g} mm is larger than the printable width of {paper} ({width:.0f} mm)."),
    "poster.width_needs_sheets": QT_TRANSLATE_NOOP("Errors", "Scale width:N needs sheets or a portrait roll."),
    "poster.tile_onto_roll": QT_TRANSLATE_NOOP("Errors", "Tile onto sheets (A4, A3, Letter...), not onto a roll."),
    "poster.margin_too_wide": QT_TRANSLATE_NOOP("Errors", "A margin of {margin:g} mm leaves nothing of {paper} to print on."),
    "poster.overlap_too_large": QT_TRANSLATE_NOOP("Errors", "Overlap {overlap:g} mm is larger than the printable area of {paper} ({width:.0f} × {height:.0f} mm)."),
    "poster.no_orientation": QT_TRANSLATE_NOOP("Errors", "No page orientation fits the poster."),
    "poster.too_many_pages": QT_TRANSLATE_NOOP("Errors", "That would print {pages} pages; choose a smaller scale or larger paper."),
    "poster.custom_paper_size": QT_TRANSLATE_NOOP("Errors", "Custom paper '{name}' must be between 10 and 20000 mm each way."),
    "poster.unknown_roll": QT_TRANSLATE_NOOP("Errors", "Unknown roll width {width} mm; rolls are {sizes} mm wide."),
    "poster.unknown_paper": QT_TRANSLATE_NOOP("Errors", "Unknown paper '{name}'; use one of {known}, or a size like 600x900mm."),
    "poster.bad_length": QT_TRANSLATE_NOOP("Errors", "{what} '{text}' is not a length like 10mm, 1cm or 0.5in."),
    "poster.negative_length": QT_TRANSLATE_NOOP("Errors", "{what} must be zero or more."),
    "poster.width_pages": QT_TRANSLATE_NOOP("Errors", "Scale width:N needs between 1 and 50 pages across."),
    "poster.width_range": QT_TRANSLATE_NOOP("Errors", "A poster width must be between 50 mm and 100 m."),
    "poster.percent_range": QT_TRANSLATE_NOOP("Errors", "A percentage scale must be between 1% and 1000%."),
    # -- operating system problems (phrases: os_problem) -----------------------------------
    "os.disk_full": QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    "os.denied": QT_TRANSLATE_NOOP("Errors", "permission denied"),
    "os.read_only": QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
    "os.missing": QT_TRANSLATE_NOOP("Errors", "the file or folder does not exist"),
    "os.is_folder": QT_TRANSLATE_NOOP("Errors", "it is a folder"),
    "os.not_folder": QT_TRANSLATE_NOOP("Errors", "a part of the path is not a folder"),
    "os.exists": QT_TRANSLATE_NOOP("Errors", "the file already exists"),
    "os.too_big": QT_TRANSLATE_NOOP("Errors", "the file is too large"),
    "os.quota": QT_TRANSLATE_NOOP("Errors", "the disk quota is used up"),
    "os.io": QT_TRANSLATE_NOOP("Errors", "the disk could not be read or written"),
    "os.name_too_long": QT_TRANSLATE_NOOP("Errors", "the file name is too long"),
    "os.busy": QT_TRANSLATE_NOOP("Errors", "the file is busy"),
    "os.other": QT_TRANSLATE_NOOP("Errors", "system error: {detail}"),
    "os.on_file": QT_TRANSLATE_NOOP("Errors", "{name}: {problem}."),
    # -- app/input ---------------------------------------------------------------------
    "input.kind_fifo": QT_TRANSLATE_NOOP("Errors", "a pipe (FIFO)"),
    "input.kind_char_device": QT_TRANSLATE_NOOP("Errors", "a character device"),
    "input.kind_block_device": QT_TRANSLATE_NOOP("Errors", "a block device"),
    "input.kind_socket": QT_TRANSLATE_NOOP("Errors", "a socket"),
    "input.kind_folder": QT_TRANSLATE_NOOP("Errors", "a folder"),
    "input.kind_other": QT_TRANSLATE_NOOP("Errors", "not a regular file"),
    "input.missing": QT_TRANSLATE_NOOP("Errors", "{path}: no such file."),
    "input.folder": QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file."),
    "input.denied": QT_TRANSLATE_NOOP("Errors", "You are not allowed to read {name}."),
    "input.link_loop": QT_TRANSLATE_NOOP("Errors", "{path}: too many levels of symbolic links."),
    "input.unreadable": QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {detail}."),
    "input.bad_name": QT_TRANSLATE_NOOP("Errors", "{path} is not a possible file name."),
    "input.not_regular": QT_TRANSLATE_NOOP("Errors", "{path} is {kind}, not a file; only regular files are read."),
    "input.too_big": QT_TRANSLATE_NOOP("Errors", "{name} is {size:,.0f} MB; files over {limit:,} MB are not read."),
    "input.too_big_over": QT_TRANSLATE_NOOP("Errors", "{name} is over {size:,.0f} MB; files over {limit:,} MB are not read."),
    # -- storage -----------------------------------------------------------------------
    "storage.repair_hint": QT_TRANSLATE_NOOP("Errors", "{detail} Repair a copy with: stormboard repair {name} -o FIXED.storm"),
    "storage.read_only_file": QT_TRANSLATE_NOOP("Errors", "{name} is a read-only file, so changes cannot be saved."),
    "storage.read_only_folder": QT_TRANSLATE_NOOP("Errors", "The folder holding {name} is read-only, so changes cannot be saved."),
    "storage.unchecked_writable": QT_TRANSLATE_NOOP("Errors", "{name} cannot be checked for writing, so it is open read-only."),
    "storage.damaged_sqlite": QT_TRANSLATE_NOOP("Errors", "{name} is damaged and cannot be read (SQLite: {detail})."),
    "storage.side_file": QT_TRANSLATE_NOOP("Errors", "{side} beside {name} is not a regular file (a FIFO or a device), so the board is not opened; remove or rename it."),
    "storage.cannot_open": QT_TRANSLATE_NOOP("Errors", "{name} could not be opened ({detail})."),
    "storage.unfinished_change": QT_TRANSLATE_NOOP("Errors", "{name} holds an unfinished change from a crash, which only opening it for editing can recover."),
    "storage.inconsistent": QT_TRANSLATE_NOOP("Errors", "{name} is inconsistent: {problem}."),
    "storage.inconsistent_2": QT_TRANSLATE_NOOP("Errors", "{name} is inconsistent: {problem} (and 1 more problem)."),
    "storage.inconsistent_more": QT_TRANSLATE_NOOP("Errors", "{name} is inconsistent: {problem} (and {more:,}{plus} more problems)."),
    "storage.record_missing": QT_TRANSLATE_NOOP("Errors", "{name} is damaged: its {record} record is missing."),
    "storage.shared_id": QT_TRANSLATE_NOOP("Errors", "{name} is damaged: two {collection} share an id."),
    "storage.bad_row": QT_TRANSLATE_NOOP("Errors", "{name} is damaged: {problem}."),
    "storage.prepare_failed": QT_TRANSLATE_NOOP("Errors", "{name} could not be prepared for editing ({detail})."),
    "storage.opened_read_only": QT_TRANSLATE_NOOP("Errors", "{name} was opened read-only."),
    "storage.older_format": QT_TRANSLATE_NOOP("Errors", "{reason} It uses the older file format {version}; open it for editing to upgrade it."),
    "storage.exists": QT_TRANSLATE_NOOP("Errors", "{name} already exists; choose another name."),
    "storage.create_failed": QT_TRANSLATE_NOOP("Errors", "{name} could not be created ({detail})."),
    "storage.write_failed": QT_TRANSLATE_NOOP("Errors", "{name} could not be written ({detail})."),
    "storage.is_folder": QT_TRANSLATE_NOOP("Errors", "{name} is a folder, not a board file."),
    "storage.missing": QT_TRANSLATE_NOOP("Errors", "The board file {name} does not exist."),
    "storage.header_cut": QT_TRANSLATE_NOOP("Errors", "{name} is truncated: it ends inside its header."),
    "storage.not_a_board": QT_TRANSLATE_NOOP("Errors", "{name} is not a Stormboard board file."),
    "storage.bad_header": QT_TRANSLATE_NOOP("Errors", "{name} is damaged: its SQLite header is not valid."),
    "storage.partial_pages": QT_TRANSLATE_NOOP("Errors", "{name} is truncated or damaged: its size is not whole pages."),
    "storage.shorter": QT_TRANSLATE_NOOP("Errors", "{name} is truncated: it is shorter than its header says."),
    "storage.foreign": QT_TRANSLATE_NOOP("Errors", "{name} is a database of another application, not a Stormboard board."),
    "storage.newer": QT_TRANSLATE_NOOP("Errors", "{name} was saved by a newer Stormboard (file format {version}; this version reads up to {newest}), please update Stormboard to open it."),
    "storage.unversioned": QT_TRANSLATE_NOOP("Errors", "{name} has no Stormboard format version; it is not a board."),
    "storage.kind_trigger": QT_TRANSLATE_NOOP("Errors", "trigger"),
    "storage.kind_view": QT_TRANSLATE_NOOP("Errors", "view"),
    "storage.foreign_object": QT_TRANSLATE_NOOP("Errors", "{name} contains a {kind} ({object}), which Stormboard files never have, so it was not opened."),
    "storage.table_missing": QT_TRANSLATE_NOOP("Errors", "{name} is damaged: its {table} table is missing."),
    "storage.wrong_layout": QT_TRANSLATE_NOOP("Errors", "{name} does not have the layout of a Stormboard format {version} file."),
    "storage.integrity": QT_TRANSLATE_NOOP("Errors", "{name} is damaged: SQLite's integrity check failed."),
    "storage.backup_failed": QT_TRANSLATE_NOOP("Errors", "{name} needs an upgrade, but its backup copy could not be written ({detail})."),
    "storage.upgrade_failed": QT_TRANSLATE_NOOP("Errors", "{name} could not be upgraded to the current format ({detail}); it is unchanged and a copy is in {backup}."),
    "storage.in_use": QT_TRANSLATE_NOOP("Errors", "{name} is already open for editing{holder}; open it read-only or close it there first."),
    "storage.by_process": QT_TRANSLATE_NOOP("Errors", " by process {pid}{details}"),
    "storage.by_another_program": QT_TRANSLATE_NOOP("Errors", " by another program"),
    "storage.store_read_only": QT_TRANSLATE_NOOP("Errors", "{name} is open read-only, so changes cannot be saved."),
    "storage.copy_onto_itself": QT_TRANSLATE_NOOP("Errors", "A copy cannot replace {name} itself; choose another name."),
    "storage.copy_failed": QT_TRANSLATE_NOOP("Errors", "The copy {name} could not be written ({detail})."),
    "storage.close_failed": QT_TRANSLATE_NOOP("Errors", "{name} could not be closed cleanly ({detail})."),
    "storage.closed": QT_TRANSLATE_NOOP("Errors", "{name} is closed."),
    "storage.save_disk_full": QT_TRANSLATE_NOOP("Errors", "The disk is full, so the last change was not saved to {name}; free some space or use Save As."),
    "storage.save_read_only": QT_TRANSLATE_NOOP("Errors", "{name} can no longer be written (read-only or permission lost), so the last change was not saved; use Save As."),
    "storage.save_locked": QT_TRANSLATE_NOOP("Errors", "{name} is locked by another program, so the last change was not saved."),
    "storage.save_io": QT_TRANSLATE_NOOP("Errors", "Writing to {name} failed (the disk or the file went away), so the last change was not saved; use Save As."),
    "storage.save_mismatch": QT_TRANSLATE_NOOP("Errors", "{name} no longer matches the board on screen, so the last change was not saved; use Save As."),
    "storage.save_failed": QT_TRANSLATE_NOOP("Errors", "Saving to {name} failed ({detail}); use Save As to keep your work."),
    # -- storage/log -------------------------------------------------------------------
    "log.damaged": QT_TRANSLATE_NOOP("Errors", "The edit log of {name} is damaged ({detail}); the board itself is not affected."),
    "log.newer": QT_TRANSLATE_NOOP("Errors", "The edit log of {name} was written by a newer Stormboard (log format {format}; this version reads up to {newest}); update Stormboard to use it."),
    "log.no_log": QT_TRANSLATE_NOOP("Errors", "{name} uses an older file format without an edit log; open it for editing to upgrade it."),
    "log.entry_unreadable": QT_TRANSLATE_NOOP("Errors", "entry {seq} cannot be read"),
    "log.entry_bad": QT_TRANSLATE_NOOP("Errors", "entry {seq}: {problem}"),
    "log.checkpoint_unreadable": QT_TRANSLATE_NOOP("Errors", "checkpoint {seq} cannot be read"),
    "log.entry_field": QT_TRANSLATE_NOOP("Errors", "entry {seq} misses a field"),
    "log.not_that_far": QT_TRANSLATE_NOOP("Errors", "The edit log of {name} does not reach back that far."),
    "log.no_slices": QT_TRANSLATE_NOOP("Errors", "none"),
    "log.no_slice": QT_TRANSLATE_NOOP("Errors", "{name} has no slice named \"{slice}\" (slices: {known})."),
    "log.slice_exists": QT_TRANSLATE_NOOP("Errors", "{name} already has a slice named \"{slice}\"."),
    "log.slices_failed": QT_TRANSLATE_NOOP("Errors", "The slices of {name} could not be changed ({detail})."),
    "log.slice_name_length": QT_TRANSLATE_NOOP("Errors", "A slice needs a name of 1 to {most} characters."),
    "log.slice_name_broken": QT_TRANSLATE_NOOP("Errors", "A slice name holds a broken character (an unpaired surrogate)."),
    # -- storage/rows ------------------------------------------------------------------
    "row.not_text": QT_TRANSLATE_NOOP("Errors", "{what} is not text"),
    "row.too_long": QT_TRANSLATE_NOOP("Errors", "{what} is longer than {limit:,} characters"),
    "row.bad_id": QT_TRANSLATE_NOOP("Errors", "{what} has an invalid id"),
    "row.bad_ref": QT_TRANSLATE_NOOP("Errors", "{what} has an invalid reference"),
    "row.bad_colour": QT_TRANSLATE_NOOP("Errors", "{what} has an invalid colour {value}"),
    "row.not_number": QT_TRANSLATE_NOOP("Errors", "{what} is not a number"),
    "row.out_of_range": QT_TRANSLATE_NOOP("Errors", "{what} is out of range"),
    "row.not_bool": QT_TRANSLATE_NOOP("Errors", "{what} is not a yes/no value"),
    "row.bad_json": QT_TRANSLATE_NOOP("Errors", "{what} is not valid JSON"),
    "row.not_list": QT_TRANSLATE_NOOP("Errors", "{what} is not a list"),
    "row.unexpected_fields": QT_TRANSLATE_NOOP("Errors", "{what} has unexpected fields"),
    "row.unlocks_unknown": QT_TRANSLATE_NOOP("Errors", "{what} unlocks an unknown kind {kind}"),
    "row.bad_legend": QT_TRANSLATE_NOOP("Errors", "{what} have an invalid legend"),
    "row.bad_plan": QT_TRANSLATE_NOOP("Errors", "{what} has an invalid plan or history"),
    "row.bad_phase": QT_TRANSLATE_NOOP("Errors", "{what} has an invalid current phase"),
    "row.bad_budget": QT_TRANSLATE_NOOP("Errors", "{what} has an invalid vote budget"),
    "row.unknown_kind": QT_TRANSLATE_NOOP("Errors", "{what} has an unknown kind {kind}"),
    "row.bad_coauthors": QT_TRANSLATE_NOOP("Errors", "{what} has invalid co-authors"),
    "row.invalid": QT_TRANSLATE_NOOP("Errors", "a {collection} row is not valid ({detail})"),
    "row.wrong_id": QT_TRANSLATE_NOOP("Errors", "the {collection} record has the wrong id {id}"),
    "row.wrong_type": QT_TRANSLATE_NOOP("Errors", "a {collection} row made a {type}"),
    "row.what_properties": QT_TRANSLATE_NOOP("Errors", "the board's properties"),
    "row.what_workshop": QT_TRANSLATE_NOOP("Errors", "the workshop"),
    "row.what_participant": QT_TRANSLATE_NOOP("Errors", "participant {id}"),
    "row.what_lane": QT_TRANSLATE_NOOP("Errors", "lane {id}"),
    "row.what_milestone": QT_TRANSLATE_NOOP("Errors", "milestone {id}"),
    "row.what_sticky": QT_TRANSLATE_NOOP("Errors", "sticky {id}"),
    "row.what_link": QT_TRANSLATE_NOOP("Errors", "link {id}"),
    "row.what_vote": QT_TRANSLATE_NOOP("Errors", "vote {id}"),
    "row.what_decision": QT_TRANSLATE_NOOP("Errors", "decision {id}"),
    # -- app ---------------------------------------------------------------------------
    "app.file_read_only": QT_TRANSLATE_NOOP("Errors", "The file is read-only."),
    "app.no_slices_unsaved": QT_TRANSLATE_NOOP("Errors", "This board is not saved in a file, so it has no time slices."),
    # -- domain ------------------------------------------------------------------------
    "domain.edit_out_date_what": QT_TRANSLATE_NOOP("Errors", "Edit out of date: {collection}/{id} is not what the edit expected."),
    "domain.unknown_collection": QT_TRANSLATE_NOOP("Errors", "Unknown collection {collection!r}."),
    "domain.record_cannot_removed": QT_TRANSLATE_NOOP("Errors", "The {collection} record cannot be removed."),
    "domain.record_belong": QT_TRANSLATE_NOOP("Errors", "Record does not belong in {collection}/{id}."),
    "domain.unknown_sticky_kind": QT_TRANSLATE_NOOP("Errors", "Unknown sticky kind {kind_id!r}."),
    "domain.text": QT_TRANSLATE_NOOP("Errors", "{what} must be text."),
    "domain.limited_characters_one": QT_TRANSLATE_NOOP("Errors", "{what} is limited to {limit:,} characters; this one has {count:,}."),
    "domain.holds_broken_character_unpaired": QT_TRANSLATE_NOOP("Errors", "{what} holds a broken character (an unpaired surrogate)."),
    "domain.vote_budget_whole_number": QT_TRANSLATE_NOOP("Errors", "The vote budget must be a whole number from 1 to {max_budget}."),
    "domain.sticky_board": QT_TRANSLATE_NOOP("Errors", "There is no sticky {sticky_id!r} on this board."),
    "domain.hotspots_opportunities_receive_votes": QT_TRANSLATE_NOOP("Errors", "Only hotspots and opportunities can receive votes."),
    "domain.votes_revealed_hide_them": QT_TRANSLATE_NOOP("Errors", "The votes have been revealed; hide them to change votes."),
    "domain.used_all_their_votes": QT_TRANSLATE_NOOP("Errors", "{name} has used all {budget} of their votes; remove one to vote again."),
    "domain.vote_sticky": QT_TRANSLATE_NOOP("Errors", "{name} has no vote on that sticky."),
    "domain.participant_board": QT_TRANSLATE_NOOP("Errors", "There is no participant {participant_id!r} on this board."),
    "domain.workshop_plan_phase": QT_TRANSLATE_NOOP("Errors", "The workshop plan has no phase {key!r}."),
    "domain.unknown_workshop_feature": QT_TRANSLATE_NOOP("Errors", "Unknown workshop feature {feature!r}."),
    "domain.kind_not_in_phase": QT_TRANSLATE_NOOP("Errors", "{name} stickies are not available in the {phase} phase."),
    "domain.kind_not_now": QT_TRANSLATE_NOOP("Errors", "{name} stickies are not available now."),
    "domain.phase_running_nothing_pause": QT_TRANSLATE_NOOP("Errors", "No phase is running, so there is nothing to pause."),
    "domain.timer_already_paused": QT_TRANSLATE_NOOP("Errors", "The timer is already paused."),
    "domain.phase_running_start_workshop": QT_TRANSLATE_NOOP("Errors", "No phase is running; start the workshop first."),
    "domain.timer_already_running": QT_TRANSLATE_NOOP("Errors", "The timer is already running."),
    "domain.minutes_add_number": QT_TRANSLATE_NOOP("Errors", "The minutes to add must be a number."),
    "domain.most_minutes_added_once": QT_TRANSLATE_NOOP("Errors", "At most {max_added_minutes:g} minutes can be added at once."),
    "domain.timebox_cannot_become_shorter": QT_TRANSLATE_NOOP("Errors", "The timebox cannot become shorter than zero."),
    "domain.workshop_phase_plan_yet": QT_TRANSLATE_NOOP("Errors", "The workshop has no phase plan yet."),
    "domain.workshop_already_running": QT_TRANSLATE_NOOP("Errors", "The workshop is already running."),
    "domain.phase_number_plan": QT_TRANSLATE_NOOP("Errors", "There is no phase number {value} in the plan."),
    "domain.last_phase_finish_workshop": QT_TRANSLATE_NOOP("Errors", "This is the last phase; finish the workshop instead."),
    "domain.first_phase_phase_before": QT_TRANSLATE_NOOP("Errors", "This is the first phase; there is no phase before it."),
    "domain.last_phase_nothing_skip": QT_TRANSLATE_NOOP("Errors", "This is the last phase; there is nothing to skip to."),
    "domain.phase_running_nothing_finish": QT_TRANSLATE_NOOP("Errors", "No phase is running, so there is nothing to finish."),
    "domain.phase_s_timebox_more": QT_TRANSLATE_NOOP("Errors", "A phase's timebox must be more than 0 and at most {max_phase_minutes:g} minutes."),
    "domain.phase_needs_title": QT_TRANSLATE_NOOP("Errors", "A phase needs a title."),
    "domain.phase_cannot_unlock_sticky": QT_TRANSLATE_NOOP("Errors", "A phase cannot unlock {name!r}: it is no sticky kind."),
    # -- app ---------------------------------------------------------------------------
    "app.grid_between_board_units": QT_TRANSLATE_NOOP("Errors", "The grid must be between 1 and 1000 board units."),
    "app.arranging_would_move_sticky": QT_TRANSLATE_NOOP("Errors", "Arranging would move a sticky beyond ±{max_coord:,.0f}."),
    "app.finite_number_within": QT_TRANSLATE_NOOP("Errors", "{what} must be a finite number within ±{max_coord:,.0f}."),
    "app.between": QT_TRANSLATE_NOOP("Errors", "{what} must be between {min_size:g} and {max_size:g}."),
    "app.author_participant_s_id": QT_TRANSLATE_NOOP("Errors", "An author must be a participant's id of at most {max_id_length} characters."),
    "app.text_characters": QT_TRANSLATE_NOOP("Errors", "{what} must be text of 1 to {max_id_length} characters."),
    "app.colour_form_rrggbb": QT_TRANSLATE_NOOP("Errors", "Colour {color!r} is not of the form #RRGGBB."),
    "app.sticky_id_already_exists": QT_TRANSLATE_NOOP("Errors", "A sticky with id {id!r} already exists."),
    "app.already_exists": QT_TRANSLATE_NOOP("Errors", "{collection}/{id} already exists."),
    "app.record_belong": QT_TRANSLATE_NOOP("Errors", "Record does not belong in {collection}."),
    "app.board": QT_TRANSLATE_NOOP("Errors", "There is no {collection}/{record_id} on this board."),
    "app.domain_events_pivotal": QT_TRANSLATE_NOOP("Errors", "Only domain events can be pivotal."),
    "app.error": QT_TRANSLATE_NOOP("Errors", "{origin}: {error}"),
    "app.lane_s_height_between": QT_TRANSLATE_NOOP("Errors", "A lane's height must be between {min_lane_height:g} and {max_lane_height:g}."),
    "app.lane_id_already_exists": QT_TRANSLATE_NOOP("Errors", "A lane with id {id!r} already exists."),
    "app.lane_board": QT_TRANSLATE_NOOP("Errors", "There is no lane {lane_id!r} on this board."),
    "app.lane_position_between": QT_TRANSLATE_NOOP("Errors", "A lane position must be between 0 and {value}."),
    "app.milestone_id_already_exists": QT_TRANSLATE_NOOP("Errors", "A milestone with id {id!r} already exists."),
    "app.sticky_cannot_linked_itself": QT_TRANSLATE_NOOP("Errors", "A sticky cannot be linked to itself."),
    "app.link_cannot_go": QT_TRANSLATE_NOOP("Errors", "A {link} link cannot go from a {source} to a {target}."),
    "app.link_leads_to": QT_TRANSLATE_NOOP("Errors", "leads to"),
    "app.link_triggers": QT_TRANSLATE_NOOP("Errors", "triggers"),
    "app.link_relates_to": QT_TRANSLATE_NOOP("Errors", "relates to"),
    "app.link_id_already_exists": QT_TRANSLATE_NOOP("Errors", "A link with id {id!r} already exists."),
    "app.sticky_keep_one_group": QT_TRANSLATE_NOOP("Errors", "The sticky to keep must be one of the group."),
    "app.stickies_one_kind_merged": QT_TRANSLATE_NOOP("Errors", "Only stickies of one kind can be merged."),
    "app.milestone_board": QT_TRANSLATE_NOOP("Errors", "There is no milestone {milestone_id!r} on this board."),
    "app.link_board": QT_TRANSLATE_NOOP("Errors", "There is no link {link_id!r} on this board."),
    "app.new_lane_would_split": QT_TRANSLATE_NOOP("Errors", "The new lane would split lane {label!r}; put it above or below."),
    "app.new_lane_overlaps_another": QT_TRANSLATE_NOOP("Errors", "The new lane overlaps another lane."),
    "app.these_stickies_already_linked": QT_TRANSLATE_NOOP("Errors", "These stickies are already linked that way."),
    "app.unknown_link_kind": QT_TRANSLATE_NOOP("Errors", "Unknown link kind {kind!r}."),
    "app.participant_needs_name": QT_TRANSLATE_NOOP("Errors", "A participant needs a name."),
    "app.hotspots_opportunities_get_owner": QT_TRANSLATE_NOOP("Errors", "Only hotspots and opportunities get an owner and a next step."),
    "app.already_cast_votes_remove": QT_TRANSLATE_NOOP("Errors", "{name} has already cast {used} votes; remove some before lowering the budget to {budget}."),
    "what.goal": QT_TRANSLATE_NOOP("Errors", "The goal"),
    "what.scope": QT_TRANSLATE_NOOP("Errors", "The scope"),
    "what.participant_name": QT_TRANSLATE_NOOP("Errors", "A participant's name"),
    "what.role": QT_TRANSLATE_NOOP("Errors", "A role"),
    "what.phase_title": QT_TRANSLATE_NOOP("Errors", "A phase title"),
    "what.instruction": QT_TRANSLATE_NOOP("Errors", "An instruction"),
    "what.checklist_item": QT_TRANSLATE_NOOP("Errors", "A checklist item"),
    "what.owner": QT_TRANSLATE_NOOP("Errors", "The owner"),
    "what.next_step": QT_TRANSLATE_NOOP("Errors", "The next step"),
    "what.lane_height": QT_TRANSLATE_NOOP("Errors", "A lane's height"),
    "what.lane_label": QT_TRANSLATE_NOOP("Errors", "A lane's label"),
    "what.lane_top": QT_TRANSLATE_NOOP("Errors", "A lane's top"),
    "what.milestone_label": QT_TRANSLATE_NOOP("Errors", "A milestone's label"),
    "what.milestone_position": QT_TRANSLATE_NOOP("Errors", "A milestone's position"),
    "what.link_label": QT_TRANSLATE_NOOP("Errors", "A link's label"),
    "what.sticky_id": QT_TRANSLATE_NOOP("Errors", "A sticky's id"),
    "what.width": QT_TRANSLATE_NOOP("Errors", "Width"),
    "what.height": QT_TRANSLATE_NOOP("Errors", "Height"),
    "what.title": QT_TRANSLATE_NOOP("Errors", "The title"),
    "what.name": QT_TRANSLATE_NOOP("Errors", "A name"),
    "what.sticky_text": QT_TRANSLATE_NOOP("Errors", "A sticky's text"),
    "what.id": QT_TRANSLATE_NOOP("Errors", "An id"),
    "what.the_label": QT_TRANSLATE_NOOP("Errors", "The label"),
    "what.the_title": QT_TRANSLATE_NOOP("Errors", "The title"),
    "what.the_name": QT_TRANSLATE_NOOP("Errors", "The name"),
    # -- domain/integrity --------------------------------------------------------------
    "integrity.title_longer_than_characters": QT_TRANSLATE_NOOP("Errors", "the title is longer than {max_label_text} characters"),
    "integrity.description_longer_than_characters": QT_TRANSLATE_NOOP("Errors", "the description is longer than {max_sticky_text:,} characters"),
    "integrity.creation_time_usable_number": QT_TRANSLATE_NOOP("Errors", "the creation time is not a usable number"),
    "integrity.workshop_s_current_phase": QT_TRANSLATE_NOOP("Errors", "the workshop's current phase {current} is not a phase of its plan"),
    "integrity.vote_budget": QT_TRANSLATE_NOOP("Errors", "the vote budget {vote_budget} is not from 0 to {max_file_vote_budget}"),
    "integrity.workshop_s_timer_holds": QT_TRANSLATE_NOOP("Errors", "the workshop's timer holds an impossible time"),
    "integrity.workshop_s_plan_history": QT_TRANSLATE_NOOP("Errors", "the workshop's plan or history holds an impossible phase"),
    "integrity.workshop_s_active_participant": QT_TRANSLATE_NOOP("Errors", "the workshop's active participant is not a valid id"),
    "integrity.workshop_goal_too_long": QT_TRANSLATE_NOOP("Errors", "the workshop's goal is longer than {most:,} characters"),
    "integrity.workshop_scope_too_long": QT_TRANSLATE_NOOP("Errors", "the workshop's scope is longer than {most:,} characters"),
    "integrity.lane_label_longer_than": QT_TRANSLATE_NOOP("Errors", "lane {id!r} has a label longer than {max_label_text}"),
    "integrity.lane_impossible_height": QT_TRANSLATE_NOOP("Errors", "lane {id!r} has an impossible height {height!r}"),
    "integrity.milestone_label_longer_than": QT_TRANSLATE_NOOP("Errors", "milestone {id!r} has a label longer than {max_label_text}"),
    "integrity.participant_name_role_longer": QT_TRANSLATE_NOOP("Errors", "participant {id!r} has a name or role longer than {max_label_text}"),
    "integrity.link_label_longer_than": QT_TRANSLATE_NOOP("Errors", "link {id!r} has a label longer than {max_label_text}"),
    "integrity.decision_owner_next_step": QT_TRANSLATE_NOOP("Errors", "the decision on {id!r} has an owner or next step that is too long"),
    "integrity.sticky_marked_pivotal_but": QT_TRANSLATE_NOOP("Errors", "sticky {id!r} is marked pivotal but is a {kind}, not an event"),
    "integrity.sticky_author_valid_id": QT_TRANSLATE_NOOP("Errors", "sticky {id!r} has an author that is not a valid id"),
    "integrity.sticky_impossible_time": QT_TRANSLATE_NOOP("Errors", "sticky {id!r} has an impossible time"),
    "integrity.link_joins_sticky_board": QT_TRANSLATE_NOOP("Errors", "link {id!r} joins a sticky that is not on the board"),
    "integrity.vote_sticky_board": QT_TRANSLATE_NOOP("Errors", "vote {id!r} is on a sticky that is not on the board"),
    "integrity.decision_about_sticky_board": QT_TRANSLATE_NOOP("Errors", "the decision {id!r} is about a sticky that is not on the board"),
    "integrity.vote_valid_participant_time": QT_TRANSLATE_NOOP("Errors", "vote {id!r} has no valid participant or time"),
    # -- export/output -----------------------------------------------------------------
    "output.cannot_write": QT_TRANSLATE_NOOP("Errors", "Cannot write {file}: {cause}. Nothing was written."),
    "output.cause_too_big": QT_TRANSLATE_NOOP("Errors", "the file would exceed the largest file size allowed"),
    "output.cause_immutable": QT_TRANSLATE_NOOP("Errors", "the file or its folder may not be changed (read-only or immutable)"),
    "output.cause_io": QT_TRANSLATE_NOOP("Errors", "an input/output error occurred"),
    "output.cause_name_too_long": QT_TRANSLATE_NOOP("Errors", "the name is too long"),
    "output.bad_name": QT_TRANSLATE_NOOP("Errors", "{file} is not a possible file name."),
    "output.folder": QT_TRANSLATE_NOOP("Errors", "{file} is a folder; give an output file name."),
    "output.kind_device": QT_TRANSLATE_NOOP("Errors", "a device or special file"),
    "output.not_a_file": QT_TRANSLATE_NOOP("Errors", "{file} is {what}, not a file; give an output file name."),
    "output.no_folder": QT_TRANSLATE_NOOP("Errors", "Cannot write {file}: the folder {folder} does not exist."),
    "output.unencodable": QT_TRANSLATE_NOOP("Errors", "Cannot write {file}: the text holds a character {encoding} cannot store (position {position}). Nothing was written."),
    # -- export ------------------------------------------------------------------------
    "json.in_file": QT_TRANSLATE_NOOP("Errors", "{file}: {problem}"),
    "json.board_problem": QT_TRANSLATE_NOOP("Errors", "{problem}."),
    "json.too_big": QT_TRANSLATE_NOOP("Errors", "{file}: the file is {size:,.0f} MB; a board's JSON is limited to {limit:,} MB."),
    "json.folder": QT_TRANSLATE_NOOP("Errors", "{file}: is a folder, not a JSON file."),
    "json.too_many_values": QT_TRANSLATE_NOOP("Errors", "holds about {values:,} values; a board has far fewer (at most {most:,}), so it is not read."),
    "json.field_problem": QT_TRANSLATE_NOOP("Errors", "{where}: {problem}"),
    "json.too_deep": QT_TRANSLATE_NOOP("Errors", "nested more than {most} levels deep; a board is never this deep."),
    "json.key_surrogate": QT_TRANSLATE_NOOP("Errors", "a key holds an unpaired surrogate (\\ud800-\\udfff), which is not a character."),
    "json.surrogate": QT_TRANSLATE_NOOP("Errors", "contains an unpaired surrogate (\\ud800-\\udfff), which is not a character."),
    "json.type_boolean": QT_TRANSLATE_NOOP("Errors", "a boolean"),
    "json.type_number": QT_TRANSLATE_NOOP("Errors", "a number"),
    "json.type_text": QT_TRANSLATE_NOOP("Errors", "text"),
    "json.type_array": QT_TRANSLATE_NOOP("Errors", "an array"),
    "json.type_object": QT_TRANSLATE_NOOP("Errors", "an object"),
    "export.pivotal_domain_events_pivotal": QT_TRANSLATE_NOOP("Errors", "{p}.pivotal: only domain events can be pivotal, not {id}."),
    "export.workshop_current_phase_plan": QT_TRANSLATE_NOOP("Errors", "workshop.current: {current} is not a phase of the plan (it has {count} phases)."),
    "export.workshop_current_phase_plan_1": QT_TRANSLATE_NOOP("Errors", "workshop.current: {current} is not a phase of the plan (it has {count} phase)."),
    "export.board_holds_number_finite": QT_TRANSLATE_NOOP("Errors", "The board holds a number that is not finite, which JSON cannot represent."),
    "export.utf_text_byte_x": QT_TRANSLATE_NOOP("Errors", "{file}: is not UTF-8 text (byte 0x{value:02X} at offset {start})."),
    "export.valid_json_line_column": QT_TRANSLATE_NOOP("Errors", "is not valid JSON ({msg} at line {lineno}, column {colno})."),
    "export.board_json_nested_too": QT_TRANSLATE_NOOP("Errors", "is not a board (the JSON is nested too deeply)."),
    "export.holds_integer_thousands_digits": QT_TRANSLATE_NOOP("Errors", "holds an integer with thousands of digits, which no board field can hold."),
    "export.name_slice_needs_name": QT_TRANSLATE_NOOP("Errors", "{where}.name: a slice needs a name of its own."),
    "export.board_slice_cannot_hold": QT_TRANSLATE_NOOP("Errors", "{where}.board: a slice cannot hold slices of its own."),
    "export.board": QT_TRANSLATE_NOOP("Errors", "{where}.board: {error}"),
    "export.top_level_board_json": QT_TRANSLATE_NOOP("Errors", "top level: a board is a JSON object, not {value}."),
    "export.format_stormboard_board_expected": QT_TRANSLATE_NOOP("Errors", "format: this is not a Stormboard board (expected \"format\": \"{format}\")."),
    "export.version_board_was_written": QT_TRANSLATE_NOOP("Errors", "version: this board was written by a newer Stormboard (format version {version}); this build reads version {version2}. Please update Stormboard to open it."),
    "export.expected_number_found": QT_TRANSLATE_NOOP("Errors", "{file}: expected a number, found {value}."),
    "export.finite_number": QT_TRANSLATE_NOOP("Errors", "{file}: {value!r} is not a finite number."),
    "export.outside": QT_TRANSLATE_NOOP("Errors", "{file}: {value:g} is outside ±{max_coord:,.0f}."),
    "export.between": QT_TRANSLATE_NOOP("Errors", "{file}: {value:g} is not between {min_size:g} and {max_size:g}."),
    "export.above_most": QT_TRANSLATE_NOOP("Errors", "{file}: {value:g} must be above 0 and at most {limit:,.0f}."),
    "export.colour_form_rrggbb": QT_TRANSLATE_NOOP("Errors", "{file}: {value!r} is not a colour of the form #RRGGBB."),
    "export.expected_text_found": QT_TRANSLATE_NOOP("Errors", "{file}: expected text, found {value}."),
    "export.text_limited_characters_one": QT_TRANSLATE_NOOP("Errors", "{file}: text is limited to {limit:,} characters; this one has {count:,}."),
    "export.id_board": QT_TRANSLATE_NOOP("Errors", "{file}: there is no {what} with id {value!r} on this board."),
    "export.top_level_nested_too": QT_TRANSLATE_NOOP("Errors", "top level: nested too deeply to be a board."),
    "export.number_too_large": QT_TRANSLATE_NOOP("Errors", "{file}: the number is too large."),
    "export.contains_unpaired_surrogate_ud": QT_TRANSLATE_NOOP("Errors", "{file}: contains an unpaired surrogate (\\ud800-\\udfff), which is not a character."),
    "export.contains_unpaired_surrogate_ud_2": QT_TRANSLATE_NOOP("Errors", "{collection}[{i}].{key}: contains an unpaired surrogate (\\ud800-\\udfff), which is not a character."),
    "export.duplicate_id_also_used": QT_TRANSLATE_NOOP("Errors", "{collection}[{i}].{key}: duplicate id {rid!r} (also used by {collection}[{value}])."),
    "export.holds_most_imported": QT_TRANSLATE_NOOP("Errors", "{name} holds {n:,} {what}; at most {max_elements:,} are imported."),
    "export.utf_text_bad_byte": QT_TRANSLATE_NOOP("Errors", "{name} is not UTF-8 text (bad byte at position {start})."),
    "export.kind_notation_kind_use": QT_TRANSLATE_NOOP("Errors", "{where}: kind {value!r} is not a notation kind (use one of {value2})."),
    "export.finite_number_2": QT_TRANSLATE_NOOP("Errors", "{where}: {column} must be a finite number."),
    "export.number": QT_TRANSLATE_NOOP("Errors", "{where}: {column} {value!r} is not a number."),
    "export.readable_csv": QT_TRANSLATE_NOOP("Errors", "{name} is not readable CSV ({error})."),
    "export.compressed_page_unpacks_more": QT_TRANSLATE_NOOP("Errors", "{where}: the compressed page unpacks to more than {value} MB; refused."),
    "export.draw_io_file_root": QT_TRANSLATE_NOOP("Errors", "{name} is not a draw.io file (its root is <{value}>)."),
    "export.holds_diagram_page": QT_TRANSLATE_NOOP("Errors", "{name} holds no <diagram> page."),
    "export.finite_number_3": QT_TRANSLATE_NOOP("Errors", "{where}: {key} must be a finite number."),
    "export.page_root_cells": QT_TRANSLATE_NOOP("Errors", "{name}: the page has no <root> of cells."),
    "export.compressed_page_base": QT_TRANSLATE_NOOP("Errors", "{where}: the compressed page is not base64."),
    "export.compressed_page_deflate_data": QT_TRANSLATE_NOOP("Errors", "{where}: the compressed page is not deflate data."),
    "export.diagram_hold_mxgraphmodel": QT_TRANSLATE_NOOP("Errors", "diagram[0] does not hold an <mxGraphModel>."),
    "export.number_2": QT_TRANSLATE_NOOP("Errors", "{where}: {key}={value!r} is not a number."),
    "export.number_3": QT_TRANSLATE_NOOP("Errors", "{where}: {key} must be a number, not {value}."),
    "export.text": QT_TRANSLATE_NOOP("Errors", "{where}: {key} must be text, not {value}."),
    "export.holds_more_values_than": QT_TRANSLATE_NOOP("Errors", "{name} holds more values than any drawing; it is not read."),
    "export.excalidraw_file_type_excalidraw": QT_TRANSLATE_NOOP("Errors", "{name} is not an Excalidraw file (its \"type\" is not \"excalidraw\")."),
    "export.elements_list": QT_TRANSLATE_NOOP("Errors", "{name}: \"elements\" must be a list, not {value}."),
    "export.object_elementid": QT_TRANSLATE_NOOP("Errors", "{where}: {key} must be an object with an elementId."),
    "export.nested_too_deeply_excalidraw": QT_TRANSLATE_NOOP("Errors", "{name} is nested too deeply to be an Excalidraw file."),
    "export.json_line_column": QT_TRANSLATE_NOOP("Errors", "{name} is not JSON ({msg} at line {lineno}, column {colno})."),
    "export.holds_integer_thousands_digits_2": QT_TRANSLATE_NOOP("Errors", "{name} holds an integer with thousands of digits; it is not an Excalidraw drawing."),
    "export.elements_object": QT_TRANSLATE_NOOP("Errors", "elements[{i}] must be an object, not {value}."),
    "export.elements_needs_text_id": QT_TRANSLATE_NOOP("Errors", "elements[{i}] needs a text \"id\" and \"type\"."),
    "export.containerid_text": QT_TRANSLATE_NOOP("Errors", "{where}: containerId must be text, not {value}."),
    "export.nests_elements_more_than": QT_TRANSLATE_NOOP("Errors", "{name} nests elements more than {max_depth} deep; refused."),
    "export.declares_dtd_entities_stormboard": QT_TRANSLATE_NOOP("Errors", "{name} declares a DTD or entities ({name2}), which Stormboard never reads; refused."),
    "export.well_formed_xml_line": QT_TRANSLATE_NOOP("Errors", "{name} is not well-formed XML (line {line}, column {column})."),
    "export.unknown_scale_use_fit": QT_TRANSLATE_NOOP("Errors", "Unknown scale {text!r}; use fit, real, width:N (pages across), width:3000mm or N%."),
    "interop.folder": QT_TRANSLATE_NOOP("Errors", "{file} is a folder, not a file to import."),
    "interop.too_big": QT_TRANSLATE_NOOP("Errors", "{name} is {size:,.0f} MB; files over {limit} MB are not imported."),
    "interop.count_elements": QT_TRANSLATE_NOOP("Errors", "elements"),
    "interop.count_cells": QT_TRANSLATE_NOOP("Errors", "cells"),
    "interop.count_rows": QT_TRANSLATE_NOOP("Errors", "rows"),
    "interop.count_lines": QT_TRANSLATE_NOOP("Errors", "lines"),
    "interop.the_list": QT_TRANSLATE_NOOP("Errors", "the list"),
    "interop.suffix": QT_TRANSLATE_NOOP("Errors", "Cannot import {name}: the file name must end in one of {known}."),
    "interop.missing": QT_TRANSLATE_NOOP("Errors", "missing"),
    # -- export ------------------------------------------------------------------------
    "json.ref_sticky": QT_TRANSLATE_NOOP("Errors", "sticky"),
    "json.ref_decision": QT_TRANSLATE_NOOP("Errors", "sticky (a decision's id is its sticky's)"),
    # -- room --------------------------------------------------------------------------
    "room.changed_host": QT_TRANSLATE_NOOP("Errors", "{collection} can only be changed on the host."),
    "room.pick_your_name_first": QT_TRANSLATE_NOOP("Errors", "Pick your name first."),
    "room.participants_write_stickies": QT_TRANSLATE_NOOP("Errors", "Participants can only write stickies."),
    "room.you_change_your_own": QT_TRANSLATE_NOOP("Errors", "You can only change your own stickies."),
    "room.facilitator_locked_stickies_wall": QT_TRANSLATE_NOOP("Errors", "The facilitator has locked the stickies on the wall."),
    "room.ask_facilitator_add_you": QT_TRANSLATE_NOOP("Errors", "Ask the facilitator to add you."),
    "room.someone_already_name_pick": QT_TRANSLATE_NOOP("Errors", "Someone already has that name; pick it from the list or add another."),
    "room.too_many_people_joined": QT_TRANSLATE_NOOP("Errors", "Too many people joined just now; wait a moment."),
    "room.voting_started_yet": QT_TRANSLATE_NOOP("Errors", "Voting has not started yet."),
    "room.vote_names_sticky": QT_TRANSLATE_NOOP("Errors", "A vote names a sticky."),
    "room.each_record_map_fields": QT_TRANSLATE_NOOP("Errors", "Each record must be a Map of its fields."),
    "room.you_write_stickies_yourself": QT_TRANSLATE_NOOP("Errors", "You can only write stickies as yourself."),
    "room.facilitator_marks_pivotal_events": QT_TRANSLATE_NOOP("Errors", "Only the facilitator marks pivotal events and merges duplicates."),
    "room.most_stickies_minute_wait": QT_TRANSLATE_NOOP("Errors", "At most {stickies_per_minute} stickies a minute; wait a moment."),
    "room.link_join_two_stickies": QT_TRANSLATE_NOOP("Errors", "A link must join two stickies on the board."),
    "room.number_within": QT_TRANSLATE_NOOP("Errors", "{key} must be a number within ±{max_coord:g}."),
    "room.time_seconds": QT_TRANSLATE_NOOP("Errors", "{key} must be a time in seconds."),
    "room.text": QT_TRANSLATE_NOOP("Errors", "{key} must be text."),
    "room.longer_than_characters": QT_TRANSLATE_NOOP("Errors", "{key} is longer than {limit} characters."),
    "room.colour_like_rrggbb": QT_TRANSLATE_NOOP("Errors", "{key} must be a colour like #RRGGBB."),
    "room.true_false": QT_TRANSLATE_NOOP("Errors", "{key} must be true or false."),
    "room.unknown_field": QT_TRANSLATE_NOOP("Errors", "Unknown field {value!r}."),
    "room.record_s_id_key": QT_TRANSLATE_NOOP("Errors", "A record's id must be its key."),
    "room.unknown_sticky_kind": QT_TRANSLATE_NOOP("Errors", "Unknown sticky kind."),
    "room.sticky_s_size": QT_TRANSLATE_NOOP("Errors", "A sticky's size must be from {min_size:g} to {max_size:g}."),
    "room.author_participant_s_id": QT_TRANSLATE_NOOP("Errors", "author must be a participant's id or null."),
    "room.co_authors_list_participant": QT_TRANSLATE_NOOP("Errors", "co_authors must be a list of participant ids."),
    "room.lane_s_height_size": QT_TRANSLATE_NOOP("Errors", "A lane's height must be a size."),
    "room.link_needs_source_id": QT_TRANSLATE_NOOP("Errors", "A link needs a source_id and a target_id."),
    "room.record_s_key_non": QT_TRANSLATE_NOOP("Errors", "A record's key must be a non-empty id of at most {max_id_length} characters."),
    "room.each_record_map_fields_2": QT_TRANSLATE_NOOP("Errors", "Each record must be a map of its fields."),
    "room.unknown_link_kind": QT_TRANSLATE_NOOP("Errors", "Unknown link kind."),
    "room.malformed_record": QT_TRANSLATE_NOOP("Errors", "Malformed {collection} record ({error})."),
    "room.room_link_looks_like": QT_TRANSLATE_NOOP("Errors", "That is not a room link (it looks like http://ADDRESS:PORT/?t=...)."),
    "room.room_did_answer": QT_TRANSLATE_NOOP("Errors", "The room did not answer."),
    "room.port_in_use": QT_TRANSLATE_NOOP("Errors", "Port {port} on {bind} is already in use; choose another with --port."),
    "room.not_an_address": QT_TRANSLATE_NOOP("Errors", "{bind} is not an address of this machine; choose one with --bind."),
    "room.cannot_listen": QT_TRANSLATE_NOOP("Errors", "The room could not listen on {bind}:{port} ({detail})."),
    "room.needs_writable": QT_TRANSLATE_NOOP("Errors", "{file}: {reason} A room needs a writable board."),
}


class CodedError(Exception):
    """An error with a ``code`` (a key of MESSAGES) and its named ``params``; ``str()`` is
    the English sentence. Made without a code, it is a plain error with its message."""

    def __init__(self, message: object = "", *, code: str = "", **params: object) -> None:
        if not code and getattr(message, "code", "") in MESSAGES:  # a Phrase or coded error
            code, params = message.code, dict(message.params)  # type: ignore[attr-defined]
        self.code = code
        self.params = params
        super().__init__(MESSAGES[code].format(**params) if code else str(message))


class Phrase(str):
    """A coded phrase used as a parameter of another message: its value is the English phrase,
    and the UI says it in its language (``code``, ``params`` as for a CodedError)."""

    code: str
    params: dict[str, object]

    def __new__(cls, code: str, **params: object) -> Phrase:
        self = super().__new__(cls, MESSAGES[code].format(**params))
        self.code, self.params = code, params
        return self


class Term(str):
    """A word the UI translates in another catalogue context (a notation kind in ``Kinds``,
    say): its value is the English word as the sentence shows it, ``context`` and ``source``
    (the word as the catalogue holds it, when the sentence changes its case) where the
    catalogue keeps it."""

    context: str
    source: str

    def __new__(cls, text: str, context: str, source: str = "") -> Term:
        self = super().__new__(cls, text)
        self.context, self.source = context, source or text
        return self


_ERRNO_PHRASES = {
    errno.ENOSPC: "os.disk_full",
    getattr(errno, "EDQUOT", -1): "os.quota",
    errno.EACCES: "os.denied",
    errno.EPERM: "os.denied",
    errno.EROFS: "os.read_only",
    errno.ENOENT: "os.missing",
    errno.EISDIR: "os.is_folder",
    errno.ENOTDIR: "os.not_folder",
    errno.EEXIST: "os.exists",
    errno.EFBIG: "os.too_big",
    errno.EIO: "os.io",
    errno.ENAMETOOLONG: "os.name_too_long",
    errno.EBUSY: "os.busy",
    errno.ETXTBSY: "os.busy",
}


def problem_of(error: BaseException) -> str:
    """The detail of a failure for a sentence's ``{detail}``: an OSError by what its errno
    means (a Phrase), a coded error as itself (said in the UI's language), else its text."""
    if isinstance(error, OSError):
        return os_problem(error)
    if getattr(error, "code", "") in MESSAGES:
        return Phrase(error.code, **error.params)  # type: ignore[attr-defined]
    return str(error)


def os_problem(error: BaseException) -> Phrase:
    """What an OSError means, as a phrase ("the disk is full"); another error: its text."""
    code = _ERRNO_PHRASES.get(getattr(error, "errno", None) or 0)
    if code:
        return Phrase(code)
    detail = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return Phrase("os.other", detail=detail)
