"""The mixed Chinese/English analyzer: words, bigrams, identifiers, codes, positions."""

from __future__ import annotations

from kbdesk.search.analysis import (
    MixedTokenizer,
    extract_codes,
    fold,
    gram_terms,
    iter_terms,
    phrase_terms,
    query_terms,
)


def test_chinese_words_are_segmented():
    terms = query_terms("数据库连接超时")
    assert terms == ["数据库", "连接", "超时"]


def test_chinese_bigrams_have_consecutive_positions():
    grams = list(iter_terms("连接超时", grams=True))
    assert [g[0] for g in grams] == ["连接", "接超", "超时"]
    assert [g[1] for g in grams] == [0, 1, 2]


def test_single_chinese_character_run_is_kept_as_unigram():
    assert gram_terms("在 HDFS 中") == ["在", "中"]


def test_english_is_lowercased_and_stemmed_and_stopwords_dropped():
    assert query_terms("The Connections were TIMING out") == ["connect", "time", "out"]


def test_identifiers_are_kept_whole_and_split():
    terms = query_terms("java.lang.NullPointerException")
    assert terms[0] == "java.lang.nullpointerexception"
    assert {"java", "lang", "null", "pointer", "except"} <= set(terms)
    assert {"get", "tcp", "delai"} <= set(query_terms("getTcpNoDelay"))
    snake = query_terms("max_connection_count")
    assert snake[0] == "max_connection_count" and "count" in snake
    path = query_terms("/var/log/messages")
    assert "var/log/messages" in path and "log" in path


def test_codes_are_exact_tokens():
    terms = set(query_terms("ORA-12170 0x8007000E 10.0.0.12 i-bp1abcdef12"))
    assert {"ora-12170", "0x8007000e", "10.0.0.12", "i-bp1abcdef12"} <= terms


def test_extract_codes_finds_error_codes_in_mixed_text():
    text = (
        "实例i-bp1abcdef12报错ORA-12170，接口返回 HTTP 502，"
        "java.net.SocketTimeoutException errno=111 ECONNREFUSED 地址 10.0.0.12 0xC0000005"
    )
    codes = extract_codes(text)
    for code in (
        "ora-12170",
        "http-502",
        "sockettimeoutexception",
        "errno-111",
        "econnrefused",
        "10.0.0.12",
        "0xc0000005",
        "i-bp1abcdef12",
    ):
        assert code in codes, code
    assert "error" not in codes


def test_full_width_is_folded_without_moving_offsets():
    text = "ＯＲＡ－１２１７０：连接超时"
    assert fold(text) == "ORA-12170:连接超时"
    assert "ora-12170" in query_terms(text)
    tokens = [(t.text, t.startchar, t.endchar) for t in MixedTokenizer()(text, chars=True)]
    assert ("ora-12170", 0, 9) in tokens


def test_mixed_text_positions_are_sequential():
    terms = list(iter_terms("连接 MySQL 超时"))
    # MySQL: the whole word and its camelCase part share position 1
    assert [(t, p) for t, p, _, _ in terms] == [("连接", 0), ("mysql", 1), ("sql", 1), ("超时", 2)]


def test_phrase_terms_use_parts_of_identifiers():
    # "at" is a stop word: dropped without leaving a gap
    assert phrase_terms("NullPointerException at DFSClient") == [
        "null",
        "pointer",
        "except",
        "dfs",
        "client",
    ]
    assert phrase_terms("connection timed out") == ["connect", "time", "out"]


def test_tokenizer_is_lazy_about_the_segmenter():
    import subprocess
    import sys

    code = "import kbdesk.search, sys; print('jieba' in sys.modules, 'rjieba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"
