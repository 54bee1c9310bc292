"""Runs one random sequence of DynamoDB requests against plain moto and against oom_moto.py and
compares every answer: puts, deletes, updates (some conditional), transactions (some cancelled),
gets, batch gets and writes, and queries on the table and on two GSIs (limits, both directions).

usage: python3 oom_moto_equivalence.py <oom_moto.py> <seed> <steps>
Prints "requests N, mismatches M, errors {...}" and exits 1 on any mismatch.
"""
import random
import socket
import subprocess
import sys
import time

import boto3
from botocore.config import Config


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(command):
    port = free_port()
    process = subprocess.Popen(
        command + ["-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = boto3.client(
        "dynamodb", endpoint_url=f"http://127.0.0.1:{port}", region_name="us-east-1",
        aws_access_key_id="x", aws_secret_access_key="x",
        config=Config(retries={"max_attempts": 1}))
    for _ in range(300):
        try:
            client.list_tables()
            return process, client
        except Exception:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"{command} did not start")


def main():
    script, seed, steps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    servers = [start([sys.executable, script]), start([sys.executable, "-m", "moto.server"])]
    clients = [client for _, client in servers]
    rnd = random.Random(seed)
    try:
        for c in clients:
            c.create_table(
                TableName="t", BillingMode="PAY_PER_REQUEST",
                AttributeDefinitions=[
                    {"AttributeName": a, "AttributeType": "S"} for a in ["pk", "sk", "g1", "g1s", "g2"]],
                KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"},
                           {"AttributeName": "sk", "KeyType": "RANGE"}],
                GlobalSecondaryIndexes=[
                    {"IndexName": "ix1",
                     "KeySchema": [{"AttributeName": "g1", "KeyType": "HASH"},
                                   {"AttributeName": "g1s", "KeyType": "RANGE"}],
                     "Projection": {"ProjectionType": "ALL"}},
                    {"IndexName": "ix2", "KeySchema": [{"AttributeName": "g2", "KeyType": "HASH"}],
                     "Projection": {"ProjectionType": "KEYS_ONLY"}}])

        def key():
            return {"pk": {"S": "p%d" % rnd.randint(0, 15)}, "sk": {"S": "s%d" % rnd.randint(0, 9)}}

        def item():
            it = dict(key(), v={"N": str(rnd.randint(0, 100))})
            if rnd.random() < .6:
                it["g1"] = {"S": "a%d" % rnd.randint(0, 3)}
            if rnd.random() < .7:
                it["g1s"] = {"S": "%03d" % rnd.randint(0, 50)}
            if rnd.random() < .5:
                it["g2"] = {"S": "b%d" % rnd.randint(0, 2)}
            return it

        def unique(items):
            return list({(i["pk"]["S"], i["sk"]["S"]): i for i in items}.values())

        def call(request):
            answers = []
            for c in clients:
                try:
                    answer = request(c)
                    if isinstance(answer, dict):
                        answer = {k: v for k, v in answer.items() if k != "ResponseMetadata"}
                    answers.append(("ok", answer))
                except c.exceptions.ClientError as e:
                    answers.append(("error", e.response["Error"]["Code"]))
            return answers

        mismatches, errors = 0, {}
        for step in range(steps):
            r = rnd.random()
            if r < .25:
                it = item()
                answers = call(lambda c: c.put_item(TableName="t", Item=it))
            elif r < .35:
                k = key()
                answers = call(lambda c: c.delete_item(TableName="t", Key=k, ReturnValues="ALL_OLD"))
            elif r < .45:
                k = key()
                request = dict(TableName="t", Key=k, ReturnValues="ALL_NEW")
                if rnd.random() < .5:
                    request.update(UpdateExpression="SET g1 = :v",
                                   ExpressionAttributeValues={":v": {"S": "a%d" % rnd.randint(0, 3)}})
                else:
                    request.update(UpdateExpression="REMOVE g2")
                if rnd.random() < .3:
                    request["ConditionExpression"] = "attribute_exists(pk)"
                answers = call(lambda c: c.update_item(**request))
            elif r < .57:
                operations = []
                for it in unique([item() for _ in range(rnd.randint(1, 4))]):
                    put = {"TableName": "t", "Item": it}
                    if rnd.random() < .3:
                        put["ConditionExpression"] = "attribute_not_exists(pk)"
                    operations.append({"Put": put})
                k = key()
                taken = {(o["Put"]["Item"]["pk"]["S"], o["Put"]["Item"]["sk"]["S"]) for o in operations}
                if rnd.random() < .3 and (k["pk"]["S"], k["sk"]["S"]) not in taken:
                    operations.append({"Delete": {"TableName": "t", "Key": k}})
                answers = call(lambda c: c.transact_write_items(TransactItems=operations))
            elif r < .67:
                keys = unique([key() for _ in range(rnd.randint(1, 5))])
                w = rnd.random()
                if w < .33:
                    answers = call(lambda c: c.get_item(TableName="t", Key=keys[0]))
                elif w < .66:
                    answers = call(lambda c: sorted(
                        map(str, c.batch_get_item(RequestItems={"t": {"Keys": keys}})["Responses"]["t"])))
                else:
                    items = unique([item() for _ in range(3)])
                    answers = call(lambda c: c.batch_write_item(
                        RequestItems={"t": [{"PutRequest": {"Item": i}} for i in items]}))
            else:
                q = rnd.random()
                if q < .33:
                    request = dict(TableName="t", KeyConditionExpression="pk = :p",
                                   ExpressionAttributeValues={":p": {"S": "p%d" % rnd.randint(0, 15)}})
                elif q < .66:
                    request = dict(TableName="t", IndexName="ix1",
                                   KeyConditionExpression="g1 = :p AND g1s <= :s",
                                   ExpressionAttributeValues={
                                       ":p": {"S": "a%d" % rnd.randint(0, 3)},
                                       ":s": {"S": "%03d" % rnd.randint(0, 50)}})
                else:
                    request = dict(TableName="t", IndexName="ix2", KeyConditionExpression="g2 = :p",
                                   ExpressionAttributeValues={":p": {"S": "b%d" % rnd.randint(0, 2)}})
                if rnd.random() < .3:
                    request["Limit"] = rnd.randint(1, 5)
                if rnd.random() < .3:
                    request["ScanIndexForward"] = False
                answers = call(lambda c: c.query(**request))
            if answers[0][0] == "error":
                errors[answers[0][1]] = errors.get(answers[0][1], 0) + 1
            if answers[0] != answers[1]:
                mismatches += 1
                if mismatches <= 5:
                    print(f"step {step}: oom_moto {answers[0]} moto {answers[1]}")
        print(f"requests {steps}, mismatches {mismatches}, errors {errors}")
        sys.exit(1 if mismatches else 0)
    finally:
        for process, _ in servers:
            process.kill()


main()
