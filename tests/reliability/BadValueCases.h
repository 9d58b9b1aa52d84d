// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// The rows of bad-values.table and the inputs they describe, shared by tst_bad_values (the real
// headroom-cli) and tst_bad_values_designer (the designer): both run the same files.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace headroom::test {

struct BadValueCase
{
    QString name;
    QString input;
    QString expected; // "ok [TEXT]", "incomplete TEXT" or "error TEXT"
};

// Every row of tests/reliability/bad-values.table, in order; a row that is not three fields
// comes back with expected "malformed table row".
QList<BadValueCase> readTable();

// Builds the file a case describes; `extraArgs` receives any "args" edit and `book` the price
// book any "book" edit makes. Returns false and sets `problem` when the table row itself cannot
// be understood.
bool buildInput(const QString &input, QByteArray &file, QStringList &extraArgs, QByteArray &book, QString &problem);

// Applies a "book" edit ("set POINTER JSON" or "text OLD => NEW") to `book`, a copy of the
// bundled us-east-1 price book the case then runs with (--prices).
bool editBook(const QString &edit, QByteArray &book, QString &problem);

// Makes `path` the file a "special KIND [N]" input describes: a FIFO, a folder, a link to
// /dev/zero, or a sparse file of N MiB (a hole: no disk used). False and `problem` set when the
// row cannot be understood or the file cannot be made.
bool makeSpecial(const QString &input, const QString &path, QString &problem);

// A case made ready to run: its file at `path` (a special path, or the built input written
// out), the "args" edits, the price book any "book" edit made (not yet written), and whether
// it is a special path.
struct PreparedCase
{
    QString path;
    bool special = false;
    QStringList extraArgs;
    QByteArray book;
};

// Makes the file of `input` in `folder`: case.json, or special-N/case.json for a special path
// (each its own folder, so that a FIFO or a folder named case.json never meets the next row;
// `specials` counts them). False with `problem` set when the row cannot be understood or the
// file cannot be written.
bool prepareCase(const QString &input, const QString &folder, int &specials, PreparedCase &prepared,
                 QString &problem);

// The whole of `path`, empty when it cannot be read.
QByteArray readWhole(const QString &path);

} // namespace headroom::test
