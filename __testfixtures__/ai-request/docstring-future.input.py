#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""Module docstring.

It spans lines.
"""
from __future__ import annotations

import json
import logging

from openai import OpenAI

log = logging.getLogger(__name__)
client = OpenAI()


def ask(question: str) -> str:
    response = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question}])
    log.info(json.dumps({"id": response.id}))
    return response.choices[0].message.content
