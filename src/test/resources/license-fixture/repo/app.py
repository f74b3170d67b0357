from transformers import AutoModelForCausalLM, pipeline

chat = AutoModelForCausalLM.from_pretrained("meta-llama/Meta-Llama-3-8B-Instruct")
coder = pipeline("text-generation", model="mistralai/Mixtral-8x7B-Instruct-v0.1")
