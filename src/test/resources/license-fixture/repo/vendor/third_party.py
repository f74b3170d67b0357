m = from_pretrained("mistralai/Mistral-Large-Instruct-2407")
