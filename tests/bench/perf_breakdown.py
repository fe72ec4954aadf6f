#!/usr/bin/env python3
"""Where confabd's threads spend their CPU during confab-durable-bench (docs/benchmarks.md).

    perf record -F 999 -g --call-graph dwarf,16384 -p <confabd pid> -o perf.data -- sleep 8
    perf script -i perf.data -F tid,period,ip,sym > stacks.txt
    tests/bench/perf_breakdown.py stacks.txt --db-tid <DbWorker tid> --net-tid <confabd pid>

The DbWorker thread is the busy one that is not the main thread (tid == pid); `ls
/proc/<pid>/task` lists them, and the bench prints each thread's CPU time.
"""

import argparse
import collections
import re

JSON = re.compile(r'^(QJson|QCbor|confab::model::\w+::toJson|confab::model::reactionsToJson)')


def read_samples(path):
    samples, current = [], None
    with open(path, errors='replace') as stream:
        for line in stream:
            if not line.strip():
                if current:
                    samples.append(current)
                current = None
            elif not line[0].isspace():
                current = (int(line.split()[0]), [])
            elif current is not None:
                parts = line.strip().split(None, 1)
                current[1].append(parts[1] if len(parts) > 1 else '?')
    if current:
        samples.append(current)
    return samples


def has(stack, text):
    return any(text in frame for frame in stack)


def is_json(stack):
    return any(JSON.match(frame) for frame in stack)


def db_statement(stack):
    for i, frame in enumerate(stack):
        if 'confab::server::execSql' in frame:
            caller = stack[i + 1] if i + 1 < len(stack) else ''
            if 'anonymous namespace)::select' in caller:
                return 'SELECT ... WHERE sender_id = ? AND mobile_ref_id = ? (idempotency)'
            if 'nextSeq' in caller:
                return 'UPDATE conversations SET last_seq = last_seq + 1 ... RETURNING'
            if 'EventLog::append' in caller:
                return 'INSERT INTO events'
            if 'MessageStore::send' in caller:
                return 'INSERT INTO messages ... RETURNING id'
            if 'runBatch' in caller:
                return 'SAVEPOINT/RELEASE per job, BEGIN'
            return 'execSql from ' + caller[:50]
    if has(stack, 'QSqlQuery::~QSqlQuery') or has(stack, 'sqlite3_finalize'):
        return '(destroying queries outside execSql)'
    if is_json(stack):
        return 'JSON (Message::toJson, event payload)'
    return 'other'


def db_phase(stack):
    if (has(stack, 'sqlite3RunParser') or has(stack, 'QSqlQuery::prepare')
            or has(stack, 'savePrepare') or has(stack, 'sqlite3_prepare')):
        return 'prepare (parse + compile SQL)'
    if has(stack, 'QSqlQuery::~QSqlQuery') or has(stack, 'sqlite3_finalize'):
        return 'finalize (~QSqlQuery)'
    if has(stack, 'addBindValue') or has(stack, 'bindValue'):
        return 'bind (Qt)'
    if has(stack, 'fdatasync') or has(stack, 'fsync'):
        return 'fsync'
    if has(stack, 'sqlite3_step'):
        return 'step (execute)'
    if is_json(stack):
        return 'JSON'
    return 'other'


NET_CATEGORIES = [
    ('decode incoming frames (FrameCodec::decode)', lambda s: has(s, 'FrameCodec::decode')),
    ('encode outgoing frames (FrameCodec::encode)', lambda s: has(s, 'FrameCodec::encode')),
    ('Message::toJson / payload building',
     lambda s: any(re.match(r'^confab::model::\w+::toJson', f) for f in s)),
    ('QWebSocket send (sendEncoded, sendTextMessage, framing)',
     lambda s: has(s, 'sendTextMessage') or has(s, 'sendEncoded') or has(s, 'doWriteFrames')),
    ('QWebSocket receive', lambda s: has(s, 'QWebSocketDataProcessor') or has(s, 'QWebSocketFrame')),
    ('event loop / poll', lambda s: has(s, 'poll')),
]


def report(title, counter, total):
    print('-- ' + title)
    for key, count in counter.most_common():
        print('%5.1f%%  %s' % (100.0 * count / total, key))


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('stacks', help='output of perf script -F tid,period,ip,sym')
    parser.add_argument('--db-tid', type=int, required=True)
    parser.add_argument('--net-tid', type=int)
    args = parser.parse_args()
    samples = read_samples(args.stacks)
    print('samples per thread:', dict(collections.Counter(tid for tid, _ in samples)))

    db = [stack for tid, stack in samples if tid == args.db_tid]
    if db:
        statements, phases, both = (collections.Counter() for _ in range(3))
        for stack in db:
            statement, phase = db_statement(stack), db_phase(stack)
            statements[statement] += 1
            phases[phase] += 1
            both[statement + ' | ' + phase] += 1
        print('\nDbWorker thread %d: %d samples' % (args.db_tid, len(db)))
        report('by statement', statements, len(db))
        report('by phase', phases, len(db))
        report('statement | phase', both, len(db))

    if args.net_tid:
        net = [stack for tid, stack in samples if tid == args.net_tid]
        categories, others = collections.Counter(), collections.Counter()
        for stack in net:
            for name, matches in NET_CATEGORIES:
                if matches(stack):
                    categories[name] += 1
                    break
            else:
                categories['other'] += 1
                frame = next((f for f in stack if f.startswith('confab::')), '(no confab frame)')
                others[frame[:100]] += 1
        print('\nnetwork thread %d: %d samples' % (args.net_tid, len(net)))
        report('by category', categories, len(net))
        print('-- "other", by first confab frame')
        for key, count in others.most_common(12):
            print('%5.1f%%  %s' % (100.0 * count / len(net), key))


if __name__ == '__main__':
    main()
