import importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
for i in range(1, 13):
    importlib.import_module(f"p{i:02d}").build()
print("ok")
