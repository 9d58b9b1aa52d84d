// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/import/YamlSubset.h"

#include "model/import/YamlScalar.h"

#include <vector>

namespace headroom {

using nlohmann::json;

namespace {

// One mapping being filled: the indentation of its keys (spaces), where it sits, and the tree
// node (a std::map node: it stays in place while its parent grows).
struct Frame
{
    size_t indent = 0;
    std::string pointer;
    json *object = nullptr;
};

class Reader
{
public:
    Reader(const std::string &fileName, YamlTree &tree) : m_line{fileName, 0}, m_tree(tree) {}

    void read(std::string_view text)
    {
        if (text.substr(0, 3) == "\xEF\xBB\xBF")
            text.remove_prefix(3);  // a UTF-8 byte order mark
        int number = 0;
        size_t start = 0;
        for (;;) {
            const size_t end = text.find('\n', start);
            std::string_view line = text.substr(start, end == std::string_view::npos ? end : end - start);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            m_line.number = ++number;
            readLine(line);
            if (end == std::string_view::npos)
                break;
            start = end + 1;
        }
    }

private:
    void readLine(std::string_view line)
    {
        const size_t content = line.find_first_not_of(" \t");
        if (content == std::string_view::npos || line[content] == '#')
            return;  // blank, or a comment on its own line
        const size_t indent = line.find_first_not_of(' ');
        if (indent != content)
            m_line.fail("a tab in the indentation; indent a usage file with spaces");
        std::string_view rest = line.substr(indent);
        if (rest == "---" || rest.substr(0, 4) == "--- ") {
            if (m_started || indent > 0 || !isBlankOrComment(rest.substr(3)))
                m_line.fail("only one document, with `---` alone on the first line, is supported in a usage file");
            m_started = true;
            return;
        }
        m_started = true;
        if (rest.substr(0, 3) == "...")
            m_line.fail("document end markers (...) are not supported in a usage file");
        placeEntry(indent, readEntry(rest, m_line));
    }

    static bool isBlankOrComment(std::string_view text)
    {
        const size_t content = text.find_first_not_of(" \t");
        return content == std::string_view::npos || (content > 0 && text[content] == '#');
    }

    // Finds the mapping the entry at `indent` belongs to (opening one under the key above when
    // the entry is deeper), and adds it there.
    void placeEntry(size_t indent, YamlEntry entry)
    {
        if (m_frames.empty()) {
            m_frames.push_back({indent, std::string(), &m_tree.root});
        } else if (indent > m_frames.back().indent) {
            if (!m_open)
                m_line.fail("this line is indented deeper than the key above it, which already has a value "
                            "(multi-line scalars are not supported in a usage file)");
            json &child = (*m_frames.back().object)[m_openKey];
            child = json::object();
            m_frames.push_back({indent, m_openPointer, &child});
        } else {
            while (m_frames.size() > 1 && indent < m_frames.back().indent)
                m_frames.pop_back();
            if (indent != m_frames.back().indent)
                m_line.fail("the indentation matches no enclosing mapping");
        }
        Frame &frame = m_frames.back();
        const std::string pointer = childPointer(frame.pointer, entry.key);
        if (frame.object->contains(entry.key))
            m_line.fail("duplicate key \"" + entry.key + "\" (first on line "
                        + std::to_string(m_tree.lineOfPointer[pointer]) + ")");
        m_tree.lineOfPointer[pointer] = m_line.number;
        (*frame.object)[entry.key] = entry.value ? std::move(*entry.value) : json();
        m_open = !entry.value;
        m_openKey = entry.key;
        m_openPointer = pointer;
    }

    YamlLine m_line;
    YamlTree &m_tree;
    std::vector<Frame> m_frames;
    bool m_started = false;  // a document marker or content seen
    bool m_open = false;     // the last key has no value on its line: a mapping may follow
    std::string m_openKey;
    std::string m_openPointer;
};

} // namespace

int YamlTree::lineOf(std::string pointer) const
{
    for (;;) {
        if (const auto found = lineOfPointer.find(pointer); found != lineOfPointer.end())
            return found->second;
        if (pointer.empty())
            return 0;
        pointer.erase(pointer.rfind('/'));
    }
}

Expected<YamlTree> parseYamlSubset(std::string_view text, const std::string &fileName)
{
    YamlTree tree;
    try {
        Reader(fileName, tree).read(text);
    } catch (YamlFailure &failure) {
        return failure.error;
    }
    return tree;
}

} // namespace headroom
