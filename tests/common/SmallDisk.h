// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// A small tmpfs mounted on a folder for as long as the object lives (Linux, as root), to see
// what a save does on a full disk. Where mounting is not allowed, mounted() is false and the
// test skips. fill() takes every free byte, so that the next write fails with ENOSPC.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstring>

namespace headroom::test {

class SmallDisk
{
public:
    // Mounts a tmpfs of `kilobytes` on `folder` (made if missing).
    explicit SmallDisk(const QString &folder, int kilobytes = 64) : m_folder(folder)
    {
        QDir().mkpath(folder);
        m_mounted = run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                  QStringLiteral("size=%1k").arg(kilobytes), QStringLiteral("tmpfs"), folder});
    }
    ~SmallDisk()
    {
        if (m_mounted && !run(QStringLiteral("umount"), {m_folder}))
            run(QStringLiteral("umount"), {QStringLiteral("-l"), m_folder});  // busy: detach it anyway
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool mounted() const { return m_mounted; }
    QString path() const { return m_folder; }

    // Writes `name` in the disk until a write fails, page by page, then byte by byte. True when
    // the disk ended full (a one-byte write to it failed).
    bool fill(const QString &name = QStringLiteral("filler.bin")) const
    {
        QFile filler(m_folder + u'/' + name);
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        const QByteArray page(4096, 'x');
        while (filler.write(page) == page.size()) {
        }
        while (filler.write("x", 1) == 1) {
        }
        filler.close();
        QFile probe(m_folder + QStringLiteral("/probe.bin"));
        const bool full = probe.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && probe.write("x", 1) != 1;
        probe.remove();
        return full;
    }

private:
    static bool run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QString m_folder;
    bool m_mounted = false;
};

// Whether `message` gives the reason of error `errnum` (ENOSPC, EFBIG): in English, as the
// command line writes it, or in the words of the locale a Qt program runs in (LC_ALL=de_DE).
inline bool givesReason(const QString &message, int errnum, const char *english)
{
    return message.contains(QLatin1String(english)) || message.contains(QString::fromLocal8Bit(std::strerror(errnum)));
}

} // namespace headroom::test
