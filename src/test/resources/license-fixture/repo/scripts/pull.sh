#!/bin/sh
ollama pull llama3.1:8b
ollama run mystery-model:7b "hello"
